// What a backing service's location looks like, in code and in YAML: connection URLs by
// scheme, host names, `host:port` lists, the client libraries that take them, and the names
// (variables, keys, env vars) that hold them. Shared by backing-services/hardcoded-url and
// dev-prod-parity/divergent-backing-service.
import { identifierWords } from './names';
import { maskSecret } from './mask';

/** A family of backing service, with the env var names a fix should introduce. */
export interface ServiceInfo {
  /** For messages: 'PostgreSQL', 'Redis'… */
  label: string;
  /** Prefix for HOST/PORT variables: DB_HOST, REDIS_PORT. */
  prefix: string;
  /** The variable a whole connection URL goes into: DATABASE_URL, REDIS_URL. */
  urlVariable: string;
}

export type ServiceKey =
  | 'database'
  | 'mongo'
  | 'redis'
  | 'amqp'
  | 'kafka'
  | 'nats'
  | 'smtp'
  | 'memcached'
  | 's3'
  | 'aws'
  | 'elasticsearch'
  | 'cassandra'
  | 'neo4j'
  | 'mqtt'
  | 'couchbase'
  | 'pulsar'
  | 'ldap'
  | 'broker'
  | 'generic';

export const SERVICES: Readonly<Record<ServiceKey, ServiceInfo>> = {
  database: { label: 'database', prefix: 'DB', urlVariable: 'DATABASE_URL' },
  mongo: { label: 'MongoDB', prefix: 'MONGODB', urlVariable: 'MONGODB_URL' },
  redis: { label: 'Redis', prefix: 'REDIS', urlVariable: 'REDIS_URL' },
  amqp: { label: 'AMQP broker', prefix: 'AMQP', urlVariable: 'AMQP_URL' },
  kafka: { label: 'Kafka', prefix: 'KAFKA', urlVariable: 'KAFKA_BROKERS' },
  nats: { label: 'NATS', prefix: 'NATS', urlVariable: 'NATS_URL' },
  smtp: { label: 'SMTP server', prefix: 'SMTP', urlVariable: 'SMTP_URL' },
  memcached: { label: 'Memcached', prefix: 'MEMCACHED', urlVariable: 'MEMCACHED_SERVERS' },
  s3: { label: 'S3', prefix: 'S3', urlVariable: 'S3_ENDPOINT' },
  aws: { label: 'AWS service', prefix: 'AWS', urlVariable: 'AWS_ENDPOINT_URL' },
  elasticsearch: { label: 'Elasticsearch', prefix: 'ELASTICSEARCH', urlVariable: 'ELASTICSEARCH_URL' },
  cassandra: { label: 'Cassandra', prefix: 'CASSANDRA', urlVariable: 'CASSANDRA_CONTACT_POINTS' },
  neo4j: { label: 'Neo4j', prefix: 'NEO4J', urlVariable: 'NEO4J_URL' },
  mqtt: { label: 'MQTT broker', prefix: 'MQTT', urlVariable: 'MQTT_URL' },
  couchbase: { label: 'Couchbase', prefix: 'COUCHBASE', urlVariable: 'COUCHBASE_URL' },
  pulsar: { label: 'Pulsar', prefix: 'PULSAR', urlVariable: 'PULSAR_URL' },
  ldap: { label: 'LDAP server', prefix: 'LDAP', urlVariable: 'LDAP_URL' },
  broker: { label: 'message broker', prefix: 'BROKER', urlVariable: 'BROKER_URL' },
  generic: { label: 'backing service', prefix: 'SERVICE', urlVariable: 'SERVICE_URL' },
};

/** URL schemes that only ever name a backing service (never a web page). */
const SCHEME_SERVICES: ReadonlyMap<string, ServiceKey> = new Map([
  ...['postgres', 'postgresql', 'postgis', 'mysql', 'mysqlx', 'mariadb', 'mssql', 'sqlserver', 'cockroachdb', 'cockroach', 'oracle', 'clickhouse', 'tidb'].map((scheme) => [scheme, 'database'] as const),
  ...['mongodb', 'mongodb+srv', 'mongo'].map((scheme) => [scheme, 'mongo'] as const),
  ...['redis', 'rediss', 'redis+sentinel', 'redis-sentinel', 'valkey', 'valkeys'].map((scheme) => [scheme, 'redis'] as const),
  ...['amqp', 'amqps'].map((scheme) => [scheme, 'amqp'] as const),
  ['kafka', 'kafka'],
  ['nats', 'nats'],
  ...['smtp', 'smtps'].map((scheme) => [scheme, 'smtp'] as const),
  ...['memcached', 'memcache'].map((scheme) => [scheme, 'memcached'] as const),
  ['s3', 's3'],
  ...['mqtt', 'mqtts'].map((scheme) => [scheme, 'mqtt'] as const),
  ...['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'].map((scheme) => [scheme, 'neo4j'] as const),
  ...['couchbase', 'couchbases'].map((scheme) => [scheme, 'couchbase'] as const),
  ...['pulsar', 'pulsar+ssl'].map((scheme) => [scheme, 'pulsar'] as const),
  ...['ldap', 'ldaps'].map((scheme) => [scheme, 'ldap'] as const),
]);

