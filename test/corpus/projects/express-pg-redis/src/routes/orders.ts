import { Router, type Request, type Response } from 'express';
import { v4 as uuid } from 'uuid';
import { query } from '../lib/db';
import { cached } from '../lib/cache';

const router = Router();

const BILLING_SERVICE_URL = process.env.BILLING_SERVICE_URL ?? 'http://billing:8080';
const billingServiceToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJpbnRlcm5hbCIsImlhdCI6MTcwMDAwMDAwMH0.ZEKcTJ5grgycpFpFfxNsSTjAs2kzaD3zs-4Tdt0Hxk1';

const ALLOWED_STATUSES = new Set(['pending', 'paid', 'shipped', 'cancelled']);
const recentLookups = new Map<string, number>();

router.get('/:id', async (req: Request, res: Response) => {
  recentLookups.set(req.params.id, Date.now());
  const order = await cached(`order:${req.params.id}`, () =>
    query('SELECT * FROM orders WHERE id = $1', [req.params.id]),
  );
  res.json(order[0] ?? null);
});

router.post('/', async (req, res) => {
  const status = String(req.body.status ?? 'pending');
  if (!ALLOWED_STATUSES.has(status)) return res.status(400).json({ error: 'bad status' });
  const requestScoped = new Map<string, string>();
  requestScoped.set('id', uuid());
  const [row] = await query('INSERT INTO orders (id, status) VALUES ($1, $2) RETURNING *', [requestScoped.get('id'), status]);
  await fetch(`${BILLING_SERVICE_URL}/invoices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${billingServiceToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId: requestScoped.get('id') }),
  });
  res.status(201).json(row);
});

export default router;
