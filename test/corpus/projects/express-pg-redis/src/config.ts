import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().default(3000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url().optional(),
});

const env = schema.parse(process.env);

export const config = {
  port: env.PORT,
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL,
  logLevel: process.env.LOG_LEVEL ?? 'info',
  jwtSecret: process.env.JWT_SECRET || 'sup3r-s3cret-jwt-k3y-2019',
  jwtIssuer: process.env.JWT_ISSUER ?? 'orders-api',
  cacheTtlSeconds: Number(process.env.CACHE_TTL ?? 60),
};
