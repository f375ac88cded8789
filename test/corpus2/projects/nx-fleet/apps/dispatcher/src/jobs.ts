import { Queue } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis('redis://10.1.4.2:6379', { maxRetriesPerRequest: null });

export const dispatchQueue = new Queue('dispatch', { connection });
