import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';
import { getCart } from '~/lib/cart';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const cart = await getCart(String(req.query.cartId));
  const sessionResult = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: cart.items.map((item) => ({ price: item.priceId, quantity: item.quantity })),
    success_url: 'https://boutique.example/checkout/success',
    cancel_url: 'https://boutique.example/cart',
  });
  res.status(200).json({ url: sessionResult.url });
}
