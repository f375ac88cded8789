import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().min(1),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  SESSION_SECRET: z.string().min(32),
  WEBHOOK_SIGNING_KEY: z.string().min(16),
  FX_REFRESH_MS: z.coerce.number().default(15 * 60 * 1000),
});

export type Env = z.infer<typeof EnvSchema>;
export const env: Env = EnvSchema.parse(process.env);
