import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import request from 'supertest';
import type { Server } from 'node:http';
import { createApp } from '../src/app';

let server: Server;

beforeAll(async () => {
  process.env.DATABASE_URL = 'postgres://storefront:storefront@localhost:5432/storefront_test';
  server = createApp().listen(0);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('cart', () => {
  const credentials = { email: 'shopper@example.com', password: 'hunter2-but-longer' };

  it('adds an item', async () => {
    const agent = request.agent(server);
    await agent.post('/api/auth/login').send(credentials).expect(200);
    const res = await agent.post('/api/cart/abc/items').send({ sku: 'SKU-1', qty: 2, priceCents: 1299 });
    expect(res.status).toBe(201);
    expect(res.body.items).toHaveLength(1);
  });

  it('rejects a full cart', async () => {
    const agent = request.agent(server);
    for (let i = 0; i < 50; i++) {
      await agent.post('/api/cart/abc/items').send({ sku: `SKU-${i}`, qty: 1, priceCents: 100 });
    }
    const res = await agent.post('/api/cart/abc/items').send({ sku: 'SKU-X', qty: 1, priceCents: 100 });
    expect(res.status).toBe(422);
  });
});
