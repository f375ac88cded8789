import { Router } from 'express';

interface CartLine {
  productId: number;
  quantity: number;
}

declare module 'express-session' {
  interface SessionData {
    cart: CartLine[];
  }
}

// The cart belongs to the session, which is stored in Redis: no state in this process.
export function cartRouter(): Router {
  const router = Router();

  router.get('/', (req, res) => {
    res.json(req.session.cart ?? []);
  });

  router.post('/items', (req, res) => {
    const line: CartLine = { productId: Number(req.body.productId), quantity: Number(req.body.quantity ?? 1) };
    req.session.cart = [...(req.session.cart ?? []), line];
    res.status(201).json(req.session.cart);
  });

  return router;
}
