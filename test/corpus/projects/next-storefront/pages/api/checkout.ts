import type { NextApiRequest, NextApiResponse } from 'next';
import { stripe } from '../../lib/stripe';
import { pool } from '../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const [rows] = await pool.query('SELECT price_id FROM products WHERE id = ?', [req.body.productId]);
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: (rows as Array<{ price_id: string }>)[0].price_id, quantity: 1 }],
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/thanks`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/cart`,
  });
  res.status(200).json({ url: session.url });
}
