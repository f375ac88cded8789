import { Worker } from 'bullmq';
import { spawn } from 'node:child_process';
import path from 'node:path';
import pino from 'pino';
import { connection } from '../queue';
import { config } from '../config';
import { transcode } from './transcode';
import { thumbnails } from './thumbnail';

const log = pino({ name: 'media-worker' });

const worker = new Worker(
  'media',
  async (job) => {
    if (job.name === 'transcode') return transcode(job.data);
    if (job.name === 'thumbnails') return thumbnails(job.data);
    throw new Error(`unknown job ${job.name}`);
  },
  { connection, concurrency: config.concurrency },
);

worker.on('failed', (job, err) => log.error({ jobId: job?.id, err }, 'job failed'));

// A detached janitor process that sweeps stale temp dirs; it is not this worker.
if (process.env.START_JANITOR === '1') {
  const janitor = spawn(process.execPath, [path.join(__dirname, 'janitor.js')], { detached: true, stdio: 'ignore' });
  janitor.unref();
}

process.on('unhandledRejection', (reason) => {
  log.error({ reason }, 'unhandled rejection in worker');
});

process.on('SIGTERM', async () => {
  await worker.close();
  await connection.quit();
  process.exit(0);
});
