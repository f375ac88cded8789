// Provider token formats, matched on the text of ONE literal (never on a whole file; the
// whole-file pass is secretlint's, see providerTokens.ts). This list completes secretlint's
// recommended preset with the formats the rule catalog names (Stripe, Twilio, Google, Sentry,
// JWT…) and re-states the ones the preset has, so JSON files (which get no secretlint pass)
// and literals the preset's boundaries miss are still caught.
import type { Severity } from '../types';
import { characterProfile, longestRepeatRun, sequentialRatio } from './entropy';
import { isPlaceholder, PUBLISHED_EXAMPLES } from './placeholders';

export interface ProviderFormat {
  id: string;
  /** Human name used in messages: 'Stripe live secret key'. */
  kind: string;
  /** Conventional environment variable name for the quick fix. */
  envName: string;
  /** Name prefix to combine with a generic target name (`apiKey` + OpenAI → OPENAI_API_KEY). */
  envPrefix: string;
  pattern: RegExp;
  /**
   * The part of the match that must look random (defaults to the whole match); undefined
   * when `validate` already judges the content (PEM bodies).
   */
  secretPart?: (match: RegExpExecArray) => string | undefined;
  /** Extra validation beyond the regex (structure, checksums, decoded content). */
  validate?: (match: RegExpExecArray) => boolean;
  /** Caps the severity (e.g. Stripe test-mode keys are real keys but not production secrets). */
  maxSeverity?: Severity;
}

export interface ProviderMatch {
  format: ProviderFormat;
  /** Offsets of the token inside the analysed string. */
  start: number;
  end: number;
  token: string;
}

const B = '(?<![A-Za-z0-9_])'; // left boundary for word-ish tokens
const BH = '(?<![A-Za-z0-9_-])'; // left boundary where `-` is part of tokens
const E = '(?![A-Za-z0-9_])';
const EH = '(?![A-Za-z0-9_-])';

function re(source: string, flags = ''): RegExp {
  return new RegExp(source, flags);
}

