import { ruleTester } from '../../../helpers/ruleTester';
import { envNameBranching } from '../../../../server/src/engine/rules/config/env-name-branching';

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
