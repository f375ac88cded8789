import { describe } from 'node:test';
import { ruleTester } from '../../../helpers/ruleTester';
import { inMemorySession } from '../../../../server/src/engine/rules/processes/in-memory-session';
import { prefilterCases, type PrefilterCase } from '../../../helpers/prefilterCases';

const PACKAGE_WITH_REDIS_DEPS = '{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {\n    "connect-redis": "^9.0.0",\n    "redis": "^5.0.0"\n  }\n}\n';

ruleTester(inMemorySession, {
  valid: [
    { code: "import session from 'express-session';\nimport { RedisStore } from 'connect-redis';\nimport { createClient } from 'redis';\nconst client = createClient({ url: process.env.REDIS_URL });\napp.use(session({ store: new RedisStore({ client }), secret: process.env.SESSION_SECRET }));\n" },
    { code: "const session = require('express-session');\nconst MongoStore = require('connect-mongo');\napp.use(session({ secret: process.env.SECRET, store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }) }));\n", filename: 'src/app.js' },
    { code: "const session = require('express-session');\nconst pgSession = require('connect-pg-simple')(session);\napp.use(session({ store: new pgSession({ pool }), secret: process.env.SECRET }));\n", filename: 'src/app.js' },
    // A store we cannot see into (a variable, an import) is assumed external.
    { code: "import session from 'express-session';\nimport { sessionStore } from './stores';\napp.use(session({ store: sessionStore, secret: process.env.SECRET }));\n" },
    { code: "import cookieSession from 'cookie-session';\napp.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY] }));\n" },
    // koa-session with an external store (koa-redis) or its own ContextStore class.
    { code: "const session = require('koa-session');\nconst redisStore = require('koa-redis');\napp.use(session({ key: 'koa.sess', store: redisStore({ url: process.env.REDIS_URL }) }, app));\n", filename: 'src/server.js' },
    { code: "import session from 'koa-session';\nimport { PgSessionStore } from './pgSessionStore';\napp.use(session({ ContextStore: PgSessionStore }, app));\n" },
    // koa-session options we cannot read may carry a store.
    { code: "import session from 'koa-session';\nimport { sessionConfig } from './config';\napp.use(session(sessionConfig, app));\n" },
    { code: "import fastifySecureSession from '@fastify/secure-session';\nfastify.register(fastifySecureSession, { key: Buffer.from(process.env.COOKIE_KEY, 'hex') });\n" },
    { code: "import fastifySession from '@fastify/session';\nimport { RedisStore } from 'connect-redis';\nfastify.register(fastifySession, { secret: process.env.SECRET, store: new RedisStore({ client: redis }) });\n" },
    // Options built elsewhere or spread from shared config may carry a store.
    { code: "import session from 'express-session';\napp.use(session(buildSessionOptions()));\napp.use(session({ ...config.session, name: 'sid' }));\n" },
    // The store is set on the options object later.
    { code: "import session from 'express-session';\nconst sess = { secret: process.env.SECRET, cookie: {} };\nsess.store = new RedisStore({ client: redisClient });\napp.use(session(sess));\n" },
    { code: "import session from 'express-session';\napp.use(session({ secret: 'test' }));\n", filename: 'test/helpers/app.ts' },
    // A store chosen per environment is dev-prod-parity/divergent-backing-service's finding.
    { code: "import session from 'express-session';\nconst isProd = process.env.NODE_ENV === 'production';\napp.use(session({ secret: process.env.SECRET, store: isProd ? new RedisStore({ client }) : new session.MemoryStore() }));\n" },
    { code: "const session = require('express-session');\nif (process.env.NODE_ENV === 'production') {\n  app.use(session({ secret: process.env.SECRET, store: new RedisStore({ client }) }));\n} else {\n  app.use(session({ secret: 'dev' }));\n}\n", filename: 'src/app.js' },
    // A different library's `session` function.
    { code: "import { session } from 'telegraf';\nbot.use(session());\n" },
  ],
  invalid: [
    {
      code: "import express from 'express';\nimport session from 'express-session';\n\nconst app = express();\n\napp.use(\n  session({\n    secret: process.env.SESSION_SECRET!,\n    resave: false,\n  }),\n);\n",
      errors: [{ range: [6, 2, 9, 4], message: /express-session without a `store` keeps sessions in process memory/ }],
      output: "import express from 'express';\nimport session from 'express-session';\nimport { RedisStore } from 'connect-redis';\nimport { createClient } from 'redis';\n\nconst app = express();\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\napp.use(\n  session({\n    store: new RedisStore({ client: redisClient }),\n    secret: process.env.SESSION_SECRET!,\n    resave: false,\n  }),\n);\n",
      outputFiles: { 'package.json': PACKAGE_WITH_REDIS_DEPS, '.env.example': 'REDIS_URL=\n' },
    },
    {
      code: "'use strict';\nconst express = require('express');\nconst session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nconst app = express();\napp.use(session({ store: new MemoryStore({ checkPeriod: 86400000 }), secret: process.env.SECRET }));\n",
      filename: 'src/app.js',
      // The finding covers the middleware's creation; the fix replaces the store it is given.
      errors: [{ text: "session({ store: new MemoryStore({ checkPeriod: 86400000 }), secret: process.env.SECRET })", range: [5, 8, 5, 98], message: /^express-session is given an in-memory session store \(memorystore\)/ }],
      output: "'use strict';\nconst express = require('express');\nconst session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\nconst app = express();\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\napp.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SECRET }));\n",
      outputFiles: { 'package.json': PACKAGE_WITH_REDIS_DEPS },
    },
    {
      code: "import session, { MemoryStore } from 'express-session';\napp.use(session({ secret: process.env.SECRET, store: new MemoryStore() }));\n",
      errors: [{ text: 'session({ secret: process.env.SECRET, store: new MemoryStore() })', range: [1, 8, 1, 73], message: /\(express-session's MemoryStore\)/ }],
      output: "import session, { MemoryStore } from 'express-session';\nimport { RedisStore } from 'connect-redis';\nimport { createClient } from 'redis';\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\napp.use(session({ secret: process.env.SECRET, store: new RedisStore({ client: redisClient }) }));\n",
    },
    {
      code: "import { NestFactory } from '@nestjs/core';\nimport * as session from 'express-session';\nimport { AppModule } from './app.module';\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\n  await app.listen(process.env.PORT ?? 3000);\n}\nbootstrap();\n",
      filename: 'src/main.ts',
      errors: [{ text: 'session({ secret: process.env.SESSION_SECRET, resave: false })', range: [6, 10, 6, 72] }],
      output: "import { NestFactory } from '@nestjs/core';\nimport * as session from 'express-session';\nimport { AppModule } from './app.module';\nimport { RedisStore } from 'connect-redis';\nimport { createClient } from 'redis';\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, resave: false }));\n  await app.listen(process.env.PORT ?? 3000);\n}\nbootstrap();\n",
    },
    {
      code: "const fastify = require('fastify')();\nconst fastifySession = require('@fastify/session');\n\nfastify.register(require('@fastify/cookie'));\nfastify.register(fastifySession, {\n  secret: process.env.SESSION_SECRET,\n  cookie: { secure: true },\n});\n",
      filename: 'src/server.js',
      errors: [{ range: [4, 0, 7, 2], message: /@fastify\/session without a `store`/ }],
      output: "const fastify = require('fastify')();\nconst fastifySession = require('@fastify/session');\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\n\nfastify.register(require('@fastify/cookie'));\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\nfastify.register(fastifySession, {\n  store: new RedisStore({ client: redisClient }),\n  secret: process.env.SESSION_SECRET,\n  cookie: { secure: true },\n});\n",
    },
    {
      code: "import Fastify from 'fastify';\nimport fastifySession from '@fastify/session';\nconst app = Fastify();\nawait app.register(fastifySession, { secret: process.env.SECRET, store: new fastifySession.MemoryStore() });\n",
      errors: [{ text: 'app.register(fastifySession, { secret: process.env.SECRET, store: new fastifySession.MemoryStore() })', message: /^@fastify\/session is given an in-memory session store/ }],
    },
    {
      // Existing client and a v7 connect-redis: reuse both, declare nothing.
      code: "import session from 'express-session';\nimport RedisStore from 'connect-redis';\nimport { createClient } from 'redis';\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nconst sess = {\n  secret: process.env.SECRET,\n  cookie: {},\n};\napp.use(session(sess));\n",
      files: { 'package.json': '{\n  "name": "app",\n  "dependencies": {\n    "connect-redis": "^7.1.0",\n    "redis": "^4.6.0"\n  }\n}\n' },
      errors: [{ text: 'session(sess)', range: [9, 8, 9, 21] }],
      output: "import session from 'express-session';\nimport RedisStore from 'connect-redis';\nimport { createClient } from 'redis';\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nconst sess = {\n  store: new RedisStore({ client: redisClient }),\n  secret: process.env.SECRET,\n  cookie: {},\n};\napp.use(session(sess));\n",
    },
    {
      code: "const app = require('express')();\napp.use(require('express-session')({ secret: process.env.SECRET }));\n",
      filename: 'index.js',
      errors: [{ text: "require('express-session')({ secret: process.env.SECRET })" }],
      output: "const app = require('express')();\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\napp.use(require('express-session')({ store: new RedisStore({ client: redisClient }), secret: process.env.SECRET }));\n",
    },
    {
      // koa-session without an external store: the catalog lists it as a positive. (This shape used
      // to be a valid case — "cookie mode is stateless" — which contradicted the catalog.) Corpus: koa-api.
      code: "const Koa = require('koa');\nconst session = require('koa-session');\nconst app = new Koa();\napp.keys = (process.env.SESSION_KEYS || '').split(',');\napp.use(session({ key: 'bookings.sess', maxAge: 86400000, httpOnly: true }, app));\n",
      filename: 'app.js',
      errors: [{ text: "session({ key: 'bookings.sess', maxAge: 86400000, httpOnly: true }, app)", range: [4, 8, 4, 80], message: /koa-session without an external `store` keeps the whole session in a signed client cookie/ }],
    },
    {
      code: "import Koa from 'koa';\nimport session from 'koa-session';\nconst app = new Koa();\napp.use(session(app));\n",
      errors: [{ text: 'session(app)', message: /Configure an external store/ }],
    },
    {
      // koa-generic-session keeps sessions in a MemoryStore unless given a store; no connect-redis fix for Koa.
      code: "import Koa from 'koa';\nimport session from 'koa-generic-session';\nconst app = new Koa();\napp.use(session());\n",
      errors: [{ text: 'session()', range: [3, 8, 3, 17], message: /koa-generic-session without a `store`/ }],
    },
    {
      // koa-session with a hand-written store that keeps sessions in a module Map.
      code: "const session = require('koa-session');\nconst sessions = new Map();\napp.use(session({\n  store: {\n    get: (key) => sessions.get(key),\n    set: (key, sess) => { sessions.set(key, sess); },\n    destroy: (key) => { sessions.delete(key); },\n  },\n}, app));\n",
      filename: 'src/app.js',
      errors: [{ range: [2, 8, 8, 7], message: /koa-session is given an in-memory session store/ }],
    },
    {
      code: "import session from 'express-session';\napp.use(session());\n",
      errors: [{ text: 'session()' }],
      output: "import session from 'express-session';\nimport { RedisStore } from 'connect-redis';\nimport { createClient } from 'redis';\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\napp.use(session({ store: new RedisStore({ client: redisClient }) }));\n",
    },
    {
      // keycloak-connect's classic setup: reported once, on the session middleware given the store;
      // the fix replaces the construction, so keycloak-connect gets the Redis store too.
      code: "const session = require('express-session');\nconst Keycloak = require('keycloak-connect');\nconst memoryStore = new session.MemoryStore();\nconst keycloak = new Keycloak({ store: memoryStore });\napp.use(session({ secret: process.env.SECRET, resave: false, saveUninitialized: true, store: memoryStore }));\n",
      filename: 'src/app.js',
      errors: [{ range: [4, 8, 4, 107], message: /^express-session is given an in-memory session store \(express-session's MemoryStore\)/ }],
      output: "const session = require('express-session');\nconst Keycloak = require('keycloak-connect');\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\n\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\nconst memoryStore = new RedisStore({ client: redisClient });\nconst keycloak = new Keycloak({ store: memoryStore });\napp.use(session({ secret: process.env.SECRET, resave: false, saveUninitialized: true, store: memoryStore }));\n",
    },
    {
      // Built in one module, used by the session middleware in another: reported where it is built.
      code: "import { MemoryStore } from 'express-session';\nexport const memoryStore = new MemoryStore();\n",
      filename: 'src/session/store.ts',
      errors: [{ text: 'new MemoryStore()', message: /^express-session's MemoryStore keeps sessions in process memory/ }],
    },
    {
      // A store set on the options object later: reported on the middleware, fixed where the store is built.
      code: "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nconst sess = { secret: process.env.SECRET };\nsess.store = new MemoryStore({ checkPeriod: 86400000 });\napp.use(session(sess));\n",
      filename: 'src/app.js',
      errors: [{ text: 'session(sess)', range: [4, 8, 4, 21], message: /\(memorystore\)/ }],
      output: "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nconst { RedisStore } = require('connect-redis');\nconst { createClient } = require('redis');\nconst sess = { secret: process.env.SECRET };\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nredisClient.connect().catch(console.error);\n\nsess.store = new RedisStore({ client: redisClient });\napp.use(session(sess));\n",
    },
    {
      // A multi-line middleware creation starts where the call starts, and contains the store line.
      code: "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\napp.use(session({\n  store: new MemoryStore({ checkPeriod: 86400000 }),\n  secret: process.env.SECRET,\n}));\n",
      filename: 'src/app.js',
      errors: [{ range: [2, 8, 5, 2] }],
    },
    {
      // koa-session given a MemoryStore-named class: reported on koaSession(opts, app); no connect-redis fix for Koa.
      code: "import koaSession from 'koa-session';\nimport { InMemorySessionStore } from './stores';\nconst opts = { key: 'sid', store: new InMemorySessionStore() };\napp.use(koaSession(opts, app));\n",
      errors: [{ text: 'koaSession(opts, app)', message: /^koa-session is given an in-memory session store/ }],
    },
  ],
});

// The prefilter lets the engine skip parsing a file: it must say "may report" wherever the
// rule reports, and should rule out files that only talk about sessions.
describe('processes/in-memory-session prefilter', () => {
  const REPORTED: PrefilterCase[] = [
    ['express-session without a store', "const session = require('express-session');\napp.use(session({ secret: process.env.SESSION_SECRET }));\n"],
    ['a require inside a function', "function setup(app) {\n  const session = require('express-session');\n  app.use(session({ secret: process.env.SESSION_SECRET }));\n}\n"],
    ['@fastify/session registered as a plugin', "import fastifySession from '@fastify/session';\nawait app.register(fastifySession, { secret: process.env.SESSION_SECRET });\n"],
    ['a memorystore built apart from the middleware', "const session = require('express-session');\nconst MemoryStore = require('memorystore')(session);\nmodule.exports.store = new MemoryStore({ checkPeriod: 86400000 });\n"],
    ['koa-session, which keeps the session in a cookie', "import session from 'koa-session';\napp.use(session(app));\n"],
    ['an escaped specifier', "const session = require('express\\u002dsession');\napp.use(session({ secret: process.env.SESSION_SECRET }));\n"],
    ['an escape elsewhere in the file', "const session = require('express-session');\nconst NAME = /^[\\u0041-\\u005a]+$/;\napp.use(session({ secret: process.env.SESSION_SECRET }));\n"],
  ];
  const RULED_OUT: PrefilterCase[] = [
    [
      'a service about user sessions, kept in the database',
      "import { db } from '../db';\nexport interface Session { id: string; userId: string; expiresAt: Date }\nconst sessionCache = new Map<string, Session>();\nexport async function findSession(id: string): Promise<Session | undefined> {\n  return sessionCache.get(id) ?? db.sessions.findOne({ id });\n}\n",
      'src/services/session/session-service.ts',
    ],
    ['a route reading req.session', "const express = require('express');\nconst router = express.Router();\nrouter.get('/me', (req, res) => res.json(req.session.user));\nmodule.exports = router;\n"],
    ['cookie-session, which keeps the session client-side', "const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 'session', keys: [process.env.SESSION_KEY] }));\n"],
    ['a test file', "const session = require('express-session');\napp.use(session({ secret: 'test' }));\n", 'test/app.test.js'],
  ];
  prefilterCases(inMemorySession, 'src/app.js', REPORTED, RULED_OUT);
});