function decodeBase64Url(part: string): string | undefined {
  try {
    const normalised = part.replace(/-/g, '+').replace(/_/g, '/');
    const decoded = Buffer.from(normalised, 'base64').toString('utf8');
    return decoded.includes('\uFFFD') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JWT that is a credential: header `{ "alg": … }` (not `none`), a payload with at least one
 * claim, a signature. Rejects `…e30.` empty payloads, unsigned tokens, jwt.io's sample and
 * Supabase `anon` keys (public by design).
 */
export function isCredentialJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const [headerPart, payloadPart, signature] = parts as [string, string, string];
  const header = parseJsonObject(decodeBase64Url(headerPart));
  if (!header || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return false;
  const payload = parseJsonObject(decodeBase64Url(payloadPart));
  if (!payload || Object.keys(payload).length === 0) return false;
  if (signature.length < 16) return false;
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return false;
  if (payload.role === 'anon') return false;
  return !PUBLISHED_EXAMPLES.has(token);
}

/** A PEM private key block with real base64 content (not `...` or `<your key>`). */
export function hasBase64Body(block: string): boolean {
  const body = block
    .replace(/-----(BEGIN|END)[^-]*-----/g, '')
    .replace(/^[A-Za-z-]+:.*$/gm, '') // Proc-Type / DEK-Info headers of encrypted PEM
    .replace(/\\n|\s/g, '');
  return /^[A-Za-z0-9+/=]{64,}$/.test(body) && !isPlaceholder(body);
}

export const PROVIDER_FORMATS: readonly ProviderFormat[] = [
  {
    id: 'pem-private-key',
    kind: 'private key (PEM)',
    envName: 'PRIVATE_KEY',
    envPrefix: '',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/,
    secretPart: () => undefined,
    validate: (match) => hasBase64Body(match[0]),
  },
  {
    id: 'aws-access-key-id',
    kind: 'AWS access key ID',
    envName: 'AWS_ACCESS_KEY_ID',
    envPrefix: 'AWS',
    pattern: re(`(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Z0-9])`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'github-token',
    kind: 'GitHub token',
    envName: 'GITHUB_TOKEN',
    envPrefix: 'GITHUB',
    pattern: re(`${B}(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}${E}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'github-fine-grained-token',
    kind: 'GitHub fine-grained token',
    envName: 'GITHUB_TOKEN',
    envPrefix: 'GITHUB',
    pattern: re(`${B}github_pat_[A-Za-z0-9_]{50,255}${E}`),
    secretPart: (match) => match[0].slice(11),
  },
  {
    id: 'gitlab-token',
    kind: 'GitLab token',
    envName: 'GITLAB_TOKEN',
    envPrefix: 'GITLAB',
    pattern: re(`${BH}(?:glpat|gldt|glrt|glptt|glcbt|gloas|glft|glsoat|glimt|glagent)-[A-Za-z0-9_-]{20,255}${EH}`),
    secretPart: (match) => match[0].slice(match[0].indexOf('-') + 1),
  },
  {
    id: 'slack-token',
    kind: 'Slack token',
    envName: 'SLACK_TOKEN',
    envPrefix: 'SLACK',
    pattern: re(`${BH}(?:xox[abposre]|xapp)-\\d+-[A-Za-z0-9-]{8,255}${EH}`),
    secretPart: (match) => match[0].slice(match[0].lastIndexOf('-') + 1),
  },
  {
    id: 'slack-webhook',
    kind: 'Slack webhook URL',
    envName: 'SLACK_WEBHOOK_URL',
    envPrefix: 'SLACK',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]+\/[A-Za-z0-9_]+\/[A-Za-z0-9_]{8,}/,
    secretPart: (match) => match[0].slice(match[0].lastIndexOf('/') + 1),
  },
  {
    id: 'stripe-live-key',
    kind: 'Stripe live secret key',
    envName: 'STRIPE_SECRET_KEY',
    envPrefix: 'STRIPE',
    pattern: re(`${B}(?:sk|rk)_live_[A-Za-z0-9]{16,255}${E}`),
    secretPart: (match) => match[0].slice(8),
  },
  {
    id: 'stripe-webhook-secret',
    kind: 'Stripe webhook signing secret',
    envName: 'STRIPE_WEBHOOK_SECRET',
    envPrefix: 'STRIPE',
    pattern: re(`${B}whsec_[A-Za-z0-9+/=]{24,255}${E}`),
    secretPart: (match) => match[0].slice(6),
  },
  {
    id: 'google-api-key',
    kind: 'Google API key',
    envName: 'GOOGLE_API_KEY',
    envPrefix: 'GOOGLE',
    pattern: re(`${BH}AIza[0-9A-Za-z_-]{35}${EH}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'google-oauth-client-secret',
    kind: 'Google OAuth client secret',
    envName: 'GOOGLE_CLIENT_SECRET',
    envPrefix: 'GOOGLE',
    pattern: re(`${BH}GOCSPX-[A-Za-z0-9_-]{28}${EH}`),
    secretPart: (match) => match[0].slice(7),
  },
  {
    id: 'twilio-account-sid',
    kind: 'Twilio account SID',
    envName: 'TWILIO_ACCOUNT_SID',
    envPrefix: 'TWILIO',
    pattern: re(`${B}AC[0-9a-f]{32}${E}`),
    secretPart: (match) => match[0].slice(2),
  },
  {
    id: 'twilio-api-key',
    kind: 'Twilio API key',
    envName: 'TWILIO_API_KEY',
    envPrefix: 'TWILIO',
    pattern: re(`${B}SK[0-9a-f]{32}${E}`),
    secretPart: (match) => match[0].slice(2),
  },
  {
    id: 'sendgrid-api-key',
    kind: 'SendGrid API key',
    envName: 'SENDGRID_API_KEY',
    envPrefix: 'SENDGRID',
    pattern: re(`${BH}SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}${EH}`),
    secretPart: (match) => match[0].slice(3),
  },
  {
    id: 'npm-token',
    kind: 'npm access token',
    envName: 'NPM_TOKEN',
    envPrefix: 'NPM',
    pattern: re(`${B}npm_[A-Za-z0-9]{36}${E}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'anthropic-api-key',
    kind: 'Anthropic API key',
    envName: 'ANTHROPIC_API_KEY',
    envPrefix: 'ANTHROPIC',
    pattern: re(`${BH}sk-ant-(?:api|admin|sid)\\d{2}-[A-Za-z0-9_-]{32,255}${EH}`),
    secretPart: (match) => match[0].slice(14),
  },
  {
    id: 'openai-project-key',
    kind: 'OpenAI API key',
    envName: 'OPENAI_API_KEY',
    envPrefix: 'OPENAI',
    pattern: re(`${BH}sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,255}${EH}`),
    secretPart: (match) => match[0].slice(match[0].indexOf('-', 3) + 1),
  },
  {
    id: 'openai-api-key',
    kind: 'OpenAI API key',
    envName: 'OPENAI_API_KEY',
    envPrefix: 'OPENAI',
    // Legacy `sk-…T3BlbkFJ…` and the plain 48-character form; `sk-` + 32+ alphanumerics is
    // also what DeepSeek, Moonshot and other OpenAI-compatible APIs issue.
    pattern: re(`${BH}sk-[A-Za-z0-9]{32,64}${EH}`),
    secretPart: (match) => match[0].slice(3),
    validate: (match) => /[0-9]/.test(match[0].slice(3)) && /[A-Za-z]/.test(match[0].slice(3)),
  },
  {
    id: 'sentry-dsn',
    kind: 'Sentry DSN',
    envName: 'SENTRY_DSN',
    envPrefix: 'SENTRY',
    pattern: /https?:\/\/[0-9a-f]{32}(?::[0-9a-f]{32})?@[A-Za-z0-9.-]+(?::\d+)?\/(?:api\/)?\d+/,
    secretPart: (match) => match[0].slice(match[0].indexOf('//') + 2, match[0].indexOf('//') + 34),
  },
  {
    id: 'jwt',
    kind: 'JSON Web Token',
    envName: 'JWT_TOKEN',
    envPrefix: 'JWT',
    pattern: re(`${BH}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{16,}${EH}`),
    secretPart: (match) => match[0].slice(match[0].lastIndexOf('.') + 1),
    validate: (match) => isCredentialJwt(match[0]),
  },
  {
    id: 'mapbox-secret-token',
    kind: 'Mapbox secret token',
    envName: 'MAPBOX_SECRET_TOKEN',
    envPrefix: 'MAPBOX',
    pattern: re(`${BH}sk\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}${EH}`),
    secretPart: (match) => match[0].slice(match[0].lastIndexOf('.') + 1),
  },
  {
    id: 'mailgun-api-key',
    kind: 'Mailgun API key',
    envName: 'MAILGUN_API_KEY',
    envPrefix: 'MAILGUN',
    pattern: re(`${BH}key-[0-9a-f]{32}${EH}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'mailchimp-api-key',
    kind: 'Mailchimp API key',
    envName: 'MAILCHIMP_API_KEY',
    envPrefix: 'MAILCHIMP',
    pattern: re(`${B}[0-9a-f]{32}-us\\d{1,2}${E}`),
    secretPart: (match) => match[0].slice(0, 32),
  },
  {
    id: 'discord-webhook',
    kind: 'Discord webhook URL',
    envName: 'DISCORD_WEBHOOK_URL',
    envPrefix: 'DISCORD',
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{50,100}/,
    secretPart: (match) => match[0].slice(match[0].lastIndexOf('/') + 1),
  },
  {
    id: 'discord-bot-token',
    kind: 'Discord bot token',
    envName: 'DISCORD_TOKEN',
    envPrefix: 'DISCORD',
    pattern: re(`${BH}[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}${EH}`),
    secretPart: (match) => match[0].slice(match[0].lastIndexOf('.') + 1),
    validate: (match) => /^\d{17,20}$/.test(decodeBase64Url(match[0].slice(0, match[0].indexOf('.'))) ?? ''),
  },
  {
    id: 'telegram-bot-token',
    kind: 'Telegram bot token',
    envName: 'TELEGRAM_BOT_TOKEN',
    envPrefix: 'TELEGRAM',
    pattern: re(`${B}\\d{8,10}:[A-Za-z0-9_-]{35}${EH}`),
    secretPart: (match) => match[0].slice(match[0].indexOf(':') + 1),
  },
  {
    id: 'azure-storage-key',
    kind: 'Azure storage account key',
    envName: 'AZURE_STORAGE_CONNECTION_STRING',
    envPrefix: 'AZURE',
    pattern: /AccountKey=[A-Za-z0-9+/]{86}==/,
    secretPart: (match) => match[0].slice(11),
  },
  {
    id: 'digitalocean-token',
    kind: 'DigitalOcean token',
    envName: 'DIGITALOCEAN_TOKEN',
    envPrefix: 'DIGITALOCEAN',
    pattern: re(`${B}do[opr]_v1_[a-f0-9]{64}${E}`),
    secretPart: (match) => match[0].slice(7),
  },
  {
    id: 'hashicorp-vault-token',
    kind: 'HashiCorp Vault token',
    envName: 'VAULT_TOKEN',
    envPrefix: 'VAULT',
    pattern: re(`${BH}hv[sbr]\\.[A-Za-z0-9_-]{90,300}${EH}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'huggingface-token',
    kind: 'Hugging Face token',
    envName: 'HF_TOKEN',
    envPrefix: 'HF',
    pattern: re(`${B}hf_[A-Za-z]{34}${E}`),
    secretPart: (match) => match[0].slice(3),
  },
  {
    id: 'shopify-token',
    kind: 'Shopify access token',
    envName: 'SHOPIFY_ACCESS_TOKEN',
    envPrefix: 'SHOPIFY',
    pattern: re(`${B}(?:shpat|shpca|shppa|shpss)_[a-fA-F0-9]{32}${E}`),
    secretPart: (match) => match[0].slice(6),
  },
  {
    id: 'square-token',
    kind: 'Square access token',
    envName: 'SQUARE_ACCESS_TOKEN',
    envPrefix: 'SQUARE',
    pattern: re(`${BH}(?:sq0atp|sq0csp)-[A-Za-z0-9_-]{22,43}${EH}`),
    secretPart: (match) => match[0].slice(7),
  },
  {
    id: 'pypi-token',
    kind: 'PyPI token',
    envName: 'PYPI_TOKEN',
    envPrefix: 'PYPI',
    pattern: re(`${BH}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}${EH}`),
    secretPart: (match) => match[0].slice(19),
  },
  {
    id: 'postman-api-key',
    kind: 'Postman API key',
    envName: 'POSTMAN_API_KEY',
    envPrefix: 'POSTMAN',
    pattern: re(`${BH}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${EH}`),
    secretPart: (match) => match[0].slice(5),
  },
  {
    id: 'linear-api-key',
    kind: 'Linear API key',
    envName: 'LINEAR_API_KEY',
    envPrefix: 'LINEAR',
    pattern: re(`${B}lin_api_[A-Za-z0-9]{32,128}${E}`),
    secretPart: (match) => match[0].slice(8),
  },
  {
    id: 'groq-api-key',
    kind: 'Groq API key',
    envName: 'GROQ_API_KEY',
    envPrefix: 'GROQ',
    pattern: re(`${B}gsk_[A-Za-z0-9]{52}${E}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'replicate-token',
    kind: 'Replicate API token',
    envName: 'REPLICATE_API_TOKEN',
    envPrefix: 'REPLICATE',
    pattern: re(`${B}r8_[A-Za-z0-9]{37}${E}`),
    secretPart: (match) => match[0].slice(3),
  },
  {
    id: 'databricks-token',
    kind: 'Databricks token',
    envName: 'DATABRICKS_TOKEN',
    envPrefix: 'DATABRICKS',
    pattern: re(`${B}dapi[a-f0-9]{32}(?:-\\d)?${E}`),
    secretPart: (match) => match[0].slice(4),
  },
  {
    id: 'firebase-server-key',
    kind: 'Firebase Cloud Messaging server key',
    envName: 'FCM_SERVER_KEY',
    envPrefix: 'FCM',
    pattern: re(`${BH}AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,}${EH}`),
    secretPart: (match) => match[0].slice(match[0].indexOf(':') + 7),
  },
  {
    id: 'age-secret-key',
    kind: 'age secret key',
    envName: 'AGE_SECRET_KEY',
    envPrefix: 'AGE',
    pattern: /AGE-SECRET-KEY-1[0-9A-Z]{58}/,
    secretPart: (match) => match[0].slice(15),
  },
];

/**
 * Cheap first pass: a literal can only hold a provider token if it contains one of these.
 * Keeps the per-literal cost at one regex test for the common case.
 */
const PROVIDER_PREFILTER = /AKIA|ASIA|ABIA|ACCA|A3T|gh[pousr]_|github_pat_|gl[a-z]{2,6}-|xox|xapp-|hooks\.slack|[sr]k_live_|whsec_|AIza|GOCSPX|AC[0-9a-f]{32}|SK[0-9a-f]{32}|SG\.|npm_|sk-|PRIVATE KEY|eyJ|@|key-|-us\d|discord|\d{8}:|AccountKey=|do[opr]_v1_|hv[sbr]\.|hf_|shp|sq0|pypi-|PMAK-|lin_api_|gsk_|r8_|dapi|APA91b|AGE-SECRET/;

/**
 * True when the secret part of a provider-shaped token is obviously not real: placeholder
 * words (`EXAMPLE`, `your…`), masks, one repeated character, typed-by-hand sequences
 * (`1234567890abcdef…`) or too few distinct characters.
 */
export function isFakeTokenBody(body: string): boolean {
  if (isPlaceholder(body)) return true;
  if (/example|sample|dummy|fake|your|here|placeholder|redacted|invalid/i.test(body)) return true;
  if (longestRepeatRun(body) >= 6) return true;
  if (sequentialRatio(body) > 0.45) return true;
  const profile = characterProfile(body);
  return body.length >= 16 && profile.distinct < Math.min(8, Math.floor(body.length / 3));
}

/** The first real provider token inside a string (a literal's value), if any. */
export function findProviderToken(text: string): ProviderMatch | undefined {
  if (text.length < 16 || !PROVIDER_PREFILTER.test(text)) return undefined;
  for (const format of PROVIDER_FORMATS) {
    const match = format.pattern.exec(text);
    if (!match) continue;
    if (PUBLISHED_EXAMPLES.has(match[0])) continue;
    if (format.validate && !format.validate(match)) continue;
    const body = format.secretPart ? format.secretPart(match) : match[0];
    if (body !== undefined && isFakeTokenBody(body)) continue;
    return { format, start: match.index, end: match.index + match[0].length, token: match[0] };
  }
  return undefined;
}

export function providerFormatById(id: string): ProviderFormat | undefined {
  return PROVIDER_FORMATS.find((format) => format.id === id);
}

/**
 * Whether a token secretlint reported is plausible: the same fake-value checks as our own
 * formats, on the text after a short `ghp_`/`xoxb-`-style prefix.
 */
export function isPlausibleTokenText(token: string): boolean {
  if (PUBLISHED_EXAMPLES.has(token)) return false;
  if (/PRIVATE KEY/.test(token)) return hasBase64Body(token);
  const body = token.replace(/^[A-Za-z0-9]{2,12}[_.-]/, '');
  return !isFakeTokenBody(body);
}
