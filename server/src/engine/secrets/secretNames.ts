// Is a name (variable, property, key, env var, header) the name of a secret?
//
// Names are compounds read head-last, as in English: `passwordField` is a field,
// `tokenType` a type, `authUrl` a URL, `maxTokens` a count — only the last meaningful word
// says what the value IS. So the decision looks at the head word (after dropping
// qualifiers such as `Prod`, `Value`, `Confirm`), and at the word before it when the head
// alone is ambiguous (`apiKey` yes, `cacheKey` no; `accessToken` yes, `nextPageToken` no).
import { identifierWords } from '../analysis/names';

export type SecretNameKind = 'password' | 'secret' | 'token' | 'apiKey' | 'privateKey' | 'auth' | 'credentials' | 'dsn' | 'salt';

export interface SecretName {
  readonly kind: SecretNameKind;
  /** The name's words, lower-case (after splitting glued compounds like `apikey`). */
  readonly words: readonly string[];
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pswd', 'passphrase', 'passcode', 'passwort', 'pw']);
const SECRET_WORDS = new Set(['secret', 'secrets']);
const CREDENTIAL_WORDS = new Set(['credential', 'credentials', 'creds', 'cred']);
const SALT_WORDS = new Set(['salt', 'pepper']);

/** Words after the head that do not change what the value is (`JWT_SECRET_PROD`, `passwordConfirm`). */
const TRANSPARENT_SUFFIXES = new Set([
  'value',
  'val',
  'raw',
  'plain',
  'plaintext',
  'str',
  'string',
  'literal',
  'b64',
  'base64',
  'hex',
  'encoded',
  'prod',
  'production',
  'dev',
  'development',
  'staging',
  'stage',
  'test',
  'testing',
  'local',
  'live',
  'sandbox',
  'default',
  'fallback',
  'override',
  'old',
  'new',
  'current',
  'confirm',
  'confirmation',
  'confirmed',
  'again',
  'repeat',
  'retype',
  'verify',
  'base',
  'v1',
  'v2',
  'v3',
  'primary',
  'secondary',
  'main',
]);

/** Words before `key`/`keys` that make it a credential (`apiKey`, `secretOrKey`, `signingKey`). */
const KEY_QUALIFIERS = new Set([
  'api',
  'secret',
  'private',
  'priv',
  'access',
  'signing',
  'sign',
  'signature',
  'encryption',
  'encrypt',
  'decryption',
  'decrypt',
  'crypto',
  'cipher',
  'aes',
  'hmac',
  'jwt',
  'jws',
  'jwe',
  'master',
  'app',
  'auth',
  'service',
  'server',
  'admin',
  'subscription',
  'consumer',
  'webhook',
  'session',
  'cookie',
  'shared',
  'symmetric',
  'root',
  'account',
  'deploy',
  'developer',
  'ssh',
  'tls',
  'ssl',
  'gpg',
  'pgp',
  'rsa',
  'ec',
  'ed25519',
]);

/** Words before `token` that make it something other than a credential. */
const NON_CREDENTIAL_TOKEN_QUALIFIERS = new Set([
  'next',
  'page',
  'continuation',
  'cursor',
  'pagination',
  'sync',
  'cancel',
  'cancellation',
  'csrf',
  'xsrf',
  'lexer',
  'parser',
  'syntax',
  'design',
  'color',
  'colour',
  'theme',
  'style',
  'device',
  'push',
  'fcm',
  'apns',
  'registration',
  'notification',
  'idempotency',
  'request',
  'trace',
  'correlation',
  'nonce',
  'state',
  'invite',
  'invitation',
  'verification',
  'reset',
  'confirmation',
  'magic',
  'unsubscribe',
  'max',
  'min',
  'total',
  'input',
  'output',
  'prompt',
  'completion',
  'special',
  'eos',
  'bos',
  'pad',
  'unk',
  'mask',
  'sep',
  'cls',
  'end',
  'start',
  'test',
  'mock',
  'fake',
  'dummy',
  'form',
]);

/** Words before `pass` for which it means a password (`dbPass`, `smtpPass`), not a boarding pass or a render pass. */
const PASS_QUALIFIERS = new Set([
  'db',
  'database',
  'user',
  'smtp',
  'mail',
  'email',
  'admin',
  'root',
  'redis',
  'mysql',
  'postgres',
  'pg',
  'mongo',
  'mongodb',
  'ftp',
  'sftp',
  'ssh',
  'proxy',
  'auth',
  'app',
  'api',
  'rabbit',
  'rabbitmq',
  'amqp',
  'ldap',
  'bind',
  'account',
  'login',
  'server',
  'service',
  'client',
  'basic',
  'http',
  'my',
  'master',
  'keystore',
  'store',
  'key',
  'vault',
  'registry',
  'docker',
  'npm',
  'git',
  'imap',
  'pop',
  'sasl',
]);

/** Leading words that make a name a function, flag or action rather than a value holder. */
const ACTION_PREFIXES = new Set([
  'get',
  'set',
  'use',
  'has',
  'is',
  'show',
  'hide',
  'toggle',
  'validate',
  'check',
  'verify',
  'hash',
  'hashed',
  'encrypt',
  'encrypted',
  'decrypt',
  'generate',
  'generated',
  'create',
  'reset',
  'forgot',
  'forget',
  'change',
  'update',
  'remove',
  'delete',
  'clear',
  'save',
  'load',
  'fetch',
  'request',
  'send',
  'enter',
  'input',
  'type',
  'mask',
  'masked',
  'with',
  'on',
  'handle',
  'should',
  'can',
  'must',
  'require',
  'requires',
  'needs',
  'allow',
  'enable',
  'disable',
  'no',
  'without',
  'invalid',
  'wrong',
  'missing',
  'expired',
  'parse',
  'read',
  'write',
  'find',
  'lookup',
  'rotate',
  'revoke',
  'issue',
  'extract',
  'decode',
  'encode',
  'public',
  'publishable',
  'min',
  'max',
  'num',
  'count',
  'total',
  'last',
  'first',
  // `existingSecret: my-secret` (Helm), `externalSecret`: the name of a secret object elsewhere.
  'existing',
  'external',
]);

/** Glued compounds seen in lower-case keys (`apikey`, `dbpassword`, `accesstoken`). */
const GLUED_SUFFIXES: ReadonlyArray<[suffix: string, minPrefix: number]> = [
  ['password', 1],
  ['passwd', 1],
  ['passphrase', 1],
  ['secret', 2],
  ['token', 2],
  ['apikey', 0],
  ['pwd', 2],
  ['dsn', 2],
];
const GLUED_KEY_PREFIXES = ['api', 'secret', 'private', 'access', 'signing', 'encryption', 'master', 'app', 'client', 'auth', 'service', 'admin', 'subscription', 'consumer', 'session', 'jwt', 'hmac'];

/** Words that are whole secret words when they stand alone. */
const STANDALONE_WORDS = new Set([...PASSWORD_WORDS, ...SECRET_WORDS, ...CREDENTIAL_WORDS, ...SALT_WORDS, 'token', 'apikey', 'dsn', 'auth', 'authorization', 'pass', 'key', 'keys', 'tokens', 'bearer']);

function splitGlued(word: string): string[] {
  if (STANDALONE_WORDS.has(word)) return [word];
  for (const [suffix, minPrefix] of GLUED_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= Math.max(minPrefix, 1)) {
      const prefix = word.slice(0, word.length - suffix.length);
      if (suffix === 'apikey') return [...splitGlued(prefix), 'api', 'key'];
      // `secretary`-like false splits cannot happen: the suffix must end the word.
      return [...splitGlued(prefix), suffix];
    }
  }
  if (word.endsWith('key') && word.length > 3) {
    const prefix = word.slice(0, -3);
    if (GLUED_KEY_PREFIXES.includes(prefix)) return [prefix, 'key'];
  }
  if (word.endsWith('keys') && word.length > 4) {
    const prefix = word.slice(0, -4);
    if (GLUED_KEY_PREFIXES.includes(prefix)) return [prefix, 'keys'];
  }
  return [word];
}

