import express, { type ErrorRequestHandler } from 'express';
import session from 'express-session';
import cookieSession from 'cookie-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import pinoHttp from 'pino-http';
import { env } from './env.js';
import { logger } from './logger.js';
import { notes } from './routes/notes.js';

export const redis = createClient({ url: env.redisUrl });

export function createApp() {
  const app = express();
  if (env.isProduction) app.set('trust proxy', 1);
  app.use(pinoHttp({ logger }));
  app.use(express.json());
  app.use('/prefs', cookieSession({ name: 'prefs', keys: [env.sessionSecret], maxAge: 30 * 24 * 3600 * 1000 }));
  app.use(
    session({
      name: env.sessionCookieName,
      secret: env.sessionSecret,
      store: new RedisStore({ client: redis, prefix: 'notes:' }),
      resave: false,
      saveUninitialized: false,
      cookie: { secure: env.isProduction, sameSite: 'lax' },
    }),
  );
  app.use('/notes', notes);
  app.get('/healthz', (_req, res) => res.send('ok'));

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    logger.error({ err }, 'request failed');
    res.status(500).json(process.env.NODE_ENV === 'production' ? { error: 'internal error' } : { error: String(err), stack: err.stack });
  };
  app.use(onError);
  return app;
}
