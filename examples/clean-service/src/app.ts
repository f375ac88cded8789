import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import type { Pool } from 'pg';
import type { RedisClientType } from 'redis';
import type { Config } from './config';
import { productsRouter } from './routes/products';
import { cartRouter } from './routes/cart';
import { healthRouter } from './routes/health';

export function createApp(config: Config, pool: Pool, redisClient: RedisClientType) {
  const app = express();
  app.set('trust proxy', 1);
  app.use(express.json());
  // Sessions live in Redis, so any instance can serve any request.
  app.use(
    session({
      store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
    }),
  );
  app.use('/health', healthRouter(pool));
  app.use('/products', productsRouter(pool));
  app.use('/cart', cartRouter());
  return app;
}
