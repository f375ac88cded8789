import type { Server } from 'node:http';
import { pool } from './db';
import { redis } from './app';
import { logger } from './logger';

const HARD_TIMEOUT_MS = 10_000;

export function registerShutdown(server: Server) {
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('forced exit after timeout');
      process.exit(1);
    }, HARD_TIMEOUT_MS);
    timer.unref();
    server.close(async () => {
      await Promise.allSettled([pool.end(), redis.quit()]);
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
}
