import http from 'node:http';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import pino from 'pino';
import Redis from 'ioredis';
import Stripe from 'stripe';
import { z } from 'zod';
import { forwardToSlack } from './lib/slack.mjs';
import { loadConfig } from './lib/config.mjs';

const config = await loadConfig();
const log = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(1));
const redis = new Redis(process.env.REDIS_URL);
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_5ZbDov1w034qOBYoD0hN450i', { apiVersion: '2023-10-16' });
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';
const seen = new Map();
let lastEventAt = null;

const Event = z.object({ id: z.string(), type: z.string() });

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200).end(JSON.stringify({ lastEventAt }));
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const raw = Buffer.concat(chunks).toString('utf8');
  const event = Event.parse(stripe.webhooks.constructEvent(raw, req.headers['stripe-signature'], webhookSecret));
  if (seen.has(event.id)) {
    res.writeHead(200).end('duplicate');
    return;
  }
  seen.set(event.id, Date.now());
  lastEventAt = new Date().toISOString();
  await redis.lpush('events', JSON.stringify(event));
  await forwardToSlack(event, config.slackWebhook);
  res.writeHead(202).end();
});

await writeFile(new URL('./relay.pid', import.meta.url), `${process.pid}`);

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '0.0.0.0');
await once(server, 'listening');
log.info({ port: server.address().port }, 'relay up');

process.on('uncaughtException', (err) => {
  log.error(err, 'uncaught exception');
  process.exitCode = 1;
});

process.on('SIGTERM', () => {
  server.close(() => {
    redis.quit();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
});
