import { readFile } from 'node:fs/promises';

const defaults = {
  slackWebhook: process.env.SLACK_WEBHOOK_URL,
  retries: 3,
  apiKey: 'your_api_key_here',
  signingSecret: '<your-signing-secret>',
  token: 'xxxxxxxxxxxxxxxx',
  docsUrl: 'https://api.slack.com/messaging/webhooks',
};

function channelFor(appEnv) {
  switch (appEnv) {
    case 'staging':
      return { channel: '#payments-staging', mention: false };
    case 'production':
      return { channel: '#payments', mention: true };
    default:
      return { channel: '#payments-dev', mention: false };
  }
}

export async function loadConfig() {
  const file = new URL('../relay.config.json', import.meta.url);
  const overrides = JSON.parse(await readFile(file, 'utf8'));
  return { ...defaults, ...channelFor(process.env.APP_ENV), ...overrides };
}
