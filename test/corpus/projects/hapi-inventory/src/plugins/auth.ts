import type { Server } from '@hapi/hapi';

export async function registerAuth(server: Server) {
  await server.register(require('@hapi/cookie'));
  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'inv-sid',
      password: process.env.COOKIE_PASSWORD ?? 'inventory-cookie-pw-Zr83kdQp19xLmv02bT7w',
      isSecure: process.env.COOKIE_INSECURE !== 'true',
    },
    redirectTo: false,
  });
  server.auth.default('session');
}
