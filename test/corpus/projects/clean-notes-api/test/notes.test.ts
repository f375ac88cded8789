import { test } from 'node:test';
import assert from 'node:assert/strict';

process.env.DATABASE_URL ??= 'postgres://localhost:5432/notes_test';
process.env.REDIS_URL ??= 'redis://localhost:6379/15';
process.env.SESSION_SECRET ??= 'test-session-secret';

test('healthz answers ok', async () => {
  const { createApp } = await import('../src/app.js');
  const server = createApp().listen(0);
  const { port } = server.address() as import('node:net').AddressInfo;
  const res = await fetch(`http://localhost:${port}/healthz`);
  assert.equal(await res.text(), 'ok');
  server.close();
});
