import { ruleTester } from '../../../helpers/ruleTester';
import { divergentBackingService } from '../../../../server/src/engine/rules/dev-prod-parity/divergent-backing-service';

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
  ],
  invalid: [
    {
      name: 'knexfile: SQLite in development and test, PostgreSQL in production',
      code: "module.exports = {\n  development: {\n    client: 'sqlite3',\n    connection: { filename: './dev.sqlite3' },\n  },\n  test: { client: 'sqlite3', connection: ':memory:' },\n  production: {\n    client: 'pg',\n    connection: process.env.DATABASE_URL,\n  },\n};\n",
      filename: 'knexfile.js',
      errors: [
        { range: [2, 4, 2, 21], text: "client: 'sqlite3'", message: /^Development uses SQLite where production uses PostgreSQL/ },
        { range: [5, 10, 5, 27], message: /^Test uses SQLite/ },
      ],
    },
    {
      name: 'a compound driver-like key: sessionStore',
      code: "const settings = {\n  development: { sessionStore: 'memory', cacheDriver: 'redis' },\n  production: { sessionStore: 'redis', cacheDriver: 'redis' },\n};\n",
      errors: [{ range: [1, 17, 1, 39], text: "sessionStore: 'memory'", message: /^Development uses an in-memory store where production uses Redis/ }],
    },
    {
      name: 'Sequelize config/config.js dialects',
      code: "module.exports = {\n  development: { dialect: 'sqlite', storage: './db.sqlite' },\n  production: { dialect: 'postgres', use_env_variable: 'DATABASE_URL' },\n};\n",
      filename: 'config/config.js',
      errors: [{ text: "dialect: 'sqlite'" }],
    },
    {
      code: "import session from 'express-session';\nconst isProd = process.env.NODE_ENV === 'production';\napp.use(session({ secret: process.env.SESSION_SECRET, store: isProd ? new RedisStore({ client: redisClient }) : new session.MemoryStore() }));\n",
      errors: [{ text: 'new session.MemoryStore()', message: /in-memory store where production uses Redis/ }],
    },
    {
      code: "import { DataSource } from 'typeorm';\nexport const dataSource = new DataSource({\n  type: process.env.NODE_ENV === 'test' ? 'sqlite' : 'postgres',\n  url: process.env.DATABASE_URL,\n});\n",
      errors: [{ range: [2, 42, 2, 50], text: "'sqlite'", message: /test branch uses SQLite/ }],
    },
    {
      code: "import multer from 'multer';\nimport multerS3 from 'multer-s3';\nconst storage = process.env.NODE_ENV === 'production'\n  ? multerS3({ s3, bucket: process.env.BUCKET })\n  : multer.diskStorage({ destination: 'uploads/' });\n",
      errors: [{ range: [4, 4, 4, 51], message: /local disk where production uses S3/ }],
    },
    {
      code: "import Redis from 'ioredis';\nlet cache;\nif (process.env.NODE_ENV === 'production') {\n  cache = new Redis(process.env.REDIS_URL);\n} else {\n  cache = new Map();\n}\n",
      errors: [{ text: 'new Map()', message: /in-memory store where production uses Redis/ }],
    },
    {
      name: 'a hand-written adapter around an in-memory cache',
      code: "import Redis from 'ioredis';\nimport { LRUCache } from 'lru-cache';\nconst memory = new LRUCache<string, string>({ max: 500 });\nexport const cache =\n  process.env.NODE_ENV === 'production'\n    ? new Redis(process.env.REDIS_URL as string)\n    : { get: async (key: string) => memory.get(key) ?? null };\n",
      errors: [{ range: [6, 6, 6, 61], message: /in-memory store where production uses Redis/ }],
    },
    {
      name: 'an if without else changes a default',
      code: "import session from 'express-session';\nlet store = new session.MemoryStore();\nif (process.env.NODE_ENV === 'production') {\n  store = new RedisStore({ client });\n}\n",
      errors: [{ text: 'new session.MemoryStore()' }],
    },
    {
      code: "import { Sequelize } from 'sequelize';\nconst sequelize = process.env.NODE_ENV === 'production'\n  ? new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' })\n  : new Sequelize('sqlite::memory:');\n",
      errors: [{ text: "new Sequelize('sqlite::memory:')" }],
    },
    {
      code: "export default {\n  development: { storage: { driver: 'local', root: './uploads' } },\n  production: { storage: { driver: 's3', bucket: process.env.S3_BUCKET } },\n};\n",
      errors: [{ range: [1, 28, 1, 43], text: "driver: 'local'" }],
    },
    {
      code: "function dbConfig() {\n  switch (process.env.NODE_ENV) {\n    case 'production':\n      return { type: 'postgres', url: process.env.DATABASE_URL };\n    default:\n      return { type: 'better-sqlite3', database: 'dev.db' };\n  }\n}\n",
      errors: [{ text: "type: 'better-sqlite3'", message: /default case uses SQLite/ }],
    },
  ],
});
