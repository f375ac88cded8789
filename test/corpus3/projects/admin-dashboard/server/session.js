import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { isProd, sessionSecret } from './config.js';

let store;
if (process.env.NODE_ENV === 'production') {
  const client = createClient({ url: process.env.REDIS_URL });
  client.connect().catch(console.error);
  store = new RedisStore({ client, prefix: 'admin:' });
} else {
  store = new session.MemoryStore();
}

export const sessionMiddleware = session({
  store,
  secret: sessionSecret,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: isProd, sameSite: 'strict' },
});
