import { ruleTester } from '../../../helpers/ruleTester';
import { hardcodedUrl } from '../../../../server/src/engine/rules/backing-services/hardcoded-url';

ruleTester(hardcodedUrl, {
  valid: [
    // Values from the environment, with or without a local default.
    { code: "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\n" },
    { code: "const url = process.env.DATABASE_URL || 'postgres://localhost/dev';\n" },
    { code: "export const MONGO_URI = process.env.MONGO_URI ?? 'mongodb://localhost:27017/app';\n" },
    { code: "const { REDIS_URL = 'redis://localhost:6379' } = process.env;\n" },
    { code: "import Redis from 'ioredis';\nconst redis = new Redis({ host: process.env.REDIS_HOST || 'localhost', port: Number(process.env.REDIS_PORT) || 6379 });\n" },
    { code: "import Redis from 'ioredis';\n// The port alone is the protocol default; the location comes from the environment.\nconst redis = new Redis({ host: process.env.REDIS_HOST, port: 6379 });\n" },
    { code: "import { Pool } from 'pg';\nexport const createPool = (opts: { host?: string }) => new Pool({ host: opts.host || 'localhost', database: 'app' });\n" },
    { code: "const redisUrl = process.env.NODE_ENV === 'test' ? process.env.TEST_REDIS_URL : process.env.REDIS_URL;\n" },
    // Env schemas document a default for a variable.
    { code: "const schema = { db: { doc: 'Database URL', format: String, default: 'postgres://localhost/app', env: 'DATABASE_URL' } };\n" },
    { code: "const env = cleanEnv(process.env, { REDIS_URL: url({ default: 'redis://localhost:6379' }) });\n" },
    { code: "const Env = z.object({ DATABASE_URL: z.string().url().default('postgres://localhost:5432/app') });\n" },
    // URLs in tests and test setup.
    { code: "await mongoose.connect('mongodb://localhost:27017/test');\n", filename: 'test/db.test.ts' },
    { code: "const pool = new Pool({ host: 'localhost', port: 5432 });\n", filename: 'src/db.spec.ts' },
    { code: "process.env.DATABASE_URL = 'postgres://localhost/app_test';\n", filename: 'jest.setup.js' },
    // Public web URLs that are not backing services.
    { code: "const api = 'https://api.github.com';\nconst docs = 'https://docs.example.com/guide';\nconst logo = 'https://cdn.example.com/logo.png';\n" },
    { code: "const apiUrl = 'http://localhost:4000/api';\nconst res = await fetch('http://localhost:5000/api/todos');\n" },
    { code: "const firebaseConfig = { apiKey: 'key', authDomain: 'app.firebaseapp.com', databaseURL: 'https://app.firebaseio.com', projectId: 'app' };\n" },
    // Servers binding, dev servers and CORS origins are no backing service.
    { code: "app.listen(3000, 'localhost');\nconst server = http.createServer(app).listen(8080, '127.0.0.1');\n" },
    { code: "export default defineConfig({ server: { host: 'localhost', port: 3000, proxy: { '/api': 'http://localhost:8080' } } });\n", filename: 'vite.config.ts' },
    { code: "app.use(cors({ origin: 'http://localhost:3000' }));\n" },
    // Strings about URLs, not URLs configured for a client.
    { code: "if (url.startsWith('postgres://')) parse(url);\nthrow new Error('DATABASE_URL must look like postgres://user:pass@host/db');\n" },
    { code: "console.log('Connected to mongodb://localhost:27017');\nconst hint = 'postgres://<user>:<password>@<host>/<db>';\n" },
    { code: "const client = new MongoClient(`mongodb://${process.env.MONGO_HOST}:27017/app`);\n" },
    { code: "const dbName = 'app';\nconst DB_HOST_VARIABLE = 'DB_HOST';\nconst redisKeyPrefix = 'sess:';\n" },
    // YAML: values taken from the environment, test compose files, CI service containers.
    { code: "services:\n  api:\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      REDIS_URL: \"${REDIS_URL:-redis://redis:6379}\"\n  db:\n    image: postgres:16\n    hostname: db\n    ports:\n      - '5432:5432'\n", filename: 'docker-compose.yml' },
    { code: "services:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:app@db:5432/app_test\n", filename: 'docker-compose.test.yml' },
    { code: "env:\n  DATABASE_URL: postgres://postgres:postgres@localhost:5432/test\njobs:\n  test:\n    services:\n      postgres:\n        image: postgres:16\n", filename: '.github/workflows/ci.yml' },
    { code: "servers:\n  - url: http://localhost:3000\n    description: local\n", filename: 'docs/api.yml' },
    { code: "const client = new ApolloClient({ uri: 'http://localhost:4000/graphql', cache: new InMemoryCache() });\nconst socket = io('http://localhost:3000');\n", filename: 'src/App.tsx' },
    { code: "export const config = { email: { templates: { footer: { url: 'https://example.com/unsubscribe' } } } };\n" },
    { code: "spec:\n  rules:\n    - host: api.example.com\n      http:\n        paths:\n          - path: /\n", filename: 'k8s/ingress.yaml' },
  ],
  invalid: [
    {
      code: "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: 'postgres://app:hunter2@db.example.com:5432/app' });\n",
      errors: [{ range: [1, 42, 1, 90], text: "'postgres://app:hunter2@db.example.com:5432/app'", message: /database connection URL 'postgres:\/\/app:hu…@db\.example\.com:5432\/app'.*DATABASE_URL/ }],
      output: "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\n",
      outputFiles: { '.env.example': 'DATABASE_URL=\n' },
    },
    {
      name: 'the password never appears in the message',
      code: "import amqp from 'amqplib';\nconst connection = await amqp.connect('amqp://admin:Sup3rS3cretPw@rabbit.internal:5672');\n",
      errors: [{ text: "'amqp://admin:Sup3rS3cretPw@rabbit.internal:5672'", message: /^(?!.*Sup3rS3cretPw).*AMQP broker connection URL 'amqp:\/\/admin:Sup3…@rabbit\.internal:5672'/ }],
      output: "import amqp from 'amqplib';\nconst connection = await amqp.connect(process.env.AMQP_URL);\n",
    },
    {
      code: "const mongoose = require('mongoose');\nmongoose.connect('mongodb://localhost:27017/myapp');\n",
      filename: 'src/db.js',
      errors: [{ range: [1, 17, 1, 50], message: /MongoDB connection URL/ }],
      output: "const mongoose = require('mongoose');\nmongoose.connect(process.env.MONGODB_URL);\n",
      outputFiles: { '.env.example': 'MONGODB_URL=\n' },
    },
    {
      code: "import Redis from 'ioredis';\nconst redis = new Redis(6379, '127.0.0.1');\n",
      errors: [
        { range: [1, 30, 1, 41], text: "'127.0.0.1'", message: /Redis host/ },
        { range: [1, 24, 1, 28], text: '6379', message: /Redis port 6379/ },
      ],
      output: "import Redis from 'ioredis';\nconst redis = new Redis(6379, process.env.REDIS_HOST);\n",
      outputFiles: { '.env.example': 'REDIS_HOST=\n' },
    },
    {
      code: "import Redis from 'ioredis';\nconst redis = new Redis({\n  host: 'cache.internal',\n  port: 6380,\n});\n",
      errors: [
        { range: [2, 8, 2, 24], text: "'cache.internal'" },
        { range: [3, 8, 3, 12], text: '6380' },
      ],
      output: "import Redis from 'ioredis';\nconst redis = new Redis({\n  host: process.env.REDIS_HOST,\n  port: 6380,\n});\n",
    },
    {
      code: "import { createClient } from 'redis';\nexport const client = createClient({ url: 'rediss://default:pw@redis-12345.cloud.redislabs.com:12345' });\n",
      errors: [{ text: "'rediss://default:pw@redis-12345.cloud.redislabs.com:12345'", message: /Redis connection URL/ }],
      output: "import { createClient } from 'redis';\nexport const client = createClient({ url: process.env.REDIS_URL });\n",
    },
    {
      code: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'orders', brokers: ['kafka-1:9092', 'kafka-2:9092'] });\n",
      errors: [{ range: [1, 55, 1, 87], message: /Kafka brokers 'kafka-1:9092, kafka-2:9092'/ }],
      output: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'orders', brokers: (process.env.KAFKA_BROKERS ?? '').split(',') });\n",
      outputFiles: { '.env.example': 'KAFKA_BROKERS=\n' },
    },
    {
      code: "const nodemailer = require('nodemailer');\nconst transporter = nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });\n",
      filename: 'src/mailer.js',
      errors: [
        { text: "'smtp.mailgun.org'", message: /SMTP server host/ },
        { text: '587', message: /SMTP server port 587.*SMTP_PORT/ },
      ],
      output: "const nodemailer = require('nodemailer');\nconst transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });\n",
    },
    {
      code: "import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ region: 'us-east-1', endpoint: 'http://localhost:4566', forcePathStyle: true });\n",
      errors: [{ text: "'http://localhost:4566'", message: /S3 endpoint/ }],
      output: "import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ region: 'us-east-1', endpoint: process.env.S3_ENDPOINT, forcePathStyle: true });\n",
      outputFiles: { '.env.example': 'S3_ENDPOINT=\n' },
    },
    {
      code: "const knex = require('knex')({\n  client: 'pg',\n  connection: { host: '127.0.0.1', port: 5432, user: 'app', database: 'app' },\n});\n",
      filename: 'src/db.js',
      errors: [
        { range: [2, 22, 2, 33], text: "'127.0.0.1'", message: /database host/ },
        { range: [2, 41, 2, 45], text: '5432' },
      ],
      output: "const knex = require('knex')({\n  client: 'pg',\n  connection: { host: process.env.DB_HOST, port: 5432, user: 'app', database: 'app' },\n});\n",
    },
    {
      name: 'the port fix reads a number',
      code: "const knex = require('knex')({ client: 'pg', connection: { host: '127.0.0.1', port: 5432 } });\n",
      filename: 'src/db.js',
      errors: [{ text: "'127.0.0.1'" }, { text: '5432' }],
      fixIndex: 0,
      output: "const knex = require('knex')({ client: 'pg', connection: { host: process.env.DB_HOST, port: 5432 } });\n",
    },
    {
      code: "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres', host: 'db', username: 'app', password: process.env.DB_PASSWORD, database: 'app' });\n",
      errors: [{ text: "'db'", message: /database host 'db'/ }],
      output: "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres', host: process.env.DB_HOST, username: 'app', password: process.env.DB_PASSWORD, database: 'app' });\n",
    },
    {
      code: "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient({ datasources: { db: { url: 'postgresql://app@localhost:5432/app' } } });\n",
      errors: [{ text: "'postgresql://app@localhost:5432/app'" }],
      output: "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient({ datasources: { db: { url: process.env.DATABASE_URL } } });\n",
    },
    {
      name: 'names a variable after the target and appends to an existing .env.example',
      code: "export const config = {\n  databaseUrl: 'postgres://localhost/app',\n  redisHost: 'redis',\n};\n",
      files: { '.env.example': 'PORT=3000' },
      errors: [
        { range: [1, 15, 1, 41], message: /DATABASE_URL/ },
        { range: [2, 13, 2, 20], message: /Redis host 'redis'.*REDIS_HOST/ },
      ],
      output: "export const config = {\n  databaseUrl: process.env.DATABASE_URL,\n  redisHost: 'redis',\n};\n",
      outputFiles: { '.env.example': 'PORT=3000\nDATABASE_URL=\n' },
    },
    {
      code: "const MONGO_URI = `mongodb+srv://${user}:${password}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true`;\n",
      errors: [{ range: [0, 18, 0, 102], message: /MongoDB connection URL 'mongodb\+srv:\/\/\$\{…\}:…@cluster0\.ab1cd\.mongodb\.net\/shop'.*MONGO_URI/ }],
      output: 'const MONGO_URI = process.env.MONGO_URI;\n',
      outputFiles: { '.env.example': 'MONGO_URI=\n' },
    },
    {
      code: "import { connect } from 'nats';\nconst nc = await connect({ servers: 'nats://demo.nats.io:4222' });\n",
      errors: [{ text: "'nats://demo.nats.io:4222'", message: /NATS connection URL/ }],
      output: "import { connect } from 'nats';\nconst nc = await connect({ servers: process.env.NATS_URL });\n",
    },
    {
      code: "const HOST = 'db.internal';\nimport { Pool } from 'pg';\nexport const pool = new Pool({ host: HOST, database: 'app' });\n",
      errors: [{ range: [0, 13, 0, 26], message: /database host 'db\.internal'/ }],
      output: "const HOST = process.env.DB_HOST;\nimport { Pool } from 'pg';\nexport const pool = new Pool({ host: HOST, database: 'app' });\n",
    },
    {
      code: "import { TypeOrmModule } from '@nestjs/typeorm';\nexport const db = TypeOrmModule.forRootAsync({ useFactory: () => ({ type: 'mysql', host: 'mysql.internal', port: 3306 }) });\n",
      errors: [{ text: "'mysql.internal'" }, { text: '3306', message: /DB_PORT/ }],
    },
    {
      code: "module.exports = {\n  type: 'postgres',\n  host: 'localhost',\n  port: 5432,\n  database: 'app',\n};\n",
      filename: 'ormconfig.js',
      errors: [{ range: [2, 8, 2, 19] }, { range: [3, 8, 3, 12] }],
    },
    {
      code: "services:\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app:secret@db:5432/app\n      REDIS_HOST: redis\n      LOG_LEVEL: info\n",
      filename: 'docker-compose.yml',
      errors: [
        { range: [4, 20, 4, 53], message: /^(?!.*secret@).*database connection URL 'postgres:\/\/app:se…@db:5432\/app'/ },
        { range: [5, 18, 5, 23], message: /Redis host 'redis'/ },
      ],
      output: "services:\n  api:\n    build: .\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      REDIS_HOST: redis\n      LOG_LEVEL: info\n",
      outputFiles: { '.env.example': 'DATABASE_URL=\n' },
    },
    {
      code: "services:\n  worker:\n    environment:\n      - AMQP_URL=amqp://guest:guest@rabbitmq:5672\n      - NODE_ENV=production\n",
      filename: 'compose.yaml',
      errors: [{ range: [3, 17, 3, 49], message: /AMQP broker/ }],
      output: "services:\n  worker:\n    environment:\n      - AMQP_URL=${AMQP_URL}\n      - NODE_ENV=production\n",
    },
    {
      code: "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: MONGO_URL\n              value: mongodb://mongo-0.mongo.prod.svc.cluster.local:27017/app\n            - name: REDIS_HOST\n              value: redis-master.prod.svc.cluster.local\n            - name: PORT\n              value: \"8080\"\n",
      filename: 'k8s/deployment.yaml',
      errors: [{ range: [9, 21, 9, 77], message: /MongoDB connection URL/ }, { range: [11, 21, 11, 56], message: /Redis host/ }],
    },
    {
      name: 'a connection object in a const handed to the client',
      code: "import { Queue } from 'bullmq';\nconst connection = { host: 'redis.internal', port: 6379 };\nexport const emails = new Queue('emails', { connection });\n",
      errors: [{ range: [1, 27, 1, 43], message: /Redis host/ }, { range: [1, 51, 1, 55], message: /REDIS_PORT/ }],
      output: "import { Queue } from 'bullmq';\nconst connection = { host: process.env.REDIS_HOST, port: 6379 };\nexport const emails = new Queue('emails', { connection });\n",
    },
    {
      code: "import Redis from 'ioredis';\nconst cluster = new Redis.Cluster([{ host: '10.0.0.1', port: 7000 }]);\n",
      errors: [{ text: "'10.0.0.1'" }, { text: '7000' }],
    },
    {
      code: "const memjs = require('memjs');\nconst mc = memjs.Client.create('mc1.internal:11211,mc2.internal:11211');\n",
      filename: 'src/cache.js',
      errors: [{ text: "'mc1.internal:11211,mc2.internal:11211'", message: /Memcached hosts/ }],
      output: "const memjs = require('memjs');\nconst mc = memjs.Client.create(process.env.MEMCACHED_SERVERS);\n",
    },
    {
      name: 'a broker list without a service word is Kafka',
      code: "export const BROKERS = ['10.0.1.5:9092', '10.0.1.6:9092'];\n",
      errors: [{ range: [0, 23, 0, 57], message: /Kafka brokers/ }],
      output: "export const BROKERS = (process.env.KAFKA_BROKERS ?? '').split(',');\n",
    },
    {
      code: "redis:\n  host: cache.internal\n  port: 6379\nserver:\n  host: 0.0.0.0\n  port: 8080\n",
      filename: 'config/default.yml',
      errors: [{ range: [1, 8, 1, 22], message: /Redis host 'cache\.internal'/ }],
    },
    {
      code: "services:\n  - type: web\n    envVars:\n      - key: REDIS_HOST\n        value: red-cq1abc.internal\n      - key: NODE_ENV\n        value: production\n",
      filename: 'render.yaml',
      errors: [{ range: [4, 15, 4, 34], message: /Redis host 'red-cq1abc\.internal'/ }],
    },
    {
      code: "runtime: nodejs20\nenv_variables:\n  REDIS_URL: redis://10.0.0.3:6379\n  NODE_ENV: production\n",
      filename: 'app.yaml',
      errors: [{ range: [2, 13, 2, 34], message: /Redis connection URL 'redis:\/\/10\.0\.0\.3:6379'/ }],
    },
  ],
});
