// Which KIND of backing service a piece of configuration selects (SQLite vs PostgreSQL, an
// in-memory store vs Redis, local disk vs S3), for dev-prod-parity/divergent-backing-service.
// Two values are comparable when they share a category; they diverge when their families differ.
import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { calleeName, resolveCallee } from './calls';
import { findDeclaration } from './declarations';
import { propertyNameText, skipOuterExpressions, staticString } from './literals';
import { identifierWords } from './names';

export type ServiceCategory = 'database' | 'store' | 'storage';

export interface ServiceKind {
  /** 'sqlite', 'postgres', 'memory', 'redis', 'local', 's3'… */
  family: string;
  categories: readonly ServiceCategory[];
  /** For messages. */
  label: string;
}

const FAMILIES: Readonly<Record<string, ServiceKind>> = {
  sqlite: { family: 'sqlite', categories: ['database'], label: 'SQLite' },
  postgres: { family: 'postgres', categories: ['database'], label: 'PostgreSQL' },
  cockroachdb: { family: 'cockroachdb', categories: ['database'], label: 'CockroachDB' },
  mysql: { family: 'mysql', categories: ['database'], label: 'MySQL/MariaDB' },
  mssql: { family: 'mssql', categories: ['database'], label: 'SQL Server' },
  oracle: { family: 'oracle', categories: ['database'], label: 'Oracle' },
  mongo: { family: 'mongo', categories: ['database', 'store'], label: 'MongoDB' },
  dynamodb: { family: 'dynamodb', categories: ['database', 'store'], label: 'DynamoDB' },
  memory: { family: 'memory', categories: ['database', 'store'], label: 'an in-memory store' },
  redis: { family: 'redis', categories: ['store'], label: 'Redis' },
  memcached: { family: 'memcached', categories: ['store'], label: 'Memcached' },
  local: { family: 'local', categories: ['store', 'storage'], label: 'the local disk' },
  s3: { family: 's3', categories: ['storage'], label: 'S3' },
  gcs: { family: 'gcs', categories: ['storage'], label: 'Google Cloud Storage' },
  azure: { family: 'azure', categories: ['storage'], label: 'Azure Blob Storage' },
};

/** Words that name a kind wherever they appear (a driver, dialect, store or storage name). */
const DISTINCTIVE_WORDS: ReadonlyMap<string, string> = new Map([
  ['sqlite', 'sqlite'],
  ['sqlite3', 'sqlite'],
  ['better-sqlite3', 'sqlite'],
  ['better_sqlite3', 'sqlite'],
  ['sqljs', 'sqlite'],
  ['sql.js', 'sqlite'],
  ['postgres', 'postgres'],
  ['postgresql', 'postgres'],
  ['postgis', 'postgres'],
  ['cockroachdb', 'cockroachdb'],
  ['mysql', 'mysql'],
  ['mysql2', 'mysql'],
  ['mariadb', 'mysql'],
  ['mssql', 'mssql'],
  ['oracledb', 'oracle'],
  ['mongodb', 'mongo'],
  ['redis', 'redis'],
  ['ioredis', 'redis'],
  ['memcached', 'memcached'],
  ['dynamodb', 'dynamodb'],
]);

/** Short or common words that name a kind only as the value of a driver-like key. */
const ROLE_ONLY_WORDS: ReadonlyMap<string, string> = new Map([
  ['pg', 'postgres'],
  ['oracle', 'oracle'],
  ['mongo', 'mongo'],
  ['mongoose', 'mongo'],
  ['memory', 'memory'],
  ['in-memory', 'memory'],
  ['inmemory', 'memory'],
  ['in_memory', 'memory'],
  ['mem', 'memory'],
  ['lru', 'memory'],
  ['local', 'local'],
  ['disk', 'local'],
  ['file', 'local'],
  ['files', 'local'],
  ['fs', 'local'],
  ['filesystem', 'local'],
  ['s3', 's3'],
  ['aws', 's3'],
  ['minio', 's3'],
  ['r2', 's3'],
  ['spaces', 's3'],
  ['gcs', 'gcs'],
  ['gcp', 'gcs'],
  ['google', 'gcs'],
  ['azure', 'azure'],
]);

