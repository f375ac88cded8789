import { describe } from 'node:test';
import { ruleTester } from '../../../helpers/ruleTester';
import { envNameBranching } from '../../../../server/src/engine/rules/config/env-name-branching';
import { prefilterCases, type PrefilterCase } from '../../../helpers/prefilterCases';

ruleTester(envNameBranching, {
  valid: [
    // NODE_ENV toggling framework optimisations or error detail.
    { code: "if (process.env.NODE_ENV === 'production') {\n  app.set('trust proxy', 1);\n  app.use(compression());\n}\n" },
    { code: "app.use((err, req, res, next) => {\n  res.status(500).json({ message: err.message, stack: process.env.NODE_ENV === 'production' ? undefined : err.stack });\n});\n" },
    { code: "const isProd = process.env.NODE_ENV === 'production';\napp.use(morgan(isProd ? 'combined' : 'dev'));\nconst logger = pino({ level: isProd ? 'info' : 'debug' });\napp.use(session({ cookie: { secure: isProd } }));\n" },
    { code: "if (process.env.NODE_ENV === 'production') {\n  module.exports = require('./configureStore.prod');\n} else {\n  module.exports = require('./configureStore.dev');\n}\n", filename: 'src/store/index.js' },
    { code: "if (process.env.NODE_ENV === 'production') {\n  Sentry.init({ dsn: process.env.SENTRY_DSN });\n}\nconst dsn = isProd ? process.env.SENTRY_DSN : undefined;\n" },
    { code: "if (process.env.NODE_ENV !== 'production') {\n  require('dotenv').config();\n}\n" },
    { code: "if (process.env.NODE_ENV === 'production') {\n  app.use(helmet.contentSecurityPolicy({ directives: { imgSrc: [\"'self'\", 'https://res.cloudinary.com'] } }));\n  app.use((req, res, next) => req.secure ? next() : res.redirect(`https://${req.headers.host}${req.url}`));\n}\n" },
    // Test-only branches and development toggles.
    { code: "if (process.env.NODE_ENV === 'test') {\n  config.databaseUrl = 'postgres://localhost/app_test';\n}\n" },
    { code: "const dbFile = process.env.NODE_ENV === 'test' ? ':memory:' : 'data/app.db';\n" },
    { code: "if (app.get('env') === 'development') {\n  app.use(errorHandler({ log: true }));\n}\nres.locals.error = req.app.get('env') === 'development' ? err : {};\n" },
    // Ternaries whose branches are the two states of a switch, not two settings: booleans, an
    // "off" value, cache and log-level tuning, error detail, secure-cookie flags.
    { code: "const isProd = process.env.NODE_ENV === 'production';\napp.set('trust proxy', isProd ? 1 : 0);\napp.use(express.static('public', { maxAge: isProd ? 31536000 : 3600 }));\nconst logger = pino({ level: isProd ? 30 : 20 });\n" },
    { code: "const isProd = process.env.NODE_ENV === 'production';\napp.use(session({ cookie: isProd ? { secure: true, sameSite: 'none' } : { secure: false, sameSite: 'lax' } }));\nconst build = isProd ? { minify: true, sourcemap: false } : { minify: false, sourcemap: true };\n" },
    { code: "app.use((err, req, res, next) => {\n  res.status(500).json(process.env.NODE_ENV === 'production' ? { message: 'Internal error' } : { message: err.message, stack: err.stack });\n});\n" },
    { code: "const isProd = process.env.NODE_ENV === 'production';\nconst failure = isProd ? new HttpError(500) : new DetailedError(err);\nconst cache = isProd ? new LRUCache({ max: 500 }) : new NoopCache();\nconst transport = isProd ? undefined : { target: 'pino-pretty' };\n" },
    { code: "const workers = process.env.NODE_ENV === 'production' ? os.cpus().length : 1;\nconst pool = process.env.NODE_ENV === 'production' ? new Pool({ max: 10 }) : new Pool({ max: 10 });\n" },
    { code: "const timeoutMs = process.env.NODE_ENV === 'test' ? 100 : 5000;\nconst store = process.env.NODE_ENV === 'test' ? new MemoryStore() : new RedisStore({ client });\n" },
    // Objects that are not config grouped by deploy name.
    { code: "const Environments = { development: 'development', production: 'production', test: 'test' };\n" },
    { code: "const scripts = { dev: 'vite', build: 'vite build', test: 'vitest', lint: 'eslint .' };\n" },
    { code: "const setups = { development: () => devSetup(), production: () => prodSetup() };\n" },
    { code: "function startProd() {}\nconst startDev = () => {};\nconst start = { production: startProd, development: startDev };\n" },
    { code: "export const environment = { production: true, apiUrl: process.env.API_URL };\n" },
    { code: "module.exports = { env: { production: { plugins: ['transform-remove-console'] }, test: { presets: ['@babel/preset-env'] } } };\n", filename: 'babel.config.js' },
    { code: "const config = { development: { url: 'http://localhost' }, production: { url: 'https://x.io' } };\n", filename: 'test/config.test.ts' },
    { code: "const timeouts = { default: 1000, development: 5000 };\n" },
  ],
  invalid: [
    {
      name: 'a knexfile keyed by deploy name',
      code: "module.exports = {\n  development: { client: 'sqlite3', connection: { filename: './dev.sqlite3' } },\n  production: { client: 'pg', connection: process.env.DATABASE_URL },\n};\n",
      filename: 'knexfile.js',
      errors: [{ range: [0, 17, 3, 1], message: /grouped by deploy name \(development, production\)/ }],
    },
    {
      name: 'a Sequelize config keyed by deploy name, even with values from the environment',
      code: "module.exports = {\n  development: { url: process.env.DEV_DATABASE_URL, dialect: 'postgres' },\n  test: { url: process.env.TEST_DATABASE_URL, dialect: 'postgres' },\n  production: { url: process.env.DATABASE_URL, dialect: 'postgres' },\n};\n",
      filename: 'config/config.js',
      errors: [{ range: [0, 17, 4, 1], message: /development, test, production/ }],
    },
    {
      code: "const urls = { dev: 'http://localhost:3000', staging: 'https://staging.example.com', prod: 'https://example.com' };\nexport const API_URL = urls[process.env.APP_ENV];\n",
      errors: [{ range: [0, 13, 0, 114] }],
    },
    {
      code: "const API_URL = process.env.NODE_ENV === 'production' ? 'https://api.example.com' : 'http://localhost:3000';\n",
      errors: [{ range: [0, 16, 0, 53], text: "process.env.NODE_ENV === 'production'", message: /chosen by the deploy name/ }],
    },
    {
      code: "const isProd = process.env.NODE_ENV === 'production';\nexport const bucket = isProd ? 'uploads-prod' : 'uploads-dev';\n",
      errors: [{ range: [1, 22, 1, 28], text: 'isProd' }],
    },
    {
      code: "const env = process.env.NODE_ENV || 'development';\nlet databaseUrl;\nif (env === 'production') {\n  databaseUrl = 'postgres://prod-db.internal/app';\n} else {\n  databaseUrl = 'postgres://localhost/app';\n}\n",
      errors: [{ range: [2, 4, 2, 24], text: "env === 'production'" }],
    },
    {
      name: 'a prod branch that connects somewhere else',
      code: "if (process.env.NODE_ENV === 'production') {\n  mongoose.connect('mongodb://prod-db.internal:27017/app');\n}\n",
      errors: [{ text: "process.env.NODE_ENV === 'production'" }],
    },
    {
      code: "function apiBase() {\n  switch (process.env.NODE_ENV) {\n    case 'production':\n      return 'https://api.example.com';\n    default:\n      return 'http://localhost:3000';\n  }\n}\n",
      errors: [{ range: [1, 10, 1, 30] }],
    },
    {
      code: "switch (process.env.APP_ENV) {\n  case 'staging':\n    config.apiUrl = 'https://staging.example.com';\n    break;\n  case 'production':\n    config.apiUrl = 'https://example.com';\n    break;\n}\n",
      errors: [{ range: [0, 8, 0, 27], text: 'process.env.APP_ENV' }],
    },
    {
      code: "const corsOptions = { origin: process.env.NODE_ENV === 'production' ? 'https://myapp.com' : 'http://localhost:3000' };\n",
      errors: [{ text: "process.env.NODE_ENV === 'production'" }],
    },
    {
      name: 'reading a different variable per deploy name',
      code: "const mongoUri = process.env.NODE_ENV === 'production' ? process.env.MONGO_URI_PROD : process.env.MONGO_URI_DEV;\n",
      errors: [{ text: "process.env.NODE_ENV === 'production'" }],
    },
    {
      code: "if (['staging', 'production'].includes(process.env.ENV)) {\n  config.port = 80;\n}\n",
      errors: [{ range: [0, 4, 0, 55] }],
    },
    {
      code: "const baseURL = import.meta.env.PROD ? '/api' : 'http://localhost:5000/api';\n",
      filename: 'src/api.ts',
      errors: [{ text: 'import.meta.env.PROD' }],
    },
    // Numbers, objects and clients chosen by the deploy name are settings whatever the target is called.
    {
      name: 'two numbers chosen by NODE_ENV',
      code: "module.exports.upstreamTimeout = process.env.NODE_ENV === 'production' ? 2000 : 10000;\n",
      errors: [{ range: [0, 33, 0, 70], text: "process.env.NODE_ENV === 'production'" }],
    },
    {
      code: "const isProd = process.env.NODE_ENV === 'production';\nconst pollEvery = isProd ? 10_000 : 500;\nsetInterval(flush, process.env.NODE_ENV !== 'production' ? 1000 : 60000);\n",
      errors: [{ range: [1, 18, 1, 24], text: 'isProd' }, { text: "process.env.NODE_ENV !== 'production'" }],
    },
    {
      name: 'two objects whose fields differ',
      code: "const storage = process.env.NODE_ENV === 'production' ? { driver: 's3', bucket: process.env.BUCKET } : { driver: 'disk', root: './uploads' };\n",
      errors: [{ text: "process.env.NODE_ENV === 'production'" }],
    },
    {
      name: 'two different clients',
      code: "const replayStore = process.env.NODE_ENV === 'production'\n  ? new S3Storage({ bucket: process.env.REPLAY_BUCKET })\n  : new DiskStorage(path.join(__dirname, 'replays'));\n",
      errors: [{ range: [0, 20, 0, 57] }],
    },
    {
      name: 'one client with different options',
      code: "const pool = process.env.APP_ENV === 'staging' ? new Pool({ max: 2 }) : new Pool({ max: 20 });\n",
      errors: [{ text: "process.env.APP_ENV === 'staging'" }],
    },
    {
      code: "const LOG_LEVELS = { development: 'debug', production: 'info', test: 'silent' };\n",
      errors: [{ range: [0, 19, 0, 79] }],
    },
  ],
});

