import Redis from 'ioredis';

export const store = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 3 });

// Pub/sub runs on a dedicated instance so fan-out traffic does not evict cached data.
export const pubsub = new Redis({
  host: 'redis-pubsub.chat.internal',
  port: 6380,
  enableAutoPipelining: true,
});

export const subscriber = pubsub.duplicate();
