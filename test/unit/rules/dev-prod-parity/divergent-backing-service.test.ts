import { describe } from 'node:test';
import { ruleTester } from '../../../helpers/ruleTester';
import { divergentBackingService } from '../../../../server/src/engine/rules/dev-prod-parity/divergent-backing-service';
import { prefilterCases, type PrefilterCase } from '../../../helpers/prefilterCases';

ruleTester(divergentBackingService, {
  valid: [
    // The same kind of service everywhere, different URLs per deploy.
    { code: "module.exports = {\n  development: { client: 'pg', connection: 'postgres://localhost/app_dev' },\n  production: { client: 'pg', connection: process.env.DATABASE_URL },\n};\n", filename: 'knexfile.js' },
    { code: "module.exports = {\n  development: { dialect: 'mysql', host: '127.0.0.1' },\n  test: { dialect: 'mysql', host: '127.0.0.1' },\n  production: { use_env_variable: 'DATABASE_URL', dialect: 'mysql' },\n};\n", filename: 'config/config.js' },
    { code: "const url = process.env.NODE_ENV === 'production' ? process.env.DATABASE_URL : 'postgres://localhost/dev';\n" },
    { code: "const store = isProd ? new RedisStore({ client: prodClient }) : new RedisStore({ client: localClient });\n" },
    // Mail transports are not compared (a dev mail catcher is not a different kind of backing service).
    { code: "const transport = isProd ? nodemailer.createTransport({ host: process.env.SMTP_HOST }) : nodemailer.createTransport({ jsonTransport: true });\n" },
    // Only the deploy name decides here, no service kind is chosen.
    { code: "const level = process.env.NODE_ENV === 'production' ? 'info' : 'debug';\nif (process.env.NODE_ENV === 'production') { app.use(compression()); }\n" },
    { code: "const config = { development: { apiUrl: 'http://localhost:3000' }, production: { apiUrl: 'https://api.example.com' } };\n" },
    // Not an environment choice: two stores side by side.
    { code: "const stores = { sessions: new RedisStore({ client }), cache: new Map() };\n" },
    { code: "export const db = { client: 'sqlite3', connection: { filename: './dev.sqlite3' } };\n", filename: 'knexfile.js' },
    { code: "const knexConfig = { development: { client: 'sqlite3' }, production: { client: 'pg' } };\n", filename: 'test/knex.test.ts' },
    // An auth provider is no backing service kind.
    { code: "const auth = { development: { provider: 'local' }, production: { provider: 'google' } };\n" },
    // The choice depends on whether a URL is set, not on the deploy name.
    { code: "const cache = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : new Map();\n" },
    // The directive goes before the construct the finding covers (the env-keyed object).
    { code: "// twelve-factor-disable-next-line dev-prod-parity/divergent-backing-service\nmodule.exports = {\n  development: { client: 'sqlite3' },\n  production: { client: 'pg' },\n};\n", filename: 'knexfile.js' },
  ],
  invalid: [
    {
      name: 'knexfile: SQLite in development and test, PostgreSQL in production',
      code: "module.exports = {\n  development: {\n    client: 'sqlite3',\n    connection: { filename: './dev.sqlite3' },\n  },\n  test: { client: 'sqlite3', connection: ':memory:' },\n  production: {\n    client: 'pg',\n    connection: process.env.DATABASE_URL,\n  },\n};\n",
      filename: 'knexfile.js',
      // One finding on the object keyed by deploy names (where a reviewer points), naming every divergent deploy.
      errors: [{ range: [0, 17, 10, 1], message: /^Development and test use SQLite where production uses PostgreSQL: .*e\.g\. PostgreSQL in a local container/ }],
    },
    {
      name: 'a compound driver-like key: sessionStore',
      code: "const settings = {\n  development: { sessionStore: 'memory', cacheDriver: 'redis' },\n  production: { sessionStore: 'redis', cacheDriver: 'redis' },\n};\n",
      errors: [{ range: [0, 17, 3, 1], message: /^Development uses an in-memory store where production uses Redis/ }],
    },
    {
      name: 'Sequelize config/config.js dialects',
      code: "module.exports = {\n  development: { dialect: 'sqlite', storage: './db.sqlite' },\n  production: { dialect: 'postgres', use_env_variable: 'DATABASE_URL' },\n};\n",
      filename: 'config/config.js',
      errors: [{ range: [0, 17, 3, 1], message: /^Development uses SQLite where production uses PostgreSQL/ }],
    },
    {
      code: "import session from 'express-session';\nconst isProd = process.env.NODE_ENV === 'production';\napp.use(session({ secret: process.env.SESSION_SECRET, store: isProd ? new RedisStore({ client: redisClient }) : new session.MemoryStore() }));\n",
      errors: [{ text: 'isProd ? new RedisStore({ client: redisClient }) : new session.MemoryStore()', message: /in-memory store where production uses Redis/ }],
    },
    {
      code: "import { DataSource } from 'typeorm';\nexport const dataSource = new DataSource({\n  type: process.env.NODE_ENV === 'test' ? 'sqlite' : 'postgres',\n  url: process.env.DATABASE_URL,\n});\n",
      errors: [{ range: [2, 8, 2, 63], text: "process.env.NODE_ENV === 'test' ? 'sqlite' : 'postgres'", message: /test branch uses SQLite/ }],
    },
    {
      code: "import multer from 'multer';\nimport multerS3 from 'multer-s3';\nconst storage = process.env.NODE_ENV === 'production'\n  ? multerS3({ s3, bucket: process.env.BUCKET })\n  : multer.diskStorage({ destination: 'uploads/' });\n",
      // The conditional expression, from its condition's line: it contains the divergent branch.
      errors: [{ range: [2, 16, 4, 51], message: /local disk where production uses S3/ }],
    },
    {
      code: "import Redis from 'ioredis';\nlet cache;\nif (process.env.NODE_ENV === 'production') {\n  cache = new Redis(process.env.REDIS_URL);\n} else {\n  cache = new Map();\n}\n",
      errors: [{ range: [2, 0, 6, 1], message: /in-memory store where production uses Redis/ }],
    },
    {
      name: 'a hand-written adapter around an in-memory cache',
      code: "import Redis from 'ioredis';\nimport { LRUCache } from 'lru-cache';\nconst memory = new LRUCache<string, string>({ max: 500 });\nexport const cache =\n  process.env.NODE_ENV === 'production'\n    ? new Redis(process.env.REDIS_URL as string)\n    : { get: async (key: string) => memory.get(key) ?? null };\n",
      errors: [{ range: [4, 2, 6, 61], message: /in-memory store where production uses Redis/ }],
    },
    {
      name: 'an if without else changes a default',
      code: "import session from 'express-session';\nlet store = new session.MemoryStore();\nif (process.env.NODE_ENV === 'production') {\n  store = new RedisStore({ client });\n}\n",
      // The \`if\` that replaces the default is the branch on the deploy name.
      errors: [{ range: [2, 0, 4, 1], message: /^The non-production branch uses an in-memory store where production uses Redis/ }],
    },
    {
      code: "import { Sequelize } from 'sequelize';\nconst sequelize = process.env.NODE_ENV === 'production'\n  ? new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' })\n  : new Sequelize('sqlite::memory:');\n",
      errors: [{ range: [1, 18, 3, 36], message: /SQLite where production uses PostgreSQL/ }],
    },
    {
      code: "export default {\n  development: { storage: { driver: 'local', root: './uploads' } },\n  production: { storage: { driver: 's3', bucket: process.env.S3_BUCKET } },\n};\n",
      errors: [{ range: [0, 15, 3, 1], message: /^Development uses the local disk where production uses S3/ }],
    },
    {
      code: "function dbConfig() {\n  switch (process.env.NODE_ENV) {\n    case 'production':\n      return { type: 'postgres', url: process.env.DATABASE_URL };\n    default:\n      return { type: 'better-sqlite3', database: 'dev.db' };\n  }\n}\n",
      errors: [{ range: [1, 2, 6, 3], message: /default case uses SQLite/ }],
    },
    {
      name: 'several divergent keys in one env-keyed object: one finding naming each',
      code: "module.exports = {\n  development: { client: 'sqlite3', session: { store: new Map() } },\n  production: { client: 'pg', session: { store: new RedisStore({ client }) } },\n};\n",
      errors: [{ range: [0, 17, 3, 1], message: /^Development uses SQLite where production uses PostgreSQL; development uses an in-memory store where production uses Redis: .*e\.g\. PostgreSQL and Redis in a local container/ }],
    },
    {
      name: 'an env-keyed object nested in the exported config: the env-keyed object is reported',
      code: "module.exports = {\n  port: Number(process.env.PORT),\n  database: {\n    development: { dialect: 'sqlite' },\n    production: { dialect: 'postgres' },\n  },\n};\n",
      errors: [{ range: [2, 12, 5, 3] }],
    },
    {
      name: 'an else-if chain on the deploy name is one choice: one finding on its first if',
      code: "const { Pool } = require('pg');\nconst Database = require('better-sqlite3');\nlet db;\nif (process.env.NODE_ENV === 'production') {\n  db = new Pool({ connectionString: process.env.DATABASE_URL });\n} else if (process.env.NODE_ENV === 'staging') {\n  db = new Pool({ connectionString: process.env.STAGING_DATABASE_URL });\n} else {\n  db = new Database('dev.db');\n}\n",
      filename: 'src/db.js',
      files: { 'package.json': '{"name":"app","dependencies":{"pg":"^8.0.0","better-sqlite3":"^9.0.0"}}' },
      errors: [{ range: [3, 0, 9, 1], message: /^The non-production branch uses SQLite where production uses PostgreSQL/ }],
    },
    {
      name: 'a chained conditional on the deploy name is one choice',
      code: "const client = process.env.NODE_ENV === 'production' ? 'pg' : process.env.NODE_ENV === 'staging' ? 'pg' : 'sqlite3';\nexport default { client };\n",
      errors: [{ text: "process.env.NODE_ENV === 'production' ? 'pg' : process.env.NODE_ENV === 'staging' ? 'pg' : 'sqlite3'" }],
    },
  ],
});

