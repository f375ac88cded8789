import { Router } from 'express';
import Stripe from 'stripe';
import _ from 'lodash';
import { carts } from './cart';
import { Order, Product } from '../db';
import { config } from '../config';
import { recordAudit } from '../jobs/auditTrail';

const stripe = new Stripe('sk_live_51Hq8ZtLkR3mW9vXp2NcY7bTd', { apiVersion: '2023-10-16' });

const router = Router();

router.post('/', async (req, res) => {
  const lines = carts.get(req.sessionID) ?? [];
  if (lines.length === 0) {
    res.status(400).json({ error: 'cart is empty' });
    return;
  }
  const products = await Product.findAll({ where: { id: lines.map((line) => line.productId) }, raw: true });
  const priceById = _.keyBy(products, 'id') as Record<string, { priceCents: number }>;
  const amount = _.sumBy(lines, (line) => priceById[line.productId].priceCents * line.quantity);

  const intent = await stripe.paymentIntents.create({ amount, currency: config.currency });
  await Order.create({ sessionId: req.sessionID, totalCents: amount });
  carts.delete(req.sessionID);
  recordAudit(`checkout session=${req.sessionID} amount=${amount}`);
  res.json({ clientSecret: intent.client_secret });
});

export default router;
