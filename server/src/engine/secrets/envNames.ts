// The environment variable a hardcoded secret should move to. Derived from the target's name
// (`stripeApiKey` → STRIPE_API_KEY), prefixed with what the name alone does not say (the
// provider, or the enclosing config object: `db: { password }` → DB_PASSWORD).
import { toEnvVarName } from '../analysis/names';
import { secretNameWords } from './secretNames';
import { ownEntry } from '../analysis/ownEntry';

/** Words that say "a secret" without saying whose. */
const GENERIC_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'key',
  'keys',
  'api',
  'apikey',
  'access',
  'auth',
  'authorization',
  'credentials',
  'credential',
  'creds',
  'dsn',
  'salt',
  'private',
  'bearer',
  'value',
  'x',
  'the',
  'my',
  'or',
  'url',
  'uri',
  'connection',
  'string',
  'conn',
]);

/** Words of containers that add nothing to a name (`config.db.password` → db). */
const CONTAINER_NOISE = new Set([
  'config',
  'configuration',
  'conf',
  'cfg',
  'options',
  'option',
  'opts',
  'settings',
  'setting',
  'params',
  'props',
  'env',
  'environment',
  'default',
  'defaults',
  'exports',
  'module',
  'credentials',
  'creds',
  'auth',
  'secrets',
  'keys',
  'headers',
  'header',
  'data',
  'init',
  'create',
  'new',
  'get',
  'set',
  'this',
  'app',
  'use',
  'with',
  'client',
  'connection',
  'connect',
  'instance',
  'production',
  'development',
  'staging',
  'prod',
  'dev',
  'test',
  'local',
  'common',
  'base',
  'shared',
  'global',
  'values',
  'process',
  'req',
  'res',
  'request',
  'response',
  'body',
  'query',
  'ctx',
  'common',
  'defaults',
  // HTTP clients say nothing about whose token it is.
  'axios',
  'fetch',
  'got',
  'ky',
  'superagent',
  'http',
  'https',
]);

/** Conventional env var names by URL scheme, for URLs assigned to generic names. */
const URL_ENV_BY_SCHEME: Readonly<Record<string, string>> = {
  postgres: 'DATABASE_URL',
  postgresql: 'DATABASE_URL',
  mysql: 'DATABASE_URL',
  mariadb: 'DATABASE_URL',
  mssql: 'DATABASE_URL',
  sqlserver: 'DATABASE_URL',
  mongodb: 'MONGODB_URI',
  'mongodb+srv': 'MONGODB_URI',
  redis: 'REDIS_URL',
  rediss: 'REDIS_URL',
  amqp: 'AMQP_URL',
  amqps: 'AMQP_URL',
  smtp: 'SMTP_URL',
  smtps: 'SMTP_URL',
  nats: 'NATS_URL',
  ftp: 'FTP_URL',
  sftp: 'SFTP_URL',
  ldap: 'LDAP_URL',
  ldaps: 'LDAP_URL',
  cloudinary: 'CLOUDINARY_URL',
};

export function urlEnvName(scheme: string | undefined): string {
  return (scheme && ownEntry(URL_ENV_BY_SCHEME, scheme)) ?? 'SERVICE_URL';
}

/** Meaningful words of container names, nearest first, at most two. */
export function contextPrefixWords(containerNames: readonly string[]): string[] {
  const words: string[] = [];
  for (const name of containerNames) {
    const meaningful = secretNameWords(name).filter((word) => word.length > 1 && !CONTAINER_NOISE.has(word) && !GENERIC_WORDS.has(word) && !/^\d+$/.test(word));
    if (meaningful.length > 0) {
      words.unshift(...meaningful.slice(-2));
      break;
    }
  }
  return words;
}

export interface EnvNameInput {
  /** The target's name (`stripeApiKey`, `password`, `Authorization`), if there is one. */
  targetName?: string | undefined;
  /** Names of enclosing containers, nearest first (`['db', 'config']`). */
  containerNames?: readonly string[];
  /** The provider's prefix and conventional name, for provider-format tokens. */
  providerPrefix?: string | undefined;
  providerEnvName?: string | undefined;
  /** Used when nothing better is known (`DATABASE_URL` from a URL scheme, `SECRET`). */
  fallback: string;
}

const ENV_STYLE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** The environment variable name for a secret moved out of the code. */
export function envNameFor(input: EnvNameInput): string {
  const { containerNames = [], providerPrefix, providerEnvName, fallback } = input;
  // 'process.env.API_KEY' (webpack DefinePlugin keys) names API_KEY.
  const dotted = input.targetName?.split('.');
  if (dotted && dotted.length > 1 && dotted.includes('env') && ENV_STYLE.test(dotted[dotted.length - 1]!)) return dotted[dotted.length - 1]!;
  const targetName = input.targetName;
  if (targetName === undefined || secretNameWords(targetName).length === 0) return providerEnvName ?? prefixed(contextPrefixWords(containerNames), fallback);
  const words = secretNameWords(targetName).filter((word) => word !== 'the' && word !== 'my');
  const isGeneric = words.every((word) => GENERIC_WORDS.has(word));
  if (!isGeneric) return ENV_STYLE.test(targetName) ? targetName : toEnvVarName(words.join('_'));
  // `token: 'ghp_…'` → GITHUB_TOKEN, `secret: 'sk_live_…'` → STRIPE_SECRET_KEY.
  if (providerEnvName && words.length === 1) return providerEnvName;
  if (providerPrefix) {
    // `apiKey` with an OpenAI key is OPENAI_API_KEY.
    return toEnvVarName([...providerPrefix.toLowerCase().split('_'), ...words].join('_'));
  }
  // An `Authorization` header holds a token for some API.
  if (words.every((word) => word === 'authorization' || word === 'auth' || word === 'bearer')) return prefixed(contextPrefixWords(containerNames), 'API_TOKEN');
  const context = contextPrefixWords(containerNames);
  if (context.length > 0) return toEnvVarName([...context, ...words].join('_'));
  return ENV_STYLE.test(targetName) ? targetName : toEnvVarName(words.join('_'));
}

function prefixed(context: readonly string[], fallback: string): string {
  if (context.length === 0) return fallback;
  // A URL fallback already names its service: keep it.
  if (fallback.endsWith('_URL') || fallback.endsWith('_URI')) return fallback;
  return toEnvVarName([...context, fallback.toLowerCase()].join('_'));
}
