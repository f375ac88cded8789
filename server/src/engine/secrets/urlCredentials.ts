// Credentials embedded in URLs (`postgres://admin:s3cr3t@db:5432/app`), in the userinfo of a
// URL (`https://<token>@github.com/…`), in ADO-style connection strings
// (`Server=…;Password=…`) and in query parameters (`?api_key=…`). Judged on the text of one
// literal.
import { isObviousExample, isPlaceholder } from './placeholders';
import { looksRandom } from './entropy';
import { secretName } from './secretNames';
import { maskSecret } from '../analysis/mask';
import { ownEntry } from '../analysis/ownEntry';

export interface EmbeddedCredential {
  /** What was found, for messages: 'URL with an embedded password'. */
  kind: string;
  /** The value with the secret part replaced by '…', safe to show. */
  masked: string;
  /** The secret part itself (never shown; used to judge it). */
  secret: string;
  /** URL scheme (lower-case) when it is a URL: 'postgres', 'redis', 'https'. */
  scheme: string | undefined;
  /**
   * Only part of the value is the secret (a header or flag inside a command line): the
   * variable to read it from, and no automatic fix (the command is not ours to rewrite).
   */
  partialEnvName?: string;
}

/** Passwords that are the documented defaults of dev images, or the user name again. */
const DEFAULT_PASSWORDS = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'root', 'admin', 'administrator', 'guest', 'user', 'username', 'password', 'pass', 'passwd', 'pwd', 'secret', 'test', 'changeme', 'default', 'redis', 'mongo', 'mongodb', 'rabbitmq', 'dev', 'local', 'sa', 'oracle', 'example']);

/** Host names that say the whole URL is an example. */
const EXAMPLE_HOST = /(^|\.)(example|sample|domain|yourdomain|your-domain|mydomain)\.(com|org|net|io)$|^(host|hostname|your[-_]?host|server|myhost|db-host|dbhost)$|^</i;

