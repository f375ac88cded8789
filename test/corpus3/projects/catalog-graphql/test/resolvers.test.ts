import { describe, it, expect } from 'vitest';
import http from 'node:http';

describe('graphql http', () => {
  it('boots on an ephemeral port', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const address = server.address();
    expect(typeof address === 'object' && address && address.port > 0).toBe(true);
    server.close();
  });
});
