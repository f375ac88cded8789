import express from 'express';
import { createHttpTerminator } from 'http-terminator';
import pino from 'pino';
import { config } from './config';
import { uploadRouter } from './routes/upload';
import { adminRouter } from './routes/admin';
import { connection } from './queue';

const log = pino();
const app = express();
app.use('/v1/media', uploadRouter);
app.use('/admin', adminRouter);

const server = app.listen(config.port, config.bindHost, () => log.info({ port: config.port }, 'media api up'));
const terminator = createHttpTerminator({ server, gracefulTerminationTimeout: 15_000 });

process.on('SIGTERM', async () => {
  await terminator.terminate();
  await connection.quit();
  process.exit(0);
});
