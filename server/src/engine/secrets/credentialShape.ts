// Does a value assigned to a secret-named target look like a credential?
//
// The name says "a secret goes here"; the value decides whether one actually is here. Most
// strings assigned to secret-named things in real code are not secrets: labels and
// messages ('Password', 'Password is required'), names of other things ('x-api-key',
// 'access_token', 'JWT_SECRET'), paths ('./keys/private.pem'), references ('${DB_PASSWORD}'),
// form types, algorithm names, validation rules. What is left — random strings, and
// hand-made passwords with digits or symbols ('hunter2', 'P@ssw0rd!', 'dev-secret-2024') —
// is reported.
import { characterProfile, lettersLookRandom, looksRandom, sequentialRatio } from './entropy';
import { isObviousExample, isPlaceholder } from './placeholders';
import { secretNameWords, type SecretNameKind } from './secretNames';
import { identifierWords } from '../analysis/names';
import { isCredentialJwt } from './providers';

/** Values that name an algorithm, encoding, protocol or mode, never a secret. */
const TECHNICAL_VALUES = new Set([
  'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-512', 'md5', 'md4', 'ripemd160', 'blake2b512',
  'hs256', 'hs384', 'hs512', 'rs256', 'rs384', 'rs512', 'es256', 'es256k', 'es384', 'es512', 'ps256', 'ps384', 'ps512', 'eddsa',
  'ed25519', 'ed448', 'x25519', 'x448', 'p256', 'p384', 'p521', 'secp256k1', 'secp256r1', 'prime256v1',
  'aes128', 'aes192', 'aes256', 'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'aes-256-ctr', 'aes-128-ctr',
  'chacha20', 'chacha20-poly1305', 'des-ede3-cbc', 'rsa-oaep', 'rsa-oaep-256', 'rsa-sha256', 'hmac-sha256', 'hmac-sha512', 'sha256withrsa',
  'pbkdf2', 'bcrypt', 'scrypt', 'argon2', 'argon2id', 'argon2i', 'argon2d',
  'utf8', 'utf-8', 'utf16le', 'utf-16le', 'ucs2', 'base64', 'base64url', 'base32', 'base58', 'hex', 'latin1', 'ascii', 'binary', 'iso-8859-1',
  'oauth1', 'oauth2', 'oauth2.0', 'openid', 'oidc', 'saml2', 'http2', 'h2', 'http1.1', 'tls1.2', 'tls1.3', 'tlsv1.2', 'tlsv1.3', 'sslv3',
  'pkcs1', 'pkcs8', 'pkcs12', 'spki', 'x509', 'jwk', 'jwks', 'pem', 'der', 'totp', 'hotp', '2fa', 'mfa', 'u2f', 'webauthn', 'fido2',
]);

/** Words of names, labels and UI text around secrets: a value made only of these names something. */
const REFERENCE_VOCAB = new Set([
  'x', 'id', 'name', 'key', 'keys', 'value', 'field', 'header', 'cookie', 'storage', 'local', 'session', 'user', 'users', 'client', 'app', 'api',
  'access', 'refresh', 'auth', 'authorization', 'authorize', 'authenticate', 'authentication', 'bearer', 'basic', 'digest', 'jwt', 'jwks', 'oauth', 'oauth2', 'csrf', 'xsrf',
  'new', 'current', 'old', 'confirm', 'confirmation', 'data', 'item', 'prefix', 'type', 'token', 'tokens', 'secret', 'secrets', 'password', 'passwords',
  'pass', 'passwd', 'pwd', 'passwort', 'passphrase', 'credential', 'credentials', 'creds', 'private', 'public', 'signing', 'encryption', 'service', 'account',
  'admin', 'default', 'main', 'primary', 'code', 'grant', 'response', 'request', 'headers', 'query', 'param', 'params', 'body', 'form', 'input', 'hash',
  'hashed', 'salt', 'dsn', 'apikey', 'secretkey', 'env', 'var', 'config', 'settings', 'string', 'text', 'required', 'optional', 'cache', 'store',
  'remember', 'me', 'login', 'logout', 'signin', 'signup', 'sign', 'in', 'up', 'out', 'reset', 'forgot', 'change', 'update', 'show', 'hide', 'visible',
  'hidden', 'strength', 'policy', 'min', 'max', 'length', 'label', 'placeholder', 'hint', 'error', 'message', 'invalid', 'valid', 'validation', 'match',
  'mismatch', 'the', 'for', 'of', 'to', 'and', 'or', 'is', 'your', 'enter', 'id', 'idp', 'sso', 'mode', 'method', 'strategy', 'provider', 'scope',
  'include', 'omit', 'same', 'origin', 'cors', 'none', 'inherit', 'unsafe', 'url', 'uri', 'endpoint', 'path', 'file', 'route', 'page', 'screen',
  'modal', 'dialog', 'button', 'icon', 'email', 'username', 'phone', 'otp', 'pin', 'code', 'verify', 'verification', 'expired', 'expiry', 'expires',
  'ttl', 'timeout', 'rotate', 'rotation', 'revoke', 'revoked', 'bot', 'webhook', 'master', 'root', 'github', 'gitlab', 'google', 'stripe', 'aws', 'azure',
  'slack', 'twilio', 'sendgrid', 'npm', 'openai', 'anthropic', 'sentry', 'firebase', 'supabase', 'auth0', 'okta', 'cognito', 'clerk', 'vercel',
  // Service names: 'redispassword', 'postgres-password' are a service's default, not a credential.
  'db', 'database', 'redis', 'postgres', 'postgresql', 'pg', 'mysql', 'mariadb', 'mongo', 'mongodb', 'rabbitmq', 'rabbit', 'amqp', 'kafka', 'elastic',
  'elasticsearch', 'minio', 'smtp', 'mail', 'ldap', 'keycloak', 'grafana', 'jenkins', 'docker', 'registry',
]);

