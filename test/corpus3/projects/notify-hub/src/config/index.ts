export type Channel = 'email' | 'sms' | 'push';

const env = process.env.APP_ENV ?? process.env.NODE_ENV ?? 'development';

const settings = {
  development: {
    amqpUrl: 'amqp://localhost:5672',
    mailer: 'smtp' as const,
    defaultFrom: 'Notify Dev <dev@notify.local>',
    retryLimit: 1,
  },
  staging: {
    amqpUrl: process.env.AMQP_URL,
    mailer: 'smtp' as const,
    defaultFrom: 'Notify Staging <noreply@staging.acme.io>',
    retryLimit: 3,
  },
  production: {
    amqpUrl: process.env.AMQP_URL,
    mailer: 'smtp' as const,
    defaultFrom: 'ACME <noreply@acme.io>',
    retryLimit: 8,
  },
};

export const config = {
  ...settings[env as keyof typeof settings],
  env,
  port: Number(process.env.PORT) || 4000,
  queue: process.env.NOTIFY_QUEUE ?? 'notifications',
  deadLetterQueue: process.env.NOTIFY_DLQ ?? 'notifications.dlq',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  templatesDir: process.env.TEMPLATES_DIR ?? 'templates',
};
