import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findProviderToken, isCredentialJwt, isFakeTokenBody, isPlausibleTokenText } from '../../../server/src/engine/secrets/providers';
import { FAKE, body } from './fakeTokens';

/** Each format: a real-shaped fake that must match, and look-alikes that must not. */
const CASES: Array<{ id: string; real: string; lookAlikes: string[] }> = [
  { id: 'aws-access-key-id', real: FAKE.awsAccessKeyId, lookAlikes: ['AKIA' + 'IOSFODNN7EXAMPLE', 'AKIA' + 'X'.repeat(16), 'AKIA' + '1234567890ABCDEF', 'AKIA' + 'SHORT'] },
  { id: 'github-token', real: FAKE.githubToken, lookAlikes: ['ghp_' + 'x'.repeat(36), 'ghp_' + 'abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_' + 'tooShort123'] },
  { id: 'github-fine-grained-token', real: FAKE.githubFineGrained, lookAlikes: ['github_pat_' + 'your_token_here'] },
  { id: 'gitlab-token', real: FAKE.gitlabToken, lookAlikes: ['glpat-' + 'xxxxxxxxxxxxxxxxxxxx', 'glpat-' + 'short'] },
  { id: 'slack-token', real: FAKE.slackBotToken, lookAlikes: ['xoxb-' + 'your-bot-token', 'xoxb-' + '0000000000-0000000000000-' + 'X'.repeat(24)] },
  { id: 'slack-webhook', real: FAKE.slackWebhook, lookAlikes: ['https://hooks.slack.com/services/' + 'T00000000/B00000000/' + 'XXXXXXXXXXXXXXXXXXXXXXXX'] },
  { id: 'stripe-live-key', real: FAKE.stripeLive, lookAlikes: ['sk_live_' + 'x'.repeat(24), 'sk_live_' + '1234567890abcdefghijklmn', 'pk_live_' + body(24, undefined, 90)] },
  { id: 'stripe-live-key', real: FAKE.stripeRestricted, lookAlikes: ['rk_live_' + '0'.repeat(24)] },
  { id: 'stripe-webhook-secret', real: FAKE.stripeWebhook, lookAlikes: ['whsec_' + '...'] },
  { id: 'google-api-key', real: FAKE.googleApiKey, lookAlikes: ['AIza' + 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AIza' + 'SyExample'] },
  { id: 'twilio-account-sid', real: FAKE.twilioAccountSid, lookAlikes: ['AC' + 'X'.repeat(32), 'AC' + '0'.repeat(32), 'AC' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] },
  { id: 'twilio-api-key', real: FAKE.twilioApiKey, lookAlikes: ['SK' + 'X'.repeat(32)] },
  { id: 'sendgrid-api-key', real: FAKE.sendgrid, lookAlikes: ['SG.' + 'xxxxxxxxxxxxxxxxxxxxxx.' + 'yyyy', 'SG.' + 'example'] },
  { id: 'npm-token', real: FAKE.npmToken, lookAlikes: ['npm_' + 'x'.repeat(36), 'npm_' + 'install'] },
  { id: 'openai-project-key', real: FAKE.openaiProject, lookAlikes: ['sk-proj-' + 'your-openai-key'] },
  { id: 'openai-api-key', real: FAKE.openaiLegacy, lookAlikes: ['sk-' + 'x'.repeat(48), 'sk-' + 'abcdefghijklmnopqrstuvwxyzabcdefgh', 'sk-' + 'spinner-wrapper'] },
  { id: 'anthropic-api-key', real: FAKE.anthropic, lookAlikes: ['sk-ant-' + 'api03-your-key'] },
  { id: 'sentry-dsn', real: FAKE.sentryDsn, lookAlikes: ['https://' + 'examplePublicKey@o0.ingest.sentry.io/0', 'https://sentry.io/organizations/acme/'] },
  { id: 'jwt', real: FAKE.jwt, lookAlikes: [FAKE.jwtEmptyPayload, FAKE.jwtUnsigned, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' + '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ' + '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'] },
  { id: 'pem-private-key', real: FAKE.pemPrivateKey, lookAlikes: ['-----BEGIN PRIVATE ' + 'KEY-----\n...\n-----END PRIVATE KEY-----', '-----BEGIN PUBLIC ' + 'KEY-----\n' + body(64) + '\n-----END PUBLIC KEY-----', '-----BEGIN PRIVATE ' + 'KEY-----\n<your private key>\n-----END PRIVATE KEY-----'] },
  { id: 'discord-webhook', real: FAKE.discordWebhook, lookAlikes: ['https://discord.com/api/' + 'webhooks/123/abc'] },
  { id: 'telegram-bot-token', real: FAKE.telegramBot, lookAlikes: ['123456789:' + 'YOUR_TELEGRAM_TOKEN'] },
  { id: 'mailgun-api-key', real: FAKE.mailgun, lookAlikes: ['key-' + 'x'.repeat(32)] },
];

describe('provider formats', () => {
  for (const { id, real, lookAlikes } of CASES) {
    it(`${id}: finds a real-shaped token, also inside a longer string`, () => {
      assert.equal(findProviderToken(real)?.format.id, id);
      const embedded = findProviderToken(`Authorization: token ${real} `);
      assert.equal(embedded?.token, real);
    });
    it(`${id}: rejects look-alikes`, () => {
      for (const lookAlike of lookAlikes) assert.equal(findProviderToken(lookAlike), undefined, lookAlike);
    });
  }

  it('does not treat Stripe test-mode keys as a provider format (the catalog lists live keys only)', () => {
    assert.equal(findProviderToken(FAKE.stripeTest), undefined);
    assert.equal(findProviderToken(FAKE.stripeLive)?.format.maxSeverity, undefined);
  });

  it('does not read the inside of identifiers as tokens', () => {
    assert.equal(findProviderToken(`prefix${FAKE.githubToken}`), undefined);
    assert.equal(findProviderToken(`my_${FAKE.stripeLive}`), undefined);
  });
});

describe('isCredentialJwt', () => {
  it('accepts a signed token with claims', () => assert.equal(isCredentialJwt(FAKE.jwt), true));
  it('rejects empty payloads, unsigned tokens and garbage', () => {
    assert.equal(isCredentialJwt(FAKE.jwtEmptyPayload), false);
    assert.equal(isCredentialJwt(FAKE.jwtUnsigned), false);
    assert.equal(isCredentialJwt('eyJ.not.json'), false);
  });
  it('rejects Supabase anon keys (public by design)', () => {
    const anon = [Buffer.from('{"alg":"HS256"}').toString('base64url'), Buffer.from('{"iss":"supabase","role":"anon"}').toString('base64url'), body(43, undefined, 77)].join('.');
    assert.equal(isCredentialJwt(anon), false);
  });
});

describe('isFakeTokenBody / isPlausibleTokenText', () => {
  it('spots typed-by-hand and masked bodies', () => {
    for (const fake of ['x'.repeat(36), '1234567890abcdefghijklmnop', 'EXAMPLEKEY12345678', 'aaaaaaab'.repeat(4), '<your-token>']) assert.equal(isFakeTokenBody(fake), true, fake);
  });
  it('accepts random bodies', () => {
    for (const real of [body(36), body(32, '0123456789abcdef', 5), body(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 6)]) assert.equal(isFakeTokenBody(real), false, real);
  });
  it('judges secretlint matches the same way', () => {
    assert.equal(isPlausibleTokenText(FAKE.githubToken), true);
    assert.equal(isPlausibleTokenText('ghp_' + 'x'.repeat(36)), false);
    assert.equal(isPlausibleTokenText('AKIA' + 'IOSFODNN7EXAMPLE'), false);
    assert.equal(isPlausibleTokenText(FAKE.pemPrivateKey), true);
  });
});
