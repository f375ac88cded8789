import { describe, it, expect, beforeAll } from 'vitest';
import request from 'supertest';
import Stripe from 'stripe';

process.env.STRIPE_SECRET_KEY = 'sk_test_51bmdaNWSBSBDvT7uPSKniEYwVBY3hgvqwhgj4gSf0';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_secret';
process.env.JWT_SECRET = 'test-jwt-secret';
process.env.DATABASE_URL = 'postgres://payments:payments@localhost:5432/payments_test';

const webhookSecret = 'whsec_test_secret';

describe('stripe webhooks', () => {
  let app: import('express').Express;
  beforeAll(async () => {
    const { createApp } = await import('../src/app');
    app = createApp();
  });

  it('accepts a signed event', async () => {
    const payload = JSON.stringify({ id: 'evt_1', type: 'payment_intent.succeeded' });
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    const res = await request(app).post('/webhooks/stripe').set('stripe-signature', header).set('content-type', 'application/json').send(payload);
    expect(res.body.received).toBe('payment_intent.succeeded');
  });
});
