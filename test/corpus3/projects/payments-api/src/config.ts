import { z } from 'zod';

export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: process.env.DATABASE_URL ?? '',
  stripePublishableKey: 'pk_live_51YFoPnZ83CR5oZQvvQRDCEbF12pL9nVrhINrK2iuG5ePoKMMNjrTqJiApbSpfPt',
  stripeAccount: 'acct_1Nv0FGQ9RKHgCVdK',
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_4U8Rui0ilAGpEwDBLozutKIRvXPpvpbr',
  logFile: process.env.PAYMENTS_LOG_FILE ?? 'logs/payments.log',
  supportEmail: 'payments-support@acme.io',
  tenantId: 'efa9c78d-4083-47ff-ae20-8e3dc1e86c4f',
};

export const envSchema = z.object({ STRIPE_SECRET_KEY: z.string().optional(), OPENAI_API_KEY: z.string().optional() });
