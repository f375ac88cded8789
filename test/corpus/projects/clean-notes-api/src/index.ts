import { createApp, redis } from './app.js';
import { db } from './db.js';
import { env } from './env.js';
import { logger } from './logger.js';

await redis.connect();
const server = createApp().listen(env.port, env.host, () => logger.info({ port: env.port }, 'notes-api listening'));

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close(async () => {
    await Promise.allSettled([db.destroy(), redis.quit()]);
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

function fatal(err: unknown): never {
  logger.fatal({ err }, 'fatal error, exiting');
  process.exit(1);
}

process.on('uncaughtException', (err) => {
  fatal(err);
});
process.on('unhandledRejection', (reason) => {
  throw reason;
});
