import { LRUCache } from 'lru-cache';
import config from 'config';
import { pool } from './db';

export const productCache = new LRUCache<string, Record<string, unknown>>({ max: config.get<number>('cache.max'), ttl: 60_000 });

export async function loadProduct(id: string) {
  const cached = productCache.get(id);
  if (cached) return cached;
  const { rows } = await pool.query('SELECT * FROM products WHERE id = $1', [id]);
  if (rows[0]) productCache.set(id, rows[0]);
  return rows[0] ?? null;
}
