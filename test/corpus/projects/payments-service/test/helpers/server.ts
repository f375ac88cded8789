import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';

export async function startTestServer() {
  const server = createApp().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

export const TEST_DATABASE_URL = 'postgres://payments:payments@localhost:5432/payments_test';