/** The lower-case words of a name, glued compounds split (`DBPASSWORD` → db, password). */
export function secretNameWords(name: string): string[] {
  return identifierWords(name).flatMap(splitGlued);
}

/**
 * The kind of secret a name holds, or undefined when the name is not a secret's name.
 * `password`, `DB_PASSWORD`, `clientSecret`, `apiKey`, `x-api-key`, `GITHUB_TOKEN`,
 * `secretOrKey`, `SENTRY_DSN`, `salt`, `Authorization` are; `passwordField`, `tokenizer`,
 * `authorName`, `secretaryName`, `maxTokens`, `tokenType`, `authUrl`,
 * `passwordMinLength`, `publicKey`, `cacheKey`, `nextPageToken` are not.
 */
export function secretNameKind(name: string): SecretNameKind | undefined {
  return secretName(name)?.kind;
}

/**
 * Answers by name: every string literal asks about the name of what it is assigned or passed to
 * (`info`, `get`, `headers`…), and those names repeat across literals and files. Bounded:
 * emptied when full. A shared answer's `words` must not be changed by callers.
 */
const secretNameByName = new Map<string, SecretName | null>();
const SECRET_NAME_MEMO_LIMIT = 4096;

export function secretName(name: string): SecretName | undefined {
  let answer = secretNameByName.get(name);
  if (answer === undefined) {
    if (secretNameByName.size >= SECRET_NAME_MEMO_LIMIT) secretNameByName.clear();
    answer = computeSecretName(name) ?? null;
    secretNameByName.set(name, answer);
  }
  return answer ?? undefined;
}