/** Words that only occur in prose (messages, labels, descriptions), not in passphrases. */
const SENTENCE_VOCAB = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'not', 'no', 'your', 'you',
  'please', 'must', 'should', 'can', 'cannot', 'could', 'enter', 'required', 'invalid', 'incorrect', 'wrong', 'match', 'matches', 'does', 'do', 'did',
  'forgot', 'forget', 'reset', 'new', 'confirm', 'here', 'this', 'that', 'field', 'characters', 'character', 'least', 'long', 'short', 'too', 'weak',
  'strong', 'missing', 'expired', 'error', 'failed', 'success', 'show', 'hide', 'min', 'max', 'length', 'contain', 'contains', 'letter', 'letters',
  'number', 'numbers', 'symbol', 'symbols', 'uppercase', 'lowercase', 'digit', 'digits', 'has', 'have', 'will', 'by', 'from', 'it', 'its', 'we',
  'our', 'us', 'if', 'when', 'then', 'than', 'into', 'out', 'up', 'down', 'try', 'again', 'set', 'get', 'use', 'using', 'used', 'click', 'see',
]);

const MIN_LENGTH: Readonly<Record<SecretNameKind, number>> = {
  password: 5,
  secret: 6,
  salt: 6,
  token: 8,
  apiKey: 8,
  privateKey: 16,
  auth: 8,
  credentials: 8,
  dsn: 8,
};

