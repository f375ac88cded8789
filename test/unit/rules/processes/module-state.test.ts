import { describe } from 'node:test';
import { ruleTester } from '../../../helpers/ruleTester';
import { moduleState } from '../../../../server/src/engine/rules/processes/module-state';
import { prefilterCases, type PrefilterCase } from '../../../helpers/prefilterCases';

ruleTester(moduleState, {
  valid: [
    // Written at module load only.
    { code: "const routes = new Map();\nroutes.set('/health', 'ok');\nlet counter = 0;\ncounter++;\napp.get('/r', (req, res) => res.send(routes.get(req.path)));\n" },
    // Read-only lookups inside a handler.
    { code: "const users = new Map([['1', { name: 'a' }]]);\napp.get('/users/:id', (req, res) => {\n  if (!users.has(req.params.id)) return res.sendStatus(404);\n  res.json(users.get(req.params.id));\n});\n" },
    // State scoped inside the handler, shadowing a module name.
    { code: "const items = [];\nrouter.post('/items', (req, res) => {\n  const items = [];\n  items.push(req.body);\n  res.json(items);\n});\n" },
    // WeakMap cache keyed by the request object.
    { code: "const perRequest = new WeakMap();\napp.use((req, res, next) => {\n  perRequest.set(req, Date.now());\n  next();\n});\n" },
    // Written in a startup function that no handler calls.
    { code: "let db;\nconst cache = new Map();\nasync function start() {\n  db = await connect(process.env.DATABASE_URL);\n  cache.set('boot', Date.now());\n  app.listen(Number(process.env.PORT ?? 3000));\n}\nstart();\n" },
    // prom-client counters are objects with methods, not module state writes.
    { code: "import client from 'prom-client';\nconst requests = new client.Counter({ name: 'http_requests_total', help: 'n' });\napp.use((req, res, next) => {\n  requests.inc();\n  next();\n});\n" },
    // A Redis client's set() is a backing service, not a module collection.
    { code: "import { createClient } from 'redis';\nconst redis = createClient({ url: process.env.REDIS_URL });\napp.post('/sessions', async (req, res) => {\n  await redis.set(req.body.id, JSON.stringify(req.body));\n  res.sendStatus(201);\n});\n" },
    // Lazy initialisation of a connection inside a handler is not per-request state.
    { code: "let pool;\napp.use(async (req, res, next) => {\n  if (!pool) pool = await createPool(process.env.DATABASE_URL);\n  req.db = pool;\n  next();\n});\n" },
    // A signal handler is not a request handler.
    { code: "let shuttingDown = false;\nprocess.on('SIGTERM', () => {\n  shuttingDown = true;\n});\napp.get('/health', (req, res) => res.sendStatus(shuttingDown ? 503 : 200));\n" },
    // Per-request objects: res.locals, req properties.
    { code: "app.use((req, res, next) => {\n  res.locals.user = req.user;\n  req.startedAt = Date.now();\n  next();\n});\n" },
    // Test files are not deployed processes.
    { code: "const calls = [];\napp.get('/x', (req, res) => { calls.push(req.url); res.end(); });\n", filename: 'test/server.test.ts' },
    // A socket / queue consumer callback is not an HTTP handler.
    { code: "const jobs = [];\nqueue.process(async (job) => {\n  jobs.push(job.id);\n});\n" },
    // A filtered copy, not the module array.
    { code: "const users = [];\napp.get('/u', (req, res) => {\n  const active = users.filter((u) => u.active);\n  active.push({ id: 'x' });\n  res.json(active);\n});\n" },
    // Modules of the app used through their API, not mutated as collections.
    { code: "const db = require('./db');\nconst cache = require('./cache');\nrouter.post('/users', async (req, res) => {\n  await db.query('insert into users values ($1)', [req.body.name]);\n  cache.set(req.body.name, true);\n  res.sendStatus(201);\n});\n", filename: 'src/routes/users.js' },
  ],
  invalid: [
    {
      code: "import express from 'express';\nconst app = express();\nconst sessions = new Map();\napp.post('/login', (req, res) => {\n  sessions.set(req.body.id, req.body.user);\n  res.sendStatus(204);\n});\n",
      errors: [{ range: [4, 2, 4, 42], text: 'sessions.set(req.body.id, req.body.user)', message: /`sessions` \(declared on line 3\) is mutated with set\(\) inside a request handler/ }],
    },
    {
      code: "let requestCount = 0;\napp.use((req, res, next) => {\n  requestCount++;\n  next();\n});\n",
      errors: [{ text: 'requestCount++', range: [2, 2, 2, 16], message: /`requestCount` \(declared on line 1\) is incremented/ }],
    },
    {
      code: "const carts = {};\nrouter.put('/cart/:id', async (req, res) => {\n  carts[req.params.id] = req.body;\n  delete carts[req.query.old];\n  res.json(carts[req.params.id]);\n});\n",
      errors: [
        { text: 'carts[req.params.id] = req.body', range: [2, 2, 2, 33] },
        { text: 'delete carts[req.query.old]', range: [3, 2, 3, 29], message: /deleted from/ },
      ],
    },
    {
      code: "const todos: Todo[] = [];\nfastify.post('/todos', async (request, reply) => {\n  todos.push(request.body as Todo);\n  return reply.code(201).send();\n});\n",
      errors: [{ text: 'todos.push(request.body as Todo)' }],
    },
    {
      code: "let currentUser = null;\nmodule.exports = function auth(req, res, next) {\n  currentUser = req.user;\n  next();\n};\n",
      filename: 'src/middleware/auth.js',
      errors: [{ text: 'currentUser = req.user', message: /is reassigned inside a request handler/ }],
    },
    {
      code: "const Hapi = require('@hapi/hapi');\nconst visits = new Set();\nconst server = Hapi.server({ port: Number(process.env.PORT) });\nserver.route({\n  method: 'GET',\n  path: '/visit',\n  handler: (r) => {\n    visits.add(r.info.remoteAddress);\n    return visits.size;\n  },\n});\n",
      errors: [{ text: 'visits.add(r.info.remoteAddress)', range: [7, 4, 7, 36] }],
    },
    {
      code: "import { Controller, Get, Post, Body } from '@nestjs/common';\nconst cats: string[] = [];\n@Controller('cats')\nexport class CatsController {\n  @Post()\n  create(@Body() name: string) {\n    cats.push(name);\n  }\n  @Get()\n  findAll() {\n    return cats;\n  }\n}\n",
      errors: [{ text: 'cats.push(name)', range: [6, 4, 6, 19] }],
    },
    {
      code: "import http from 'node:http';\nconst hits = { total: 0 };\nhttp.createServer((incoming, outgoing) => {\n  hits.total += 1;\n  outgoing.end(String(hits.total));\n}).listen(process.env.PORT);\n",
      errors: [{ text: 'hits.total += 1', range: [3, 2, 3, 17] }],
    },
    {
      code: "const cache = new Map();\nfunction remember(key, value) {\n  cache.set(key, value);\n}\napp.get('/items/:id', async (req, res) => {\n  const item = await load(req.params.id);\n  remember(req.params.id, item);\n  res.json(item);\n});\n",
      errors: [{ text: 'cache.set(key, value)', message: /in remember\(\), which the request handler on line 5 calls/ }],
    },
    {
      code: "import Router from '@koa/router';\nconst router = new Router();\nlet lastSeen = [];\nrouter.get('/seen', async (ctx) => {\n  lastSeen = [...lastSeen, ctx.ip].slice(-10);\n  ctx.body = lastSeen;\n});\n",
      errors: [{ text: 'lastSeen = [...lastSeen, ctx.ip].slice(-10)' }],
    },
    {
      code: "const state = { users: new Map() };\nexport async function POST(request: Request) {\n  const body = await request.json();\n  state.users.set(body.id, body);\n  return Response.json(body);\n}\n",
      filename: 'app/api/users/route.ts',
      errors: [{ text: 'state.users.set(body.id, body)' }],
    },
    {
      code: "const users = require('./users.json');\nasync function createUser(req, res) {\n  Object.assign(users, { [req.body.id]: req.body });\n  res.status(201).end();\n}\nrouter.post('/users', createUser);\n",
      filename: 'src/routes/users.js',
      errors: [{ text: 'Object.assign(users, { [req.body.id]: req.body })' }],
    },
    {
      code: "const queue = [];\nfunction list(c) {\n  queue.shift();\n  return c.json(queue);\n}\napp.get('/queue', list);\n",
      errors: [{ text: 'queue.shift()', message: /inside a request handler/ }],
    },
    {
      code: "const orders = [];\napp.patch('/orders/:id', asyncHandler(async (req, res) => {\n  orders.find((o) => o.id === req.params.id).status = req.body.status;\n  res.sendStatus(204);\n}));\n",
      errors: [{ text: 'orders.find((o) => o.id === req.params.id).status = req.body.status' }],
    },
    {
      // An array exported by another module of the app is shared state too.
      code: "import { RequestHandler } from 'express';\nimport { todosDb } from './todos.db';\n\nexport const createTodo: RequestHandler = (req, res) => {\n  todosDb.push({ ...req.body, isCompleted: false });\n  return res.json({ ok: true });\n};\n",
      errors: [{ text: 'todosDb.push({ ...req.body, isCompleted: false })', message: /`todosDb` \(imported on line 2\)/ }],
    },
  ],
});