// The prefilter lets the engine skip parsing a file: it must say "may report" wherever the
// rule reports, and should rule out files that only look alike (products, test files).
describe('dev-prod-parity/divergent-backing-service prefilter', () => {
  const REPORTED: PrefilterCase[] = [
    ['a knexfile keyed by deploy names', "module.exports = {\n  development: { client: 'sqlite3', connection: { filename: './dev.sqlite3' } },\n  production: { client: 'pg', connection: process.env.DATABASE_URL },\n};\n"],
    // Unlike config/env-name-branching, a test on the test deploy alone is a choice here.
    ['a test on the test deploy', "import Redis from 'ioredis';\nexport const cache = process.env.NODE_ENV === 'test' ? new Map() : new Redis(process.env.REDIS_URL);\n"],
    ['an isTest flag', "export const client = isTest ? 'sqlite3' : 'pg';\n"],
    ['Vite\'s import.meta.env.DEV', "export const store = import.meta.env.DEV ? new Map() : new Redis(import.meta.env.VITE_REDIS_URL);\n"],
    ['a switch on the deploy name', "let client;\nswitch (process.env.APP_ENV) {\n  case 'production':\n    client = 'pg';\n    break;\n  default:\n    client = 'sqlite3';\n}\n"],
    ['an escaped deploy-name literal', "import Redis from 'ioredis';\nexport const devCache = process.env.NODE_ENV === 'te\\u0073t' ? new Map() : new Redis(process.env.REDIS_URL);\n"],
  ];
  const RULED_OUT: PrefilterCase[] = [
    [
      'a repository of products',
      "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nexport async function findProduct(id: string) {\n  const { rows } = await pool.query('SELECT * FROM products WHERE id = $1', [id]);\n  return rows[0];\n}\n",
    ],
    [
      'a cache chosen by whether a URL is set, not by the deploy',
      "import Redis from 'ioredis';\n// Tests and local development run without Redis.\nexport const cache = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : new Map();\n",
    ],
    ['a test file', "module.exports = {\n  development: { client: 'sqlite3' },\n  production: { client: 'pg' },\n};\n", 'test/knex.test.ts'],
  ];
  prefilterCases(divergentBackingService, 'src/db.ts', REPORTED, RULED_OUT);
});
