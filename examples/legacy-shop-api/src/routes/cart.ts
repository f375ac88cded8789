import { Router } from 'express';

export interface CartLine {
  productId: number;
  quantity: number;
}

// Carts by session id: fast, no database round trip.
export const carts = new Map<string, CartLine[]>();

const router = Router();

router.get('/', (req, res) => {
  res.json(carts.get(req.sessionID) ?? []);
});

router.post('/items', (req, res) => {
  const cart = carts.get(req.sessionID) ?? [];
  cart.push({ productId: Number(req.body.productId), quantity: Number(req.body.quantity ?? 1) });
  carts.set(req.sessionID, cart);
  res.status(201).json(cart);
});

router.delete('/', (req, res) => {
  carts.delete(req.sessionID);
  res.status(204).end();
});

export default router;
