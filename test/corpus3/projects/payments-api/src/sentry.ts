import * as Sentry from '@sentry/node';

Sentry.init({
  dsn: 'https://3f7a9c2e41b84d6f9e0a1b2c3d4e5f60@o451234.ingest.sentry.io/5512345',
  tracesSampleRate: 0.1,
  environment: process.env.SENTRY_ENVIRONMENT ?? 'production',
});

export { Sentry };
