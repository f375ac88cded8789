import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import { env } from './env';
import { ledgerRoutes } from './routes/ledger';
import { accountRoutes } from './routes/accounts';
import { prisma } from './db';

export async function buildApp(): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: env.NODE_ENV === 'test' ? 'silent' : 'info' },
    trustProxy: true,
    bodyLimit: 512 * 1024,
  });

  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: env.SESSION_SECRET,
    cookieName: 'ledger.sid',
    cookie: { secure: env.NODE_ENV === 'production', httpOnly: true, maxAge: 8 * 60 * 60 * 1000 },
    saveUninitialized: false,
  });

  app.addHook('onClose', async () => {
    await prisma.$disconnect();
  });

  app.get('/health', async () => ({ status: 'ok' }));
  await app.register(ledgerRoutes, { prefix: '/v1/entries' });
  await app.register(accountRoutes, { prefix: '/v1/accounts' });
  return app;
}
