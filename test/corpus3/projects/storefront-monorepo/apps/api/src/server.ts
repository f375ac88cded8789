import { createApp } from './app';
import { config } from './config';
import { logger } from './logger';
import { registerShutdown } from './shutdown';
import { warmCategoryCache } from './routes/products';

async function main() {
  await warmCategoryCache();
  const app = createApp();
  const server = app.listen(config.port, () => {
    logger.info({ port: config.port }, 'storefront api listening');
  });
  registerShutdown(server);
}

main().catch((err) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
