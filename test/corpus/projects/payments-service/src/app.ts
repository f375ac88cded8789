import express from 'express';
import Stripe from 'stripe';
import jwt from 'jsonwebtoken';
import { config } from './config';

export function createApp(stripe = new Stripe(config.stripeSecretKey, { apiVersion: '2024-04-10' })) {
  const app = express();

  app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
    const event = stripe.webhooks.constructEvent(req.body, req.header('stripe-signature') ?? '', config.stripeWebhookSecret);
    res.json({ received: event.type });
  });

  app.get('/me', (req, res) => {
    const token = (req.header('authorization') ?? '').replace(/^Bearer /, '');
    const claims = jwt.verify(token, config.jwtSecret);
    res.json(claims);
  });

  return app;
}
