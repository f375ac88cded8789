import { createClient, type RedisClientType } from 'redis';
import { loadConfig } from './config';
import { createPool } from './db';
import { createApp } from './app';
import { logger } from './logger';

// A crash is better than limping on in an unknown state: log it, exit, let the platform restart us.
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  logger.fatal({ reason }, 'unhandled rejection');
  process.exit(1);
});

async function main(): Promise<void> {
  const config = loadConfig();
  const pool = createPool(config.databaseUrl);
  const redisClient: RedisClientType = createClient({ url: config.redisUrl });
  redisClient.on('error', (error) => logger.error({ err: error }, 'redis error'));
  await redisClient.connect();

  const app = createApp(config, pool, redisClient);
  const server = app.listen(config.port, config.host, () => {
    logger.info({ port: config.port }, 'listening');
  });

  // Disposability: stop accepting connections on SIGTERM, finish in-flight requests, close
  // the backing services, and exit. A hard timeout bounds the whole thing.
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out, exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    server.close((error) => {
      void Promise.allSettled([pool.end(), redisClient.quit()]).then(() => process.exit(error ? 1 : 0));
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'startup failed');
  process.exit(1);
});
