import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import multipart from '@fastify/multipart';
import closeWithGrace from 'close-with-grace';
import { execSync } from 'node:child_process';
import assetRoutes from './routes/assets.js';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

await app.register(cookie);
await app.register(session, {
  secret: process.env.SESSION_SECRET as string,
  cookie: { secure: 'auto' },
});
await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024 } });
await app.register(assetRoutes);

execSync('npx prisma migrate deploy', { stdio: 'inherit' });

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error(err);
  await app.close();
});

await app.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' });
