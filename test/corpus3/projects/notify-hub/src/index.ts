import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { config } from './config';
import { logger } from './logger';
import { startConsumer } from './queue/consumer';
import { dispatch, type Notification } from './queue/dispatch';
import { verifyTransport } from './mail/transport';

const app = new Koa();
const router = new Router();

router.get('/healthz', async (ctx) => {
  ctx.body = { ok: true, smtp: await verifyTransport() };
});

router.post('/v1/notify', async (ctx) => {
  const payload = ctx.request.body as Notification;
  await dispatch(payload);
  ctx.status = 202;
});

app.use(bodyParser({ jsonLimit: '128kb' }));
app.use(router.routes()).use(router.allowedMethods());

process.on('uncaughtException', (err) => {
  logger.error('uncaught exception', { err });
  process.exitCode = 1;
});

async function main() {
  const { conn } = await startConsumer();
  const server = app.listen(config.port, () => logger.info(`notify-hub on :${config.port}`));
  process.on('SIGTERM', async () => {
    logger.info('SIGTERM received');
    server.close();
    await conn.close();
    process.exit(0);
  });
}

main().catch((err) => {
  logger.error('boot failed', { err });
  process.exit(1);
});
