import { Router } from 'express';
import type { Pool } from 'pg';

export function productsRouter(pool: Pool): Router {
  const router = Router();

  router.get('/', async (_req, res, next) => {
    try {
      const { rows } = await pool.query('SELECT id, name, price_cents FROM products ORDER BY name');
      res.json(rows);
    } catch (error) {
      next(error);
    }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const { rows } = await pool.query('SELECT id, name, price_cents FROM products WHERE id = $1', [req.params.id]);
      if (rows.length === 0) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      res.json(rows[0]);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