/** Keys whose string value names the kind of service: knex `client`, Sequelize `dialect`, TypeORM `type`… */
const ROLE_KEYS = new Set(['client', 'dialect', 'type', 'driver', 'adapter', 'engine', 'store', 'backend', 'storage', 'disk', 'kind', 'cache', 'database', 'db', 'session']);
/** Last words that make a compound key driver-like: `sessionStore`, `cacheDriver`, `dbClient`, `uploadStorage`. */
const ROLE_LAST_WORDS = new Set(['client', 'dialect', 'driver', 'adapter', 'engine', 'store', 'backend', 'storage', 'disk']);

/** Whether a key names the kind of a service (`dialect`, `sessionStore`), so 'pg' or 'memory' there count. */
function isRoleKey(key: string): boolean {
  if (ROLE_KEYS.has(key.toLowerCase().replace(/[_-]/g, ''))) return true;
  const words = identifierWords(key);
  return words.length > 1 && ROLE_LAST_WORDS.has(words[words.length - 1]!);
}
/** Keys holding a connection URL whose scheme names the kind. */
const URL_KEYS = new Set(['url', 'uri', 'connection', 'connectionstring', 'connectionuri', 'databaseurl', 'dburl', 'dsn', 'clienturl', 'datasourceurl']);

/** Modules and the kind their constructors create. */
const MODULE_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['better-sqlite3', 'sqlite'],
  ['sqlite3', 'sqlite'],
  ['sqlite', 'sqlite'],
  ['sql.js', 'sqlite'],
  ['@libsql/client', 'sqlite'],
  ['pg', 'postgres'],
  ['postgres', 'postgres'],
  ['pg-promise', 'postgres'],
  ['@neondatabase/serverless', 'postgres'],
  ['mysql', 'mysql'],
  ['mysql2', 'mysql'],
  ['mysql2/promise', 'mysql'],
  ['mariadb', 'mysql'],
  ['mssql', 'mssql'],
  ['tedious', 'mssql'],
  ['oracledb', 'oracle'],
  ['mongodb', 'mongo'],
  ['mongoose', 'mongo'],
  ['connect-mongo', 'mongo'],
  ['ioredis', 'redis'],
  ['redis', 'redis'],
  ['@redis/client', 'redis'],
  ['connect-redis', 'redis'],
  ['cache-manager-redis-store', 'redis'],
  ['cache-manager-ioredis', 'redis'],
  ['memorystore', 'memory'],
  ['lru-cache', 'memory'],
  ['node-cache', 'memory'],
  ['memory-cache', 'memory'],
  ['quick-lru', 'memory'],
  ['memcached', 'memcached'],
  ['memjs', 'memcached'],
  ['session-file-store', 'local'],
  ['multer-s3', 's3'],
  ['@aws-sdk/client-s3', 's3'],
  ['minio', 's3'],
  ['@google-cloud/storage', 'gcs'],
  ['@azure/storage-blob', 'azure'],
  ['@aws-sdk/client-dynamodb', 'dynamodb'],
  ['@aws-sdk/lib-dynamodb', 'dynamodb'],
]);

/** Constructor / factory names that say what they create: `new MemoryStore()`, `RedisStore`, `diskStorage`. */
const NAME_WORD_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['memory', 'memory'],
  ['lru', 'memory'],
  ['redis', 'redis'],
  ['ioredis', 'redis'],
  ['mongo', 'mongo'],
  ['mongodb', 'mongo'],
  ['memcached', 'memcached'],
  ['sqlite', 'sqlite'],
  ['sqlite3', 'sqlite'],
  ['postgres', 'postgres'],
  ['pg', 'postgres'],
  ['mysql', 'mysql'],
  ['disk', 'local'],
  ['file', 'local'],
  ['s3', 's3'],
  ['dynamo', 'dynamodb'],
  ['dynamodb', 'dynamodb'],
]);

export interface KindAt {
  /** Dotted key path inside the value ('' for the value itself, 'client', 'session.store'). */
  path: string;
  kind: ServiceKind;
  /** What to report when this is the divergent side: the property, or the value itself. */
  node: ts.Node;
}

