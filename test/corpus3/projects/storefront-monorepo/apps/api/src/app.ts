import express, { type ErrorRequestHandler } from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import pinoHttp from 'pino-http';
import { config } from './config';
import { logger } from './logger';
import { productsRouter } from './routes/products';
import { cartRouter } from './routes/cart';
import { ordersRouter } from './routes/orders';

export const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });

export function createApp() {
  const app = express();

  if (config.isProd) {
    app.set('trust proxy', 1);
  }

  app.disable('x-powered-by');
  app.use(express.json({ limit: '256kb' }));
  app.use(pinoHttp({ logger }));
  app.use(
    session({
      store: new RedisStore({ client: redis, prefix: 'sf:sess:' }),
      name: config.session.cookieName,
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.isProd, maxAge: config.session.maxAgeMs },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, uptime: process.uptime() });
  });

  app.use('/api/products', productsRouter);
  app.use('/api/cart', cartRouter);
  app.use('/api/orders', ordersRouter);

  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err.status === 'number' ? err.status : 500;
    req.log.error({ err }, 'request failed');
    res.status(status).json({
      error: status >= 500 && config.isProd ? 'Internal Server Error' : err.message,
    });
  };
  app.use(onError);
  return app;
}