// The prefilter lets the engine skip parsing a file: it must say "may report" wherever the rule
// reports (however the code is written), and should rule out files without module state that
// a function writes.
describe('processes/module-state prefilter', () => {
  const REPORTED: PrefilterCase[] = [
    ['minified code', 'let n=0,seen=new Set;app.use((q,res,next)=>{n++;seen.add(q.ip);next()});\n', 'dist/server.js'],
    ['comments between the tokens', "const sessions = /* id → user */ new Map();\napp.post('/login', (req, res) => {\n  sessions /* shared */ . // set\n    set(req.body.id, req.body.user);\n  res.end();\n});\n"],
    ['a later declarator of the statement', "const started = Date.now(), seen = new Set<string>();\napp.get('/', (req, res) => {\n  seen.add(req.ip);\n  res.end();\n});\n"],
    ['a collection known by its type only', "const cache: Record<string, User> = createCache();\napp.put('/users/:id', (req, res) => {\n  cache[req.params.id] = req.body;\n  res.end();\n});\n"],
    ['a cast around the binding', "const carts = new Map();\napp.put('/carts/:id', (req, res) => {\n  (carts as Map<string, Cart>).set(req.params.id, req.body);\n  res.end();\n});\n"],
    ['non-null and optional steps', "const state = { users: [] as User[] };\napp.post('/users', (req, res) => {\n  state!.users?.push(req.body);\n  res.end();\n});\n"],
    ['Object.assign on a parenthesised binding', "const settings = {};\napp.patch('/settings', (req, res) => {\n  Object.assign((settings), req.body);\n  res.end();\n});\n"],
    ['delete through a getter', "const sessions = new Map();\napp.post('/logout', (req, res) => {\n  delete sessions.get(req.user.id).token;\n  res.end();\n});\n"],
    ['an arrow whose body is the write, at module level', 'let hits = 0;\nexport const countHit = (req: Request, res: Response) => hits++;\n'],
    ['an element write on an imported module', "import { cache } from './cache';\napp.post('/cache', (req, res) => {\n  cache[req.body.key] = req.body.value;\n  res.end();\n});\n"],
    ['a push on a destructured require', "const { queue } = require('./queue');\napp.post('/jobs', (req, res) => {\n  queue.push(req.body);\n  res.end();\n});\n", 'src/routes/jobs.js'],
    ['regular expressions, strings and templates with brackets before the declaration', "const PATTERN = /^\\{(\\w+)\\}$/;\nif (PATTERN.test('{x}')) /[(]/.test('(');\nconst label = `${'{'}${`}`}`;\nlet last;\napp.get('/x', (req, res) => {\n  last = req.query.q;\n  res.end();\n});\n"],
    ['an escaped name, read as the name it spells', "let co\\u0075nt = 0;\napp.use((req, res, next) => {\n  count++;\n  next();\n});\n"],
    ['a Remix route with JSX', "let visits = 0;\nexport async function loader() {\n  visits++;\n  return json({ visits });\n}\nexport default function Visits() {\n  return <p>{useLoaderData<typeof loader>().visits}</p>;\n}\n", 'app/routes/visits.tsx'],
  ];
  const RULED_OUT: PrefilterCase[] = [
    [
      'a router that calls services (router.delete is no collection write)',
      "import { Router } from 'express';\nimport { processCart } from '../services/cart';\nexport const router = Router();\nrouter.delete('/carts/:id', async (req, res, next) => {\n  try {\n    res.json(await processCart(req.params.id));\n  } catch (error) {\n    next(error);\n  }\n});\n",
      'src/routes/cart.ts',
    ],
    [
      'state local to the handler',
      "import { ValidationError } from '../errors';\nexport async function totals(req, res) {\n  let total = 0;\n  const seen = new Set();\n  for (const item of req.body.items) {\n    if (seen.has(item.id)) throw new ValidationError('duplicate item');\n    seen.add(item.id);\n    total += item.price;\n  }\n  res.json({ total });\n}\n",
    ],
    ['module-level collections that handlers only read', "const ALLOWED = ['a', 'b'];\nconst corsOptions = { origin: ALLOWED };\napp.use(cors(corsOptions));\napp.get('/check', (req, res) => res.json(ALLOWED.includes(req.query.x)));\n"],
    ['module state written at load only', "const routes = new Map();\nroutes.set('/health', 'ok');\nlet counter = 0;\ncounter++;\napp.get('/r', (req, res) => res.send(routes.get(req.path)));\n"],
    ['lazy initialisation with ??=', "let pool;\napp.use(async (req, res, next) => {\n  pool ??= await createPool(process.env.DATABASE_URL);\n  req.db = pool;\n  next();\n});\n"],
    ['a metrics counter and a Redis client', "import client from 'prom-client';\nimport { createClient } from 'redis';\nconst requests = new client.Counter({ name: 'http_requests_total', help: 'n' });\nconst redis = createClient({ url: process.env.REDIS_URL });\napp.post('/s', async (req, res) => {\n  requests.inc();\n  await redis.set(req.body.id, '1');\n  res.end();\n});\n"],
    ['modules of the app used through their API', "const db = require('./db');\nconst cache = require('./cache');\nrouter.post('/users', async (req, res) => {\n  await db.query('insert into users values ($1)', [req.body.name]);\n  cache.set(req.body.name, true);\n  res.sendStatus(201);\n});\n", 'src/routes/users.js'],
    ['a test file', "const calls = [];\napp.get('/x', (req, res) => { calls.push(req.url); res.end(); });\n", 'test/server.test.ts'],
  ];
  prefilterCases(moduleState, 'src/server.ts', REPORTED, RULED_OUT);
});