export function serviceOfScheme(scheme: string): ServiceKey | undefined {
  return SCHEME_SERVICES.get(scheme.toLowerCase());
}

/** Client libraries whose constructors / factories take a backing service's location. */
const CLIENT_MODULES: ReadonlyMap<string, ServiceKey> = new Map([
  ...[
    'pg',
    'pg-pool',
    'pg-promise',
    'pg-native',
    'postgres',
    '@neondatabase/serverless',
    '@vercel/postgres',
    'slonik',
    'mysql',
    'mysql2',
    'mysql2/promise',
    'mariadb',
    'mssql',
    'tedious',
    'oracledb',
    'sequelize',
    'sequelize-typescript',
    'knex',
    'typeorm',
    '@nestjs/typeorm',
    '@nestjs/sequelize',
    'drizzle-kit',
    '@prisma/client',
    'kysely',
    'objection',
    'bookshelf',
    'massive',
  ].map((module) => [module, 'database'] as const),
  ...['mongoose', 'mongodb', '@nestjs/mongoose', 'connect-mongo', 'agenda', 'monk', '@typegoose/typegoose'].map((module) => [module, 'mongo'] as const),
  ...[
    'ioredis',
    'redis',
    '@redis/client',
    'bull',
    'bullmq',
    'bee-queue',
    'kue',
    'connect-redis',
    'cache-manager-redis-store',
    'cache-manager-ioredis',
    'cache-manager-ioredis-yet',
    'cache-manager-redis-yet',
    '@nestjs/bull',
    '@nestjs/bullmq',
    '@keyv/redis',
    'rate-limit-redis',
    'socket.io-redis',
    '@socket.io/redis-adapter',
  ].map((module) => [module, 'redis'] as const),
  ...['amqplib', 'amqplib/callback_api', 'amqp-connection-manager', 'rascal', 'amqp', '@golevelup/nestjs-rabbitmq'].map((module) => [module, 'amqp'] as const),
  ...['kafkajs', 'node-rdkafka', '@confluentinc/kafka-javascript', 'kafka-node'].map((module) => [module, 'kafka'] as const),
  ['nats', 'nats'],
  ...['nodemailer', 'nodemailer-smtp-transport', 'emailjs'].map((module) => [module, 'smtp'] as const),
  ...['memcached', 'memjs'].map((module) => [module, 'memcached'] as const),
  ...['minio', '@aws-sdk/client-s3', '@aws-sdk/lib-storage', 'multer-s3'].map((module) => [module, 's3'] as const),
  ['aws-sdk', 'aws'],
  ...['@elastic/elasticsearch', 'elasticsearch', '@opensearch-project/opensearch'].map((module) => [module, 'elasticsearch'] as const),
  ['cassandra-driver', 'cassandra'],
  ['neo4j-driver', 'neo4j'],
  ['mqtt', 'mqtt'],
  ['couchbase', 'couchbase'],
  ['pulsar-client', 'pulsar'],
  ['@nestjs/microservices', 'broker'],
]);

/** The backing service a module's exports connect to, if it is a client library. */
export function serviceOfModule(module: string, path: readonly string[] = []): ServiceKey | undefined {
  const direct = CLIENT_MODULES.get(module);
  if (direct === 'aws') return path.some((segment) => /^S3/.test(segment)) ? 's3' : 'aws';
  if (direct) return direct;
  if (module.startsWith('@aws-sdk/client-')) return module === '@aws-sdk/client-s3' ? 's3' : 'aws';
  if (module.startsWith('@mikro-orm/')) return module.endsWith('mongodb') ? 'mongo' : 'database';
  if (module.startsWith('drizzle-orm')) return 'database';
  return undefined;
}

