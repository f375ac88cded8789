import { Worker } from 'bullmq';
import { connection } from './connection';
import { logger } from './logger';
import { sendEmail } from './jobs/email';
import { postToSlack } from './jobs/slack';
import { makeThumbnail, detectFaces } from './jobs/thumbnail';

const handlers = {
  email: sendEmail,
  slack: postToSlack,
  thumbnail: makeThumbnail,
  faces: detectFaces,
} as const;

const worker = new Worker(
  'notifications',
  async (job) => {
    const handle = handlers[job.name as keyof typeof handlers];
    if (!handle) throw new Error(`unknown job ${job.name}`);
    return handle(job as never);
  },
  { connection, concurrency: Number(process.env.WORKER_CONCURRENCY ?? 5) },
);

worker.on('failed', (job, err) => logger.error({ jobId: job?.id, err }, 'job failed'));

process.on('uncaughtException', (err) => {
  logger.error({ err }, 'uncaught exception in worker');
});

process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});
