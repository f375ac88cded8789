import { ruleTester } from '../../../helpers/ruleTester';
import { migrateOnBoot } from '../../../../server/src/engine/rules/admin-processes/migrate-on-boot';

ruleTester(migrateOnBoot, {
  valid: [
    // the same calls in migrations/, scripts/, bin/ and db/migrate…
    { code: "module.exports = { up: async ({ context: queryInterface }) => { await sequelize.sync(); } };\n", filename: "migrations/001-init.js" },
    { code: "import { execSync } from 'child_process';\nimport { umzug } from '../src/db';\nawait umzug.up();\nexecSync('npx prisma migrate deploy', { stdio: 'inherit' });\n", filename: "scripts/migrate.ts" },
    { code: "const db = require('./models');\ndb.sequelize.sync({ alter: true }).then(() => app.listen(PORT));\n", filename: "bin/sync-db.js" },
    { code: "import knex from 'knex';\nawait knex(config).migrate.latest();\n", filename: "src/db/migrate/run.ts" },
    // a dedicated migrate entry
    { code: "import { AppDataSource } from './data-source';\nawait AppDataSource.initialize();\nawait AppDataSource.runMigrations();\nprocess.exit(0);\n", filename: "src/migrate.ts" },
    { code: "const { sequelize } = require('./models');\nsequelize.sync({ alter: true }).then(() => process.exit(0));\n", filename: "src/db.migrate.js" },
    { code: "await sequelize.sync({ force: true });\nawait User.bulkCreate(users);\n", filename: "src/seed.ts" },
    // test files
    { code: "beforeAll(async () => { await sequelize.sync({ force: true }); });\n", filename: "test/setup.ts" },
    // TypeORM options read from the environment, connecting without schema changes
    { code: "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({\n  type: 'postgres',\n  url: process.env.DATABASE_URL,\n  synchronize: process.env.DB_SYNCHRONIZE === 'true',\n  migrationsRun: false,\n  entities: [User],\n});\n" },
    // connecting and authenticating is not a schema change
    { code: "import { Sequelize } from 'sequelize';\nconst sequelize = new Sequelize(process.env.DATABASE_URL!);\nawait sequelize.authenticate();\nawait mongoose.connect(process.env.MONGO_URL!);\napp.listen(process.env.PORT);\n" },
    // other .sync() / .up() methods
    { code: "await cache.sync();\nconst result = await counter.up();\nfs.fsyncSync(fd);\nawait repo.sync(remote);\n" },
    // an unknown sync() outside the server entry
    { code: "import { catalog } from './catalog';\nexport async function refresh() {\n  await catalog.sync();\n}\n" },
    // the entry doubles as a one-off command guarded by argv
    { code: "if (process.argv.includes('--migrate')) {\n  await umzug.up();\n  process.exit(0);\n}\napp.listen(process.env.PORT);\n" },
    // child processes that are not migrations
    { code: "import { execSync } from 'child_process';\nexecSync('npx prisma generate');\nexecSync('npm run migrate:create -- add-users');\n" },
    // package.json: migrations in their own script, start runs the build
    { code: "{\n  \"name\": \"api\",\n  \"scripts\": {\n    \"migrate\": \"prisma migrate deploy\",\n    \"start\": \"node dist/server.js\"\n  },\n  \"dependencies\": {}\n}\n", filename: "package.json" },
    // test harness files outside test folders, and test-only branches
    { code: "beforeAll(async () => {\n  await sequelize.sync({ force: true });\n});\n", filename: "jest.setup.ts" },
    { code: "if (process.env.NODE_ENV === 'test') {\n  await sequelize.sync({ force: true });\n}\n" },
    // a file run by an admin script of its package is a dedicated entry, whatever its name
    { code: "import { sequelize } from './connection';\nawait sequelize.sync({ alter: true });\nawait sequelize.close();\n", filename: "src/database/bootstrap.ts", files: {"package.json": "{\n  \"name\": \"api\",\n  \"scripts\": { \"db:prepare\": \"node dist/database/bootstrap.js\", \"start\": \"node dist/server.js\" }\n}\n"} },
    // docker-compose: a one-off migrate service
    { code: "services:\n  migrate:\n    image: api\n    command: npx prisma migrate deploy\n  web:\n    image: api\n    command: node dist/server.js\n", filename: "docker-compose.yml" },
  ],
  invalid: [
    {
      name: "db.sequelize.sync with alter, before listening",
      code: "const db = require('./models');\ndb.sequelize.sync({ alter: true }).then(() => app.listen(PORT));\n",
      errors: [{ range: [1, 0, 1, 34], text: "db.sequelize.sync({ alter: true })", message: /Sequelize sync\(\) creates or alters tables when the process starts\. Run migrations as a one-off admin process/ }],
    },
    {
      name: "plain sequelize.sync() in the server entry",
      filename: "src/server.ts",
      code: "import { sequelize } from './db';\nasync function start() {\n  await sequelize.sync();\n  app.listen(process.env.PORT);\n}\nstart();\n",
      errors: [{ range: [2, 8, 2, 24], text: "sequelize.sync()" }],
    },
    {
      name: "a model synced with force, receiver defined by sequelize.define",
      code: "const User = sequelize.define('User', { email: DataTypes.STRING });\nawait User.sync({ force: true });\nconst Order = db.define('Order', {});\nawait Order.sync();\n",
      errors: [{ range: [1, 6, 1, 32], text: "User.sync({ force: true })" }, { range: [3, 6, 3, 18], text: "Order.sync()" }],
    },
    {
      name: "knex migrate.latest on a knex instance",
      code: "import knex from 'knex';\nimport config from './knexfile';\nconst db = knex(config);\nawait db.migrate.latest();\napp.listen(Number(process.env.PORT));\n",
      errors: [{ range: [3, 6, 3, 25], text: "db.migrate.latest()", message: /knex migrate\.latest\(\)/ }],
    },
    {
      name: "Umzug up() on a new Umzug instance (CommonJS)",
      filename: "src/app.js",
      code: "const { Umzug, SequelizeStorage } = require('umzug');\nconst migrator = new Umzug({ migrations: { glob: 'migrations/*.js' }, storage: new SequelizeStorage({ sequelize }), logger: console });\n(async () => {\n  await migrator.up();\n  app.listen(process.env.PORT);\n})();\n",
      errors: [{ range: [3, 8, 3, 21], text: "migrator.up()" }],
    },
    {
      name: "TypeORM synchronize and migrationsRun (the properties)",
      code: "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({\n  type: 'postgres',\n  url: process.env.DATABASE_URL,\n  synchronize: true,\n  migrationsRun: true,\n});\n",
      errors: [{ range: [4, 2, 4, 19], text: "synchronize: true" }, { range: [5, 2, 5, 21], text: "migrationsRun: true", message: /migrationsRun: true applies migrations/ }],
    },
    {
      name: "Nest TypeOrmModule.forRoot synchronize",
      code: "@Module({\n  imports: [TypeOrmModule.forRoot({ type: 'mysql', host: process.env.DB_HOST, autoLoadEntities: true, synchronize: true })],\n})\nexport class AppModule {}\n",
      errors: [{ range: [1, 102, 1, 119], text: "synchronize: true" }],
    },
    {
      name: "mongoose syncIndexes at startup",
      code: "import mongoose from 'mongoose';\nawait mongoose.connect(process.env.MONGO_URL!);\nawait mongoose.syncIndexes();\nawait Product.syncIndexes();\n",
      errors: [{ range: [2, 6, 2, 28], text: "mongoose.syncIndexes()" }, { range: [3, 6, 3, 27], text: "Product.syncIndexes()" }],
    },
    {
      name: "execSync prisma migrate deploy",
      code: "import { execSync } from 'node:child_process';\nexecSync('npx prisma migrate deploy', { stdio: 'inherit' });\nawait app.listen({ port: Number(process.env.PORT) });\n",
      errors: [{ range: [1, 0, 1, 59], text: "execSync('npx prisma migrate deploy', { stdio: 'inherit' })", message: /`prisma migrate deploy` runs schema migrations/ }],
    },
    {
      name: "spawnSync prisma db push and exec npm run migrate",
      filename: "src/index.js",
      code: "const cp = require('child_process');\ncp.spawnSync('npx', ['prisma', 'db', 'push', '--accept-data-loss']);\ncp.exec('npm run migrate', (err) => { if (err) process.exit(1); });\n",
      errors: [{ range: [1, 0, 1, 67], text: "cp.spawnSync('npx', ['prisma', 'db', 'push', '--accept-data-loss'])" }, { range: [2, 0, 2, 66], text: "cp.exec('npm run migrate', (err) => { if (err) process.exit(1); })" }],
    },
    {
      name: "drizzle migrator and TypeORM runMigrations",
      code: "import { migrate } from 'drizzle-orm/node-postgres/migrator';\nawait migrate(db, { migrationsFolder: './drizzle' });\nawait AppDataSource.runMigrations();\n",
      errors: [{ range: [1, 6, 1, 52], text: "migrate(db, { migrationsFolder: './drizzle' })" }, { range: [2, 6, 2, 35], text: "AppDataSource.runMigrations()" }],
    },
    {
      name: "a development-only sync is still a schema change at boot",
      code: "if (process.env.NODE_ENV !== 'production') {\n  await sequelize.sync({ alter: true });\n}\n",
      errors: [{ range: [1, 8, 1, 39], text: "sequelize.sync({ alter: true })" }],
    },
    {
      name: "the server entry is not an admin entry even when an admin script passes it a flag",
      filename: "src/server.ts",
      files: {"package.json": "{\n  \"name\": \"api\",\n  \"scripts\": { \"start\": \"node dist/src/server.js\", \"db:sync\": \"node dist/src/server.js --sync-only\" }\n}\n"},
      code: "import { sequelize } from './db';\nawait sequelize.sync();\napp.listen(process.env.PORT);\n",
      errors: [{ range: [1, 6, 1, 22], text: "sequelize.sync()" }],
    },
    {
      name: "a module named migrate.ts that only exports a function is not a dedicated entry",
      filename: "src/db/migrate.ts",
      code: "import { Umzug, SequelizeStorage } from 'umzug';\nimport { sequelize } from './connection';\n\nconst umzug = new Umzug({ migrations: { glob: 'migrations/*.js' }, storage: new SequelizeStorage({ sequelize }), logger: console });\n\nexport async function migrate(): Promise<void> {\n  await umzug.up();\n}\n",
      errors: [{ range: [6, 8, 6, 18], text: "umzug.up()" }],
    },
    {
      name: "db.sync() on an unknown receiver in the server entry (a file that listens)",
      filename: "index.js",
      code: "const db = require('./db.js');\nconst app = require('./server');\nconst port = process.env.PORT || 3000;\n\ndb.sync()\n  .then(function () {\n    app.listen(port, function () {\n      console.log(`Server now listening on port ${port}`);\n    });\n  });\n",
      errors: [{ range: [4, 0, 4, 9], text: "db.sync()", message: /sync\(\) in the server entry/ }],
    },
    {
      name: "sync options chosen by a conditional",
      code: "import db from './db';\nconst syncOptions = env === 'development' ? { alter: true } : {};\nawait db.sync(syncOptions);\n",
      errors: [{ range: [2, 6, 2, 26], text: "db.sync(syncOptions)" }],
    },
    {
      name: "package.json start script that migrates first",
      filename: "package.json",
      code: "{\n  \"name\": \"api\",\n  \"scripts\": {\n    \"build\": \"tsc\",\n    \"start\": \"npx prisma migrate deploy && node dist/server.js\"\n  },\n  \"dependencies\": {}\n}\n",
      errors: [{ range: [4, 13, 4, 63], text: "\"npx prisma migrate deploy && node dist/server.js\"", message: /The "start" script runs `prisma migrate deploy`/ }],
    },
    {
      name: "docker-compose command that migrates, then starts the server",
      filename: "docker-compose.yml",
      code: "services:\n  api:\n    build: .\n    command: sh -c \"npm run migrate && node dist/server.js\"\n",
      errors: [{ range: [3, 13, 3, 59], text: "sh -c \"npm run migrate && node dist/server.js\"" }],
    },
  ],
});