function computeSecretName(name: string): SecretName | undefined {
  const words = secretNameWords(name);
  if (words.length === 0) return undefined;
  if (ACTION_PREFIXES.has(words[0]!) && words.length > 1) return undefined;
  if (words.includes('public') || words.includes('publishable')) return undefined;
  let end = words.length;
  while (end > 1 && (TRANSPARENT_SUFFIXES.has(words[end - 1]!) || /^\d+$/.test(words[end - 1]!))) end--;
  const head = words[end - 1]!;
  const before = words.slice(0, end - 1);
  const previous = before[before.length - 1];
  const kind = kindOfHead(head, previous, before);
  return kind ? { kind, words } : undefined;
}

function kindOfHead(head: string, previous: string | undefined, before: readonly string[]): SecretNameKind | undefined {
  if (PASSWORD_WORDS.has(head)) return 'password';
  if (head === 'pass') return previous === undefined || PASS_QUALIFIERS.has(previous) ? 'password' : undefined;
  if (SECRET_WORDS.has(head)) return 'secret';
  if (SALT_WORDS.has(head)) return 'salt';
  if (head === 'dsn') return 'dsn';
  if (CREDENTIAL_WORDS.has(head)) return 'credentials';
  if (head === 'auth' || head === 'authorization' || head === 'bearer') return 'auth';
  if (head === 'apikey') return 'apiKey';
  if (head === 'token' || head === 'tokens') {
    if (previous !== undefined && NON_CREDENTIAL_TOKEN_QUALIFIERS.has(previous)) return undefined;
    // Plural `tokens` alone is usually design tokens or LLM token counts.
    if (head === 'tokens' && previous === undefined) return undefined;
    return 'token';
  }
  if (head === 'key' || head === 'keys') {
    // `tokenKey`, `passwordKey`, `TOKEN_STORAGE_KEY`: where a secret is stored, not the secret.
    const qualifiers = before;
    if (!qualifiers.some((word) => KEY_QUALIFIERS.has(word))) return undefined;
    if (qualifiers.includes('private') || qualifiers.includes('priv') || qualifiers.includes('ssh') || qualifiers.includes('rsa') || qualifiers.includes('tls') || qualifiers.includes('ssl')) return 'privateKey';
    if (qualifiers.includes('api')) return 'apiKey';
    return 'secret';
  }
  return undefined;
}

/** Short human label for a secret kind, for messages. */
export function secretKindLabel(kind: SecretNameKind): string {
  switch (kind) {
    case 'password':
      return 'password';
    case 'secret':
      return 'secret';
    case 'token':
      return 'token';
    case 'apiKey':
      return 'API key';
    case 'privateKey':
      return 'private key';
    case 'auth':
      return 'credential';
    case 'credentials':
      return 'credential';
    case 'dsn':
      return 'DSN';
    case 'salt':
      return 'salt';
  }
}