/** Marks in a password that it is filled in elsewhere: `${DB_PASSWORD}`, `%s`, `:password`, `$PASS`. */
function isSubstitution(value: string): boolean {
  return /\$\{|\{\{|%[sd]|^:[A-Za-z_]|^\$[A-Za-z_]|^\{[A-Za-z_]|\u2026/.test(value);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * True when `password` (from a URL or connection string) is a credential: not empty, not a
 * placeholder or substitution, not a dev-image default, not the user name repeated.
 */
export function isRealPassword(password: string, user: string | undefined): boolean {
  const decoded = safeDecode(password);
  if (decoded.length < 3) return false;
  if (isPlaceholder(decoded) || isSubstitution(decoded) || isObviousExample(decoded)) return false;
  const lower = decoded.toLowerCase();
  if (DEFAULT_PASSWORDS.has(lower)) return false;
  if (user !== undefined && lower === safeDecode(user).toLowerCase()) return false;
  return true;
}

const URL_PATTERN = /\b([a-z][a-z0-9+.-]{1,30}):\/\/([^\s/?#'"`<>]+)/gi;

/**
 * The first URL in `text` whose userinfo carries a password (`scheme://user:password@host`)
 * or a token as the user (`https://<random 20+ chars>@host`). Interpolated or placeholder
 * passwords do not count.
 */
export function findUrlCredentials(text: string): EmbeddedCredential | undefined {
  if (!text.includes('://') || !text.includes('@')) return undefined;
  URL_PATTERN.lastIndex = 0;
  for (let match = URL_PATTERN.exec(text); match; match = URL_PATTERN.exec(text)) {
    const scheme = match[1]!.toLowerCase();
    const authority = match[2]!;
    const at = authority.lastIndexOf('@');
    if (at <= 0) continue;
    const userinfo = authority.slice(0, at);
    const host = authority.slice(at + 1).replace(/:\d*$/, '');
    // An interpolated host (`@${host}`) is fine: the password is still literal.
    if (host.length === 0 || EXAMPLE_HOST.test(host)) continue;
    const colon = userinfo.indexOf(':');
    const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
    const password = colon === -1 ? undefined : userinfo.slice(colon + 1);
    const hostPart = authority.slice(at + 1);
    if (password !== undefined && password !== 'x-oauth-basic' && password.length > 0) {
      if (!isRealPassword(password, user)) continue;
      return { kind: 'URL with an embedded password', masked: `${scheme}://${user}:…@${hostPart}`, secret: safeDecode(password), scheme };
    }
    // A token in the user position: https://ghp_…@github.com, https://<token>:x-oauth-basic@…
    const decodedUser = safeDecode(user);
    if (looksRandom(decodedUser, 20) && !isPlaceholder(decodedUser) && !isSubstitution(decodedUser)) {
      return { kind: 'URL with an embedded token', masked: `${scheme}://…@${hostPart}`, secret: decodedUser, scheme };
    }
  }
  return undefined;
}

const KEY_VALUE_PASSWORD = /(?:^|;)\s*(password|pwd|accountkey|sharedaccesskey)\s*=\s*("[^"]*"|'[^']*'|[^;]*)/i;
const KEY_VALUE_USER = /(?:^|;)\s*(?:user id|userid|uid|user|username)\s*=\s*([^;]*)/i;

/** `Server=db;User Id=app;Password=s3cr3t;` (SQL Server / ODBC / Azure connection strings). */
export function findConnectionStringPassword(text: string): EmbeddedCredential | undefined {
  if (!text.includes('=') || !text.includes(';')) return undefined;
  const match = KEY_VALUE_PASSWORD.exec(text);
  if (!match) return undefined;
  const password = match[2]!.trim().replace(/^["']|["']$/g, '');
  const user = KEY_VALUE_USER.exec(text)?.[1]?.trim();
  if (!isRealPassword(password, user)) return undefined;
  const masked = text.slice(0, match.index + match[0].length - match[2]!.length) + '…';
  return { kind: 'connection string with an embedded password', masked, secret: password, scheme: undefined };
}

/** `https://api.example.org/v1?api_key=<random>`: a secret-named query parameter with a credential value. */
export function findQueryCredential(text: string): EmbeddedCredential | undefined {
  const question = text.indexOf('?');
  if (question === -1 || !text.includes('://')) return undefined;
  const query = text.slice(question + 1).split('#')[0]!;
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = safeDecode(pair.slice(0, equals));
    const value = safeDecode(pair.slice(equals + 1));
    const secret = secretName(name);
    if (!secret || secret.kind === 'dsn') continue;
    if (isPlaceholder(value) || isSubstitution(value) || !looksRandom(value, 16)) continue;
    return { kind: `URL with a ${name} parameter`, masked: `${text.slice(0, question + 1 + query.indexOf(pair) + equals + 1)}…`, secret: value, scheme: /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase() };
  }
  return undefined;
}

const HEADER_LINE = /(?:^|[\s"'`])([A-Za-z][A-Za-z0-9-]{1,40})\s*:\s*(?:(?:Bearer|Basic|token|Token|Bot)\s+)?([A-Za-z0-9._~+/=-]{16,})/g;

/**
 * A header written into a command or request string: `curl -H "Authorization: Bearer <t>"`,
 * `'X-Api-Key: <k>'`. The header name must be a secret's name and the value random.
 */
export function findHeaderCredential(text: string): EmbeddedCredential | undefined {
  if (!text.includes(':')) return undefined;
  HEADER_LINE.lastIndex = 0;
  for (let match = HEADER_LINE.exec(text); match; match = HEADER_LINE.exec(text)) {
    const name = match[1]!;
    const value = match[2]!;
    if (!secretName(name) || isPlaceholder(value) || isSubstitution(value) || !looksRandom(value, 16)) continue;
    return { kind: `${name} header value`, masked: `${name}: ${maskSecret(value)}`, secret: value, scheme: undefined, partialEnvName: /key/i.test(name) ? 'API_KEY' : 'API_TOKEN' };
  }
  return undefined;
}

const FLAG_ENV_NAMES: Readonly<Record<string, string>> = {
  password: 'PASSWORD',
  passwd: 'PASSWORD',
  pass: 'PASSWORD',
  requirepass: 'REDIS_PASSWORD',
  masterauth: 'REDIS_PASSWORD',
  token: 'API_TOKEN',
  'auth-token': 'AUTH_TOKEN',
  'access-token': 'ACCESS_TOKEN',
  'api-key': 'API_KEY',
  apikey: 'API_KEY',
  secret: 'SECRET',
  'client-secret': 'CLIENT_SECRET',
};

const SECRET_FLAG = /(?:^|\s)--(password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token|access-token|requirepass|masterauth)(?:=|\s+)(["']?)([^\s"']+)\2/g;

/** A secret passed on a command line: `redis-server --requirepass <pw>`, `vercel --token <t>`, `--password=<pw>`. */
export function findCommandLineCredential(text: string): EmbeddedCredential | undefined {
  if (!text.includes('--')) return undefined;
  SECRET_FLAG.lastIndex = 0;
  for (let match = SECRET_FLAG.exec(text); match; match = SECRET_FLAG.exec(text)) {
    const flag = match[1]!;
    const value = match[3]!;
    if (value.startsWith('-') || !isRealPassword(value, undefined) || value.length < 6) continue;
    if (/^[A-Z][A-Z0-9_]*$/.test(value) || /^\$|^%|^</.test(value)) continue;
    if (!/[0-9]/.test(value) && !/[^A-Za-z]/.test(value) && !looksRandom(value, 12)) continue;
    return { kind: `--${flag} command-line value`, masked: `--${flag} ${maskSecret(value)}`, secret: value, scheme: undefined, partialEnvName: ownEntry(FLAG_ENV_NAMES, flag) ?? 'SECRET' };
  }
  return undefined;
}

/** Any embedded credential in a single literal's text. */
export function findEmbeddedCredential(text: string): EmbeddedCredential | undefined {
  return findUrlCredentials(text) ?? findConnectionStringPassword(text) ?? findQueryCredential(text) ?? findHeaderCredential(text) ?? findCommandLineCredential(text);
}