/** Words that, in a variable / key / env var name, say it is about a backing service. */
const SERVICE_WORDS: ReadonlyMap<string, ServiceKey> = new Map([
  ...['db', 'database', 'databases', 'datasource', 'pg', 'postgres', 'postgresql', 'psql', 'mysql', 'mariadb', 'mssql', 'sql', 'oracle', 'cockroach', 'sequelize', 'knex', 'typeorm', 'prisma'].map((word) => [word, 'database'] as const),
  ...['mongo', 'mongodb', 'mongoose'].map((word) => [word, 'mongo'] as const),
  ...['redis', 'ioredis', 'sentinel', 'sentinels', 'valkey', 'cache'].map((word) => [word, 'redis'] as const),
  ...['amqp', 'rabbit', 'rabbitmq', 'mq'].map((word) => [word, 'amqp'] as const),
  ...['kafka'].map((word) => [word, 'kafka'] as const),
  ['nats', 'nats'],
  ...['smtp', 'mail', 'mailer', 'email', 'mailserver'].map((word) => [word, 'smtp'] as const),
  ...['memcached', 'memcache', 'memjs'].map((word) => [word, 'memcached'] as const),
  ...['s3', 'minio', 'bucket', 'spaces', 'r2'].map((word) => [word, 's3'] as const),
  ...['aws', 'dynamo', 'dynamodb', 'sqs', 'sns', 'localstack'].map((word) => [word, 'aws'] as const),
  ...['elasticsearch', 'elastic', 'es', 'opensearch'].map((word) => [word, 'elasticsearch'] as const),
  ...['cassandra', 'scylla'].map((word) => [word, 'cassandra'] as const),
  ...['neo4j', 'bolt'].map((word) => [word, 'neo4j'] as const),
  ['mqtt', 'mqtt'],
  ['couchbase', 'couchbase'],
  ['pulsar', 'pulsar'],
  ['ldap', 'ldap'],
  ...['broker', 'brokers', 'queue', 'bull'].map((word) => [word, 'broker'] as const),
]);

/** Words that say which part of a location a name holds (see locationRoleOfName). */
const ROLE_WORD_SET: ReadonlySet<string> = new Set(['url', 'uri', 'urls', 'dsn', 'host', 'hostname', 'server', 'address', 'addr', 'node', 'hosts', 'servers', 'nodes', 'cluster', 'seeds', 'endpoint', 'endpoints', 'brokers', 'broker', 'port']);

/**
 * The service a name is about: `redisHost` → redis, `DATABASE_URL` → database, `kafkaBrokers`
 * → kafka. The role word at the end does not count (`brokers` alone names no service).
 */
export function serviceOfName(name: string): ServiceKey | undefined {
  const words = identifierWords(name);
  if (words.length > 0 && ROLE_WORD_SET.has(words[words.length - 1]!)) words.pop();
  // The most specific word wins: `kafkaBrokerUrl` is Kafka, not a generic broker.
  let fallback: ServiceKey | undefined;
  for (const word of words) {
    const service = SERVICE_WORDS.get(word);
    if (service && service !== 'broker') return service;
    if (service) fallback = service;
  }
  return fallback;
}

/** What part of a location a name holds. */
export type LocationRole = 'url' | 'host' | 'hosts' | 'endpoint' | 'brokers' | 'port';

const ROLE_WORDS: ReadonlyMap<string, LocationRole> = new Map([
  ...['url', 'uri', 'urls', 'dsn', 'connectionstring', 'connstr'].map((word) => [word, 'url'] as const),
  ...['host', 'hostname', 'server', 'address', 'addr'].map((word) => [word, 'host'] as const),
  ['node', 'url'],
  ...['hosts', 'servers', 'nodes', 'contactpoints', 'cluster', 'seeds'].map((word) => [word, 'hosts'] as const),
  ...['endpoint', 'endpoints'].map((word) => [word, 'endpoint'] as const),
  ...['brokers', 'broker', 'bootstrap'].map((word) => [word, 'brokers'] as const),
  ['port', 'port'],
]);

/** Trailing words that qualify a name without changing what it holds: `dbHostReplica`, `redisUrlLocal`. */
const QUALIFIER_WORDS = new Set(['list', 'prod', 'production', 'dev', 'development', 'local', 'staging', 'stage', 'default', 'primary', 'secondary', 'master', 'replica', 'main', 'override', 'internal', 'external', 'public', 'private', 'read', 'write', 'ro', 'rw']);

/**
 * The location role a name ends with: `redisHost` → host, `DATABASE_URL` → url, `brokers` →
 * brokers, `connectionString` → url. The last word decides (after qualifiers like `Replica`):
 * `hostnameCheck` holds no host.
 */