// The prefilter lets the engine skip parsing a file: it must say "may report" wherever the
// rule reports, and should rule out files that only look alike (products, test files).
describe('config/env-name-branching prefilter', () => {
  const REPORTED: PrefilterCase[] = [
    ['an element access on process.env', "const apiUrl = process.env['NODE_ENV'] === 'production' ? 'https://api.example.com' : 'http://localhost:3000';\n"],
    ['a flag, with no deploy-name literal', "const apiUrl = isProd ? 'https://api.example.com' : 'http://localhost:3000';\n"],
    ['a flag on a config object', "export const redisHost = config.IS_STAGING ? 'redis.staging.internal' : 'redis.internal';\n"],
    ['Vite\'s import.meta.env.PROD', "const apiUrl = import.meta.env.PROD ? 'https://api.example.com' : 'http://localhost:3000';\n"],
    ['a normalised deploy name', "const apiUrl = process.env.APP_ENV.toLowerCase() === 'staging' ? 'https://staging.example.com' : 'https://example.com';\n"],
    ['startsWith on the deploy name', "const apiUrl = process.env.NODE_ENV.startsWith('prod') ? 'https://api.example.com' : 'http://localhost:3000';\n"],
    ['Express\'s app.get(\'env\')', "const dbHost = app.get('env') === 'development' ? 'localhost' : 'db.internal';\n"],
    ['a variable holding the deploy name', "const mode = process.env.NODE_ENV;\nexport const apiUrl = mode === 'qa' ? 'https://qa.example.com' : 'https://example.com';\n"],
    ['a literal that only contains prod', "const region = process.env.DEPLOY_ENV === 'eu-product' ? 'eu.example.com' : 'us.example.com';\n"],
    ['a switch on a stage parameter', "export function apiUrlFor(stage: string) {\n  let url = 'https://example.com';\n  switch (stage) {\n    case 'uat':\n      url = 'https://uat.example.com';\n      break;\n  }\n  return url;\n}\n"],
    ['an object keyed by deploy names', "export default {\n  development: { apiUrl: 'http://localhost:3000' },\n  'production': { apiUrl: 'https://api.example.com' },\n};\n"],
    ['shorthand deploy keys', "const development = { apiUrl: 'http://localhost:3000' };\nconst production = { apiUrl: 'https://api.example.com' };\nexport default { development, production };\n"],
    ['an escaped deploy-name literal', "const devUrl = 'http://localhost:3000';\nexport const apiUrl = process.env.NODE_ENV === 'de\\u0076' ? devUrl : 'https://api.example.com';\n"],
    ['an escaped variable name', "export const apiUrl = process.env.NODE\\u005fENV === 'production' ? 'https://api.example.com' : 'http://localhost:3000';\n"],
    ['an unterminated deploy-name literal (while typing)', "export const apiUrl = process.env.NODE_ENV === 'dev\n  ? 'http://localhost:3000' : 'https://api.example.com';\n"],
  ];
  const RULED_OUT: PrefilterCase[] = [
    [
      'a service about products that reads other variables',
      "import { db } from './db';\nconst productApi = process.env.PRODUCT_API_URL ?? 'http://localhost:4000';\nexport async function findProduct(id: string) {\n  if (!id) throw new Error('product id is required');\n  return db.products.findOne({ id, status: 'in-production' });\n}\n",
    ],
    ['a regular expression test and a comment naming deploys', "// Used by local and development builds alike; production reads SKUs from the database.\nconst SKU = /^[A-Z]{3}-\\d+$/;\nexport const isSku = (value: string) => SKU.test(value);\n"],
    ['process.env reads of other settings', "export const port = Number(process.env.PORT ?? 3000);\nexport const devToolsEnabled = process.env.ENABLE_DEVTOOLS === 'true';\n"],
    ['a test file', "const apiUrl = process.env.NODE_ENV === 'production' ? 'https://api.example.com' : 'http://localhost:3000';\n", 'test/config.test.ts'],
    ['a build tool config', "module.exports = { mode: process.env.NODE_ENV === 'production' ? 'production' : 'development', output: { publicPath: process.env.NODE_ENV === 'production' ? 'https://cdn.example.com/' : '/' } };\n", 'webpack.config.js'],
  ];
  prefilterCases(envNameBranching, 'src/config.ts', REPORTED, RULED_OUT);
});