function familyOfWord(word: string, inRole: boolean): ServiceKind | undefined {
  const lowered = word.toLowerCase();
  const family = DISTINCTIVE_WORDS.get(lowered) ?? (inRole ? ROLE_ONLY_WORDS.get(lowered) : undefined);
  return family ? FAMILIES[family] : undefined;
}

/** The kind a connection string names: `postgres://…`, `sqlite::memory:`, `file:./dev.db`, `./dev.sqlite3`. */
export function familyOfConnectionString(text: string): ServiceKind | undefined {
  const value = text.trim().toLowerCase();
  if (value === ':memory:' || value.startsWith('sqlite:') || value.startsWith('file:') || /\.(sqlite3?|db)$/.test(value)) return FAMILIES.sqlite;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(value)?.[1];
  if (!scheme) return undefined;
  if (scheme === 'postgres' || scheme === 'postgresql') return FAMILIES.postgres;
  if (scheme === 'mysql' || scheme === 'mariadb') return FAMILIES.mysql;
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') return FAMILIES.mongo;
  if (scheme === 'redis' || scheme === 'rediss') return FAMILIES.redis;
  if (scheme === 'mssql' || scheme === 'sqlserver') return FAMILIES.mssql;
  if (scheme === 'cockroachdb') return FAMILIES.cockroachdb;
  return undefined;
}

function familyOfName(name: string): ServiceKind | undefined {
  for (const word of identifierWords(name)) {
    const family = NAME_WORD_FAMILIES.get(word);
    if (family) return FAMILIES[family];
  }
  return undefined;
}

/** The kind a call or `new` creates, from its module, its name, or the options it is given. */
function kindsOfCall(call: ts.CallExpression | ts.NewExpression, bindings: ModuleBindings, depth: number): KindAt[] {
  const resolved = resolveCallee(call.expression, bindings);
  const path = resolved?.path ?? [];
  const last = path[path.length - 1] ?? calleeName(call) ?? '';
  // multer.diskStorage() / multer.memoryStorage(): disk is local; memory uploads are no backing service.
  if (last === 'diskStorage') return [{ path: '', kind: FAMILIES.local!, node: call }];
  if (last === 'memoryStorage') return [];
  if (resolved?.module === 'express-session' && last === 'MemoryStore') return [{ path: '', kind: FAMILIES.memory!, node: call }];
  // session({ secret }) without a store keeps sessions in memory.
  if (resolved?.module === 'express-session' && resolved.path.length === 0) {
    const options = call.arguments?.[0] && skipOuterExpressions(call.arguments[0]);
    if (options && ts.isObjectLiteralExpression(options) && !options.properties.some((property) => propertyNameText(property.name) === 'store')) return [{ path: '', kind: FAMILIES.memory!, node: call }];
  }
  // Options decide for ORMs: knex({ client }), new Sequelize({ dialect }), new DataSource({ type }).
  const fromArguments: KindAt[] = [];
  for (const argument of call.arguments ?? []) {
    const value = skipOuterExpressions(argument);
    if (ts.isObjectLiteralExpression(value)) fromArguments.push(...kindsOfObject(value, bindings, depth + 1).filter((found) => !found.path.includes('.')).map((found) => ({ ...found, path: '' })));
    const text = staticString(value);
    if (text !== undefined) {
      const kind = familyOfConnectionString(text);
      if (kind) fromArguments.push({ path: '', kind, node: call });
    }
  }
  if (fromArguments.length > 0) return [{ path: '', kind: fromArguments[0]!.kind, node: call }];
  const moduleFamily = resolved?.module ? MODULE_FAMILIES.get(resolved.module) : undefined;
  if (moduleFamily) return [{ path: '', kind: FAMILIES[moduleFamily]!, node: call }];
  const named = familyOfName(last);
  if (named) return [{ path: '', kind: named, node: call }];
  if (ts.isNewExpression(call) && last === 'Map') return [{ path: '', kind: FAMILIES.memory!, node: call }];
  return [];
}

