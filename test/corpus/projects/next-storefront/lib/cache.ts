import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

type Cache = { get(key: string): Promise<string | null>; set(key: string, value: string): Promise<unknown> };

const memory = new LRUCache<string, string>({ max: 500 });

export const cache: Cache =
  process.env.NODE_ENV === 'production'
    ? new Redis(process.env.REDIS_URL as string)
    : {
        get: async (key) => memory.get(key) ?? null,
        set: async (key, value) => memory.set(key, value),
      };
