// Fake provider-shaped tokens for the secrets tests. Built at runtime from pieces (a seeded
// pseudo-random body after a prefix) so no complete token literal sits in the repository:
// push protection and secret scanners have nothing to match, and no value is anyone's key.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const UPPER_BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const URLSAFE = `${ALNUM}-_`;

/** Deterministic body of `length` characters from `alphabet` (a small LCG, seeded per call site). */
export function body(length: number, alphabet = ALNUM, seed = 42): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += alphabet[(state >>> 8) % alphabet.length];
  }
  return out;
}

function base64Url(text: string): string {
  return Buffer.from(text).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

const p = (...parts: string[]): string => parts.join('');

export const FAKE = {
  awsAccessKeyId: p('AK', 'IA', body(16, UPPER_BASE32, 1)),
  awsSecretAccessKey: body(40, `${ALNUM}/+`, 2),
  githubToken: p('gh', 'p_', body(36, ALNUM, 3)),
  githubFineGrained: p('github', '_pat_', body(22, ALNUM, 4), '_', body(59, ALNUM, 5)),
  gitlabToken: p('gl', 'pat-', body(20, URLSAFE, 6)),
  slackBotToken: p('xo', 'xb-', body(12, '0123456789', 7), '-', body(13, '0123456789', 8), '-', body(24, ALNUM, 9)),
  slackWebhook: p('https://hooks.', 'slack.com/services/T', body(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10), '/B', body(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 11), '/', body(24, ALNUM, 12)),
  stripeLive: p('sk', '_live_', body(99, ALNUM, 13)),
  stripeShortLive: p('sk', '_live_', body(24, ALNUM, 14)),
  stripeTest: p('sk', '_test_', body(99, ALNUM, 15)),
  stripeRestricted: p('rk', '_live_', body(24, ALNUM, 16)),
  stripeWebhook: p('wh', 'sec_', body(32, ALNUM, 17)),
  googleApiKey: p('AI', 'za', body(35, URLSAFE, 18)),
  twilioAccountSid: p('A', 'C', body(32, HEX, 19)),
  twilioApiKey: p('S', 'K', body(32, HEX, 20)),
  twilioAuthToken: body(32, HEX, 21),
  sendgrid: p('S', 'G.', body(22, URLSAFE, 22), '.', body(43, URLSAFE, 23)),
  npmToken: p('np', 'm_', body(36, ALNUM, 24)),
  openaiProject: p('sk', '-proj-', body(74, URLSAFE, 25), 'T3Blbk', 'FJ', body(74, URLSAFE, 26)),
  openaiLegacy: p('sk', '-', body(48, ALNUM, 27)),
  anthropic: p('sk', '-ant-api03-', body(93, URLSAFE, 28), 'AA'),
  sentryDsn: p('https://', body(32, HEX, 29), '@o', body(6, '123456789', 30), '.ingest.', 'sentry.io/', body(7, '0123456789', 31)),
  jwt: p(base64Url('{"alg":"HS256","typ":"JWT"}'), '.', base64Url('{"sub":"42","role":"admin","iat":1700000000}'), '.', body(43, URLSAFE, 32)),
  jwtEmptyPayload: p(base64Url('{"alg":"HS256"}'), '.', 'e30', '.'),
  jwtUnsigned: p(base64Url('{"alg":"none"}'), '.', base64Url('{"sub":"42"}'), '.'),
  pemPrivateKey: p('-----BEGIN RSA ', 'PRIVATE KEY-----\n', [1, 2, 3, 4, 5].map((i) => body(64, `${ALNUM}+/`, 40 + i)).join('\n'), '\n-----END RSA ', 'PRIVATE KEY-----'),
  discordWebhook: p('https://discord.com/api/', 'webhooks/', body(18, '0123456789', 33), '/', body(68, URLSAFE, 34)),
  telegramBot: p(body(10, '123456789', 35), ':A', 'A', body(33, URLSAFE, 36)),
  mailgun: p('ke', 'y-', body(32, HEX, 37)),
  random32: body(32, ALNUM, 38),
  hex64: body(64, HEX, 39),
} as const;
