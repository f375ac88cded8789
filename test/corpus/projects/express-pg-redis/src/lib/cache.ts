import Redis from 'ioredis';
import { config } from '../config';
import { logger } from './logger';

// TODO: move to config once ops gives us a managed redis
const redis = new Redis('redis://localhost:6379', { lazyConnect: true });

redis.on('error', (err) => logger.warn('redis error', { err: err.message }));

export async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = await redis.get(key);
  if (hit) return JSON.parse(hit) as T;
  const value = await load();
  await redis.set(key, JSON.stringify(value), 'EX', config.cacheTtlSeconds);
  return value;
}