export function locationRoleOfName(name: string): LocationRole | undefined {
  const words = identifierWords(name);
  let index = words.length - 1;
  while (index > 0 && (QUALIFIER_WORDS.has(words[index]!) || /^\d+$/.test(words[index]!))) index--;
  const last = words[index];
  if (last === undefined) return undefined;
  if (last === 'string' && (words[index - 1] === 'connection' || words[index - 1] === 'connect')) return 'url';
  if (last === 'points' && words[index - 1] === 'contact') return 'hosts';
  if (last === 'point' && words[index - 1] === 'end') return 'endpoint';
  if (last === 'servers' && words[index - 1] === 'bootstrap') return 'brokers';
  const joined = words.join('');
  if (joined === 'connectionstring' || joined === 'connectstring' || joined === 'contactpoints') return joined === 'contactpoints' ? 'hosts' : 'url';
  return ROLE_WORDS.get(last);
}

/** A location found in a literal. */
export interface ParsedLocation {
  shape: 'url' | 'hostPort' | 'ip' | 'localhost' | 'hostname' | 'label';
  /** Lower-cased scheme for URLs. */
  scheme: string | undefined;
  host: string;
  port: string | undefined;
  /** The URL carries `user:password@`. */
  hasPassword: boolean;
  /** The URL's path, without the query. */
  path: string;
}

