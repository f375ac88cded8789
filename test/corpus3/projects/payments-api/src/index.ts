import express from 'express';
import { config } from './config';
import { stripe, createCheckout } from './stripe';
import { umzug, sequelize } from './db';
import { audit } from './audit-log';
import { Sentry } from './sentry';
import { summarizeDispute } from './ai/summarize';

const app = express();
let lastWebhookAt: Date | null = null;
const processedEvents = new WeakMap<object, boolean>();

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, String(req.headers['stripe-signature']), config.webhookSecret);
  } catch {
    return res.sendStatus(400);
  }
  lastWebhookAt = new Date();
  processedEvents.set(req, true);
  audit('stripe.webhook', { type: event.type, id: event.id });
  if (event.type === 'charge.dispute.created') {
    const summary = await summarizeDispute(JSON.stringify(event.data.object));
    audit('dispute.summary', { id: event.id, summary });
  }
  return res.sendStatus(200);
});

app.post('/checkout', express.json(), async (req, res, next) => {
  try {
    const session = await createCheckout(req.body.customerId, req.body.priceId, String(req.headers['idempotency-key']));
    res.json({ url: session.url });
  } catch (err) {
    next(err);
  }
});

app.get('/healthz', (_req, res) => res.json({ ok: true, lastWebhookAt }));

async function main() {
  await umzug.up();
  const server = app.listen(config.port, '127.0.0.1', () => console.log(`payments on ${config.port}`));
  process.on('SIGTERM', () => {
    server.close(async () => {
      await sequelize.close();
      process.exit(0);
    });
  });
}

process.on('unhandledRejection', (reason) => {
  Sentry.captureException(reason);
  throw reason;
});

main();
