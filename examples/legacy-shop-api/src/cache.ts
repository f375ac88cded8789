import { createClient } from 'redis';

// Product list cache. Redis runs next to the app on every box.
export const cache = createClient({ url: 'redis://localhost:6379' });

cache.connect().catch((err) => console.error('redis connect failed', err));

export async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  const hit = await cache.get(key);
  if (hit) return JSON.parse(hit) as T;
  const value = await load();
  await cache.set(key, JSON.stringify(value), { EX: ttlSeconds });
  return value;
}