/** Marks a template substitution in a skeleton string: `mongodb://${h}` → 'mongodb://\u0000'. */
export const SUBSTITUTION = '\u0000';

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const HOST_LABEL = '[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?';
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})+$`, 'i');
const SINGLE_LABEL = /^[a-z][a-z0-9_-]*$/;
/** Endings that make a dotted word a file or module name, not a host. */
const FILE_LIKE_ENDING = /\.(js|cjs|mjs|ts|tsx|jsx|json|db|sqlite|sqlite3|sql|log|txt|html?|css|scss|png|jpe?g|gif|svg|webp|ico|pdf|ya?ml|env|conf|cfg|ini|md|sh|lock|xml|csv|zip|gz|tar|pem|key|crt|map|wasm|node|exe|dll|so|toml|example|sample|template|prod|dev|test|spec|config|bak|tmp|pid|sock|d)$/i;
/** Hosts that are somebody else's example, a template, or an instruction rather than a location. */
const PLACEHOLDER_HOST = /^(host|hostname|your[-_].*|my[-_]?host|<.*>|\{.*\}|\[.*\]|x+|.*\.invalid|changeme|placeholder|server|domain|ip|address|db-host|dbhost|redis-host)$/i;
/** Asset URLs (images, scripts, documents): a CDN link, not a service endpoint. */
const ASSET_PATH = /\.(png|jpe?g|gif|svg|webp|ico|css|js|mjs|html?|pdf|mp4|mp3|woff2?|ttf|json|xml|txt|md|zip)$/i;

function isPlaceholderHost(host: string): boolean {
  return host.length === 0 || host.includes(SUBSTITUTION) || host.includes('$') || host.includes('%') || PLACEHOLDER_HOST.test(host) || /^(.)\1*$/.test(host);
}

/** Hosts that are public web / hosted-config domains a web app links to, never an attached resource. */
const PUBLIC_CONFIG_HOST = /(^|\.)(firebaseio\.com|firebaseapp\.com|firebasedatabase\.app|googleapis\.com|github\.com|githubusercontent\.com|npmjs\.org|npmjs\.com|w3\.org|schema\.org|json-schema\.org|wikipedia\.org|mozilla\.org|developer\.mozilla\.org|stackoverflow\.com|twitter\.com|facebook\.com|gravatar\.com|unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com)$/i;

/**
 * Parses a literal's text as a location. `text` may contain SUBSTITUTION characters for
 * template parts: a host made (partly) of a substitution is dynamic, not a finding.
 */
export function parseLocation(text: string): ParsedLocation | undefined {
  const value = text.trim();
  if (value.length === 0 || value.length > 2048 || /\s/.test(value) || value !== text) return undefined;
  const stripped = value.replace(/^jdbc:/i, '');
  const urlMatch = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is.exec(stripped);
  if (urlMatch) {
    const scheme = urlMatch[1]!.toLowerCase();
    const rest = urlMatch[2]!;
    const authorityEnd = rest.search(/[/?#]/);
    const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
    const pathAndQuery = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
    const at = authority.lastIndexOf('@');
    const userinfo = at === -1 ? '' : authority.slice(0, at);
    const hostPart = at === -1 ? authority : authority.slice(at + 1);
    // mongodb://a:27017,b:27017/db — the first host names the service.
    const firstHost = hostPart.split(',')[0]!;
    const bracketed = /^\[([^\]]*)\](?::(\d*))?$/.exec(firstHost);
    const host = bracketed ? bracketed[1]! : firstHost.replace(/:[^:]*$/, '');
    const port = bracketed ? bracketed[2] : /:(\d+)$/.exec(firstHost)?.[1];
    if (isPlaceholderHost(host)) return undefined;
    const password = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : '';
    return { shape: 'url', scheme, host, port, hasPassword: password.length > 0, path: pathAndQuery.split(/[?#]/)[0] ?? '' };
  }
  if (value.includes(SUBSTITUTION)) return undefined;
  // host:port, possibly a comma-separated list (Kafka brokers, Memcached servers).
  const entries = value.split(',').map((entry) => entry.trim());
  const hostPorts = entries.map((entry) => /^([a-z0-9._-]+):(\d{2,5})$/i.exec(entry));
  if (hostPorts.every((match) => match && (/[a-z]/i.test(match[1]!) || IPV4.test(match[1]!)))) {
    const [, host, port] = hostPorts[0]!;
    if (isPlaceholderHost(host!)) return undefined;
    return { shape: 'hostPort', scheme: undefined, host: host!, port, hasPassword: false, path: '' };
  }
  if (IPV4.test(value)) return value === '0.0.0.0' ? undefined : { shape: 'ip', scheme: undefined, host: value, port: undefined, hasPassword: false, path: '' };
  if (value === 'localhost') return { shape: 'localhost', scheme: undefined, host: value, port: undefined, hasPassword: false, path: '' };
  if (HOSTNAME.test(value) && !FILE_LIKE_ENDING.test(value) && /[a-z]/i.test(value.slice(value.lastIndexOf('.') + 1))) {
    if (isPlaceholderHost(value)) return undefined;
    return { shape: 'hostname', scheme: undefined, host: value, port: undefined, hasPassword: false, path: '' };
  }
  if (SINGLE_LABEL.test(value) && !isPlaceholderHost(value)) return { shape: 'label', scheme: undefined, host: value, port: undefined, hasPassword: false, path: '' };
  return undefined;
}

/** A backing-service URL by its scheme alone (postgres://, redis://…), with a real host. */
export function backingServiceOfLocation(location: ParsedLocation): ServiceKey | undefined {
  return location.shape === 'url' && location.scheme ? serviceOfScheme(location.scheme) : undefined;
}

/** True for web URLs that are assets or public sites (CDN files, docs links), never an attached resource. */
export function isPublicWebLocation(location: ParsedLocation): boolean {
  if (location.shape !== 'url') return false;
  if (location.scheme !== 'http' && location.scheme !== 'https') return false;
  return ASSET_PATH.test(location.path) || PUBLIC_CONFIG_HOST.test(location.host);
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|::1|0\.0\.0\.0|host\.docker\.internal)$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOST.test(host);
}

/** Whether a location fits what a name / key of this role holds. */
export function locationFitsRole(location: ParsedLocation, role: LocationRole): boolean {
  switch (role) {
    case 'url':
    case 'endpoint':
      return location.shape === 'url' || location.shape === 'hostPort' || (role === 'endpoint' && (location.shape === 'hostname' || location.shape === 'ip' || location.shape === 'localhost'));
    case 'host':
    case 'hosts':
    case 'brokers':
      return true;
    case 'port':
      return false;
  }
}

/**
 * The location for a message, with any password masked (`postgres://app:hu…@db:5432/app`)
 * and the query string dropped (it may carry credentials too).
 */
export function describeLocation(text: string): string {
  const match = /^((?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(text);
  const shown = match
    ? (() => {
        const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
        const at = authority.lastIndexOf('@');
        let maskedAuthority = authority;
        if (at !== -1) {
          const userinfo = authority.slice(0, at);
          const colon = userinfo.indexOf(':');
          const maskedUserinfo = colon === -1 ? userinfo : `${userinfo.slice(0, colon)}:${maskSecret(userinfo.slice(colon + 1))}`;
          maskedAuthority = `${maskedUserinfo}@${authority.slice(at + 1)}`;
        }
        return `${scheme}${maskedAuthority}${rest.split(/[?#]/)[0] ?? ''}`;
      })()
    : text;
  const printable = shown.replace(new RegExp(SUBSTITUTION, 'g'), '${…}');
  return printable.length > 80 ? `${printable.slice(0, 77)}…` : printable;
}