/** Kinds selected inside an object literal, by key path. */
function kindsOfObject(object: ts.ObjectLiteralExpression, bindings: ModuleBindings, depth: number, prefix = ''): KindAt[] {
  const found: KindAt[] = [];
  if (depth > 4) return found;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyNameText(property.name);
    if (!key) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const lowered = key.toLowerCase().replace(/[_-]/g, '');
    const value = skipOuterExpressions(property.initializer);
    const text = staticString(value);
    if (text !== undefined) {
      const kind = isRoleKey(key) ? familyOfWord(text, true) ?? (lowered === 'storage' || lowered === 'database' ? familyOfConnectionString(text) : undefined) : URL_KEYS.has(lowered) || lowered === 'filename' ? familyOfConnectionString(text) : undefined;
      if (kind) found.push({ path, kind, node: property });
      continue;
    }
    if (ts.isObjectLiteralExpression(value)) {
      found.push(...kindsOfObject(value, bindings, depth + 1, path));
      continue;
    }
    if (ts.isNewExpression(value) || ts.isCallExpression(value)) {
      for (const kind of kindsOfCall(value, bindings, depth + 1)) found.push({ path, kind: kind.kind, node: property });
      continue;
    }
    if (ts.isIdentifier(value) && isRoleKey(key)) {
      const kind = familyOfName(value.text);
      if (kind) found.push({ path, kind, node: property });
    }
  }
  return found;
}

/**
 * The service kinds an expression selects: a string in a driver-like position, a connection
 * string, a client constructor, an options object, or a variable holding one of those.
 * `roleKey` is the key / variable the expression is assigned to (`dialect`, `store`), which
 * lets short words like 'pg' or 'memory' count.
 */
export function kindsOfExpression(expression: ts.Expression, bindings: ModuleBindings, roleKey?: string, depth = 0): KindAt[] {
  if (depth > 4) return [];
  const node = skipOuterExpressions(expression);
  const text = staticString(node);
  if (text !== undefined) {
    const inRole = roleKey !== undefined && isRoleKey(roleKey);
    const kind = familyOfWord(text, inRole) ?? familyOfConnectionString(text);
    return kind ? [{ path: '', kind, node }] : [];
  }
  if (ts.isObjectLiteralExpression(node)) {
    const direct = kindsOfObject(node, bindings, depth);
    return direct.length > 0 || depth > 0 ? direct : kindsUsedInside(node, bindings);
  }
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && depth === 0) return kindsUsedInside(node, bindings);
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) return kindsOfCall(node, bindings, depth).map((found) => ({ ...found, node }));
  if (ts.isAwaitExpression(node)) return kindsOfExpression(node.expression, bindings, roleKey, depth + 1);
  if (ts.isIdentifier(node)) {
    const initializer = findDeclaration(node)?.initializer;
    if (initializer) {
      const resolved = kindsOfExpression(initializer, bindings, roleKey ?? node.text, depth + 1);
      // Report where the divergence is visible to the reader: here, not at the declaration.
      if (resolved.length > 0) return resolved.map((found) => (found.path === '' ? { ...found, node } : found));
    }
    const named = familyOfName(node.text);
    return named ? [{ path: '', kind: named, node }] : [];
  }
  return [];
}

/**
 * A hand-written adapter (`{ get: (k) => memory.get(k), set: … }` around an LRU cache) selects
 * the kind of whatever it wraps: the first module-level client it uses.
 */
function kindsUsedInside(node: ts.Node, bindings: ModuleBindings): KindAt[] {
  let found: KindAt | undefined;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(child) && !(ts.isPropertyAccessExpression(child.parent) && child.parent.name === child) && !(ts.isPropertyAssignment(child.parent) && child.parent.name === child)) {
      const initializer = findDeclaration(child)?.initializer;
      const value = initializer && skipOuterExpressions(initializer);
      if (value && (ts.isNewExpression(value) || ts.isCallExpression(value))) {
        const [kind] = kindsOfCall(value, bindings, 1);
        if (kind) found = { path: '', kind: kind.kind, node };
      }
      return;
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found ? [found] : [];
}

/** Two kinds are a divergence when they are comparable (share a category) but not the same family. */
export function kindsDiverge(a: ServiceKind, b: ServiceKind): boolean {
  return a.family !== b.family && a.categories.some((category) => b.categories.includes(category));
}