/** True for values with a structure that is not a credential: URLs, paths, emails, names of env vars, versions, regexes, markup… */
export function isStructuredNonSecret(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(mailto|data|blob|about|javascript|tel):/i.test(value)) return true;
  if (/^(\/|\.\.?[\\/]|~[\\/]|[A-Za-z]:[\\/]|\\\\)/.test(value)) return true;
  if (/^[\w@.-]+([\\/][\w@.-]+)*\.(pem|key|crt|cer|csr|p12|pfx|jks|keystore|json|ya?ml|toml|txt|env|js|cjs|mjs|ts|der|pub|asc|gpg|conf|ini|properties)$/i.test(value)) return true;
  if (value.includes('/') && value.split('/').every((segment) => segment.length === 0 || /^[a-z0-9][a-z0-9._@-]*$/.test(segment)) && /[a-z]{3}/.test(value)) return true;
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return true;
  if (/^([a-z0-9-]+\.)+[a-z]{2,24}(:\d+)?$/.test(value) && !lettersLookRandom(value)) return true;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value)) return true;
  if (/^v?\d+(\.\d+){1,3}([-+][\w.]+)?$/.test(value)) return true;
  if (/^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{1,2}:\d{2}(:\d{2})?$/.test(value)) return true;
  if (/^\d+(\.\d+)?\s*(ms|s|m|h|d|w|y|kb|mb|gb|tb|days?|hours?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?)$/i.test(value)) return true;
  if (/\(\?[=!<:]|\\[dwsDWSbB]|\[[A-Za-z0-9]-[A-Za-z0-9]\]|^\^.*\$$/.test(value)) return true;
  if (/^[a-z_]+(:[^|\s]*)?(\|[a-z_]+(:[^|\s]*)?)+$/i.test(value)) return true;
  if (/<\/?[a-z][^>]*>/i.test(value) || /^[.#]?[a-z][\w-]*\s*\{/i.test(value) || /[a-z-]+\s*:\s*[^;]+;/i.test(value)) return true;
  // CSS attribute selectors: '[type=password]', 'input[name="token"]'.
  if (/^[\w-]*\[[\w-]+(?:[~|^$*]?=["']?[^\]"']*["']?)?\]/.test(value)) return true;
  if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) || /^(rgb|rgba|hsl|hsla|var|calc)\(/i.test(value)) return true;
  if (/%[sdifoOjc]|\{\d+\}/.test(value)) return true;
  if (/^[:@$?][A-Za-z_][\w.]*$/.test(value) || /^\$\d+$/.test(value) || value === '?') return true;
  // Mongoose projections: '-password', '+password -__v'.
  if (/^[+-][A-Za-z_]/.test(value) && value.split(/\s+/).every((field) => /^[+-][A-Za-z_][\w.]*$/.test(field) && isWordyIdentifier(field.slice(1)))) return true;
  if (/^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/.test(value) || /^\$argon2(id|i|d)\$/.test(value) || /^\$(1|5|6|s0|scrypt|pbkdf2[-\w]*)\$/.test(value)) return true;
  if (/^(sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]{20,}$/.test(value)) return true;
  if ((/^\{[\s\S]*\}$/.test(value) || /^\[[\s\S]*\]$/.test(value)) && /["':]/.test(value)) return true;
  if (/\bprocess\.env\b|\benv\.[A-Z_]/.test(value)) return true;
  return false;
}

/** Letters (any case, acronyms included), then optional trailing digits. */
const WORDY_SEGMENT = /^\p{L}+\d*$/u;

/**
 * A value written like an identifier or a word: segments (split on `. _ - : /`) that are
 * words, camelCase (acronyms too) or CAPS, optionally followed by digits — `hunter2`,
 * `access_token`, `mySecretKey`, `platformAuthDOMGetToken`, `Contraseña`. Random strings
 * (`kQzvTrWm…`, `s3cr3t`) are not.
 */
export function isWordyIdentifier(value: string): boolean {
  const segments = value.split(/[._\-:/]+/).filter((segment) => segment.length > 0);
  if (segments.length === 0) return false;
  return segments.every((segment) => WORDY_SEGMENT.test(segment) && !lettersLookRandom(segment) && !isRandomCamel(segment));
}

/** `kQzvTrWmBnLp`-style: mostly one- or two-letter camel humps are not words (`XMLHttpRequest` is). */
function isRandomCamel(segment: string): boolean {
  const words = identifierWords(segment.replace(/\d+$/, ''));
  if (words.length < 3) return false;
  const short = words.filter((word) => word.length <= 2).length;
  return short / words.length > 0.5;
}

/** Stems that make a made-up word a secret (`supersecret`, `mysecretkey`, `adminpass123`). */
const SECRET_STEMS = /secret|passw|pwd|token|apikey|privatekey|signingkey|passphrase/;

function isVersionedName(value: string, words: readonly string[], vocabulary: ReadonlySet<string>): boolean {
  // `token_v2`, `api-key-2`, `secretV2`: a name with a version, not `password1`.
  const match = /^(.*?)(?:[_.-]v?|v)(\d{1,2})$/i.exec(value);
  if (!match || match[1]!.length === 0) return false;
  const baseWords = secretNameWords(match[1]!);
  return baseWords.length > 0 && baseWords.every((word) => vocabulary.has(word)) && words.length > 0;
}

function identifierIsSecret(value: string, kind: SecretNameKind, targetWords: readonly string[]): boolean {
  const words = secretNameWords(value);
  const vocabulary = new Set([...REFERENCE_VOCAB, ...targetWords]);
  const hasDigits = /\d/.test(value);
  if (!hasDigits) {
    // Only name-like words: it names a field, header, cookie or storage slot.
    if (words.every((word) => vocabulary.has(word))) return false;
    if (lettersLookRandom(value) && value.length >= 12) return true;
    // A made-up secret: a secret stem plus a word of its own ('dev-secret', 'supersecret').
    const squashed = value.toLowerCase().replace(/[^a-z]/g, '');
    if (SECRET_STEMS.test(squashed) && squashed.length >= MIN_LENGTH[kind]) return true;
    // A long made-up phrase used as a signing secret ('a-very-long-random-string-for-jwt').
    return (kind === 'secret' || kind === 'salt' || kind === 'password') && words.length >= 3 && value.length >= 16;
  }
  if (isVersionedName(value, words, vocabulary)) return false;
  const letters = value.replace(/[^\p{L}]/gu, '').length;
  if (letters === 0) return false;
  return value.length >= MIN_LENGTH[kind];
}

/**
 * A passphrase: two to six lower-case words that are not a sentence or a label
 * (`keyboard cat`, `correct horse battery staple`). Only for passwords, secrets and salts;
 * API keys and tokens never contain spaces.
 */
function isPassphrase(value: string, kind: SecretNameKind): boolean {
  if (kind !== 'password' && kind !== 'secret' && kind !== 'salt') return false;
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || value.length < 8) return false;
  if (!words.every((word) => /^[a-z0-9]+$/.test(word))) return false;
  if (words.some((word) => SENTENCE_VOCAB.has(word))) return false;
  return !words.every((word) => REFERENCE_VOCAB.has(word));
}

export interface AuthSchemeValue {
  scheme: string;
  credential: string;
}

/** `Bearer <token>`, `Basic <base64>`, `Token <t>`, `Bot <t>`, `token <t>` (GitHub). */
export function splitAuthScheme(value: string): AuthSchemeValue | undefined {
  const match = /^\s*(Bearer|Basic|Token|Bot|token|bearer|basic|Digest|ApiKey|Api-Key|SSWS|Splunk|GenieKey)\s+(\S+)\s*$/.exec(value);
  return match ? { scheme: match[1]!, credential: match[2]! } : undefined;
}

function basicCredentialIsReal(encoded: string): boolean {
  if (!/^[A-Za-z0-9+/]+=*$/.test(encoded)) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || decoded.includes('\uFFFD')) return false;
  const password = decoded.slice(colon + 1);
  return isCredentialLike(password, 'password', []);
}

/**
 * The credential of an `Authorization`-style value (`Bearer abc…`, `Basic dXNlcjpwYXNz`),
 * when it is one. `strict` (no secret-named target) asks for a random-looking token.
 */
export function authSchemeCredential(value: string, strict: boolean): AuthSchemeValue | undefined {
  const parsed = splitAuthScheme(value);
  if (!parsed) return undefined;
  const { scheme, credential } = parsed;
  if (isPlaceholder(credential) || isObviousExample(credential) || isStructuredNonSecret(credential)) return undefined;
  if (scheme.toLowerCase() === 'basic') return basicCredentialIsReal(credential) ? parsed : undefined;
  // A JWT is judged as a JWT: `eyJ…e30.` samples are not credentials.
  if (credential.startsWith('eyJ') && credential.includes('.')) return isCredentialJwt(credential) ? parsed : undefined;
  if (strict) return looksRandom(credential, 20) ? parsed : undefined;
  return isCredentialLike(credential, 'token', []) ? parsed : undefined;
}

/**
 * True when `raw`, assigned to a target whose name is a secret of `kind` (words
 * `targetWords`), looks like a credential rather than a label, name, path, reference or
 * placeholder.
 */
export function isCredentialLike(raw: string, kind: SecretNameKind, targetWords: readonly string[]): boolean {
  const value = raw.trim();
  if (value.length === 0 || value.length > 1000 || /[\r\n]/.test(value)) return false;
  if (isPlaceholder(value) || isObviousExample(value)) return false;
  if (TECHNICAL_VALUES.has(value.toLowerCase())) return false;
  if (isStructuredNonSecret(value)) return false;
  // The target's own name as its value (`PlatformAuthGetToken = 'platformAuthGetToken'`): an event or key name.
  if (targetWords.length > 0 && value.toLowerCase().replace(/[^a-z0-9]/g, '') === targetWords.join('')) return false;
  // Publishable keys (Stripe `pk_live_…`, Mapbox `pk.eyJ…`) are meant to be public.
  if (/^pk[._]/.test(value)) return false;
  // Scripts without case (CJK, Thai…) are text, not credentials.
  if (/\p{Lo}/u.test(value)) return false;
  if (/\s/.test(value)) return isPassphrase(value, kind);
  if ((kind === 'auth' || kind === 'credentials') && /^[^:\s]+:[^:\s]+$/.test(value)) {
    const password = value.slice(value.indexOf(':') + 1);
    return isCredentialLike(password, 'password', targetWords);
  }
  if (value.length < MIN_LENGTH[kind]) return false;
  if (/^\d+$/.test(value)) return kind === 'password' && value.length >= 6 && sequentialRatio(value) < 0.7;
  if (isWordyIdentifier(value)) return identifierIsSecret(value, kind, targetWords);
  const profile = characterProfile(value);
  // Typed-by-hand runs ('abc123xyz', 'AbC123dEf456…') are stand-ins; random keys almost never
  // contain three consecutive characters.
  if (sequentialRatio(value) >= 0.5) return false;
  // Only digits and punctuation ('12-34-56', '1.5.0-rc'): a number or version, not a secret.
  if (profile.lower + profile.upper + profile.nonAscii === 0) return kind === 'password' && profile.digits >= 6;
  return true;
}
