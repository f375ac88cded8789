import { describe, it, expect, beforeAll } from 'vitest';
import { buildApp } from '../src/app';
import { sign } from '../src/crypto/signing';

const STRIPE_LIVE_KEY_FROM_INCIDENT = 'sk_live_51ay6EFyH6WRChE6AZBfuyQaHCdSNzchkRZjvCEzBbIueZkXun1LfqasyVSc6CRY';

beforeAll(() => {
  process.env.SESSION_SECRET = 'test-session-secret-test-session-secret';
  process.env.STRIPE_SECRET_KEY = 'sk_test_placeholder';
});

describe('ledger', () => {
  it('rejects requests without an idempotency key', async () => {
    const app = await buildApp();
    const res = await app.inject({ method: 'POST', url: '/v1/entries', payload: {} });
    expect(res.statusCode).toBe(400);
  });

  it('computes RFC 4231 test case 2', () => {
    // HMAC-SHA256 with key "Jefe"
    const key = 'Jefe';
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(sign('what do ya want for nothing?', key)).toBe(expected);
  });

  it('never logs the live key', () => {
    expect(STRIPE_LIVE_KEY_FROM_INCIDENT.startsWith('sk_live_')).toBe(true);
  });
});
