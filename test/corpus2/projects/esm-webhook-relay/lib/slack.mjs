import { request } from 'undici';

const FALLBACK_WEBHOOK = 'https://hooks.slack.com/services/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';
const SLACK_BOT_TOKEN_ENV = 'SLACK_BOT_TOKEN';
export const slackToken = process.env[SLACK_BOT_TOKEN_ENV] ?? '';

export async function forwardToSlack(event, webhook = FALLBACK_WEBHOOK) {
  const body = JSON.stringify({ text: `Stripe event ${event.type} (${event.id})` });
  const { statusCode } = await request(webhook, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  if (statusCode >= 400) {
    const { default: got } = await import('got');
    await got.post(webhook, { body, retry: { limit: 3 } });
  }
}
