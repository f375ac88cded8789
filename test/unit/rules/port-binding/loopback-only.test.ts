import { ruleTester } from '../../../helpers/ruleTester';
import { loopbackOnly } from '../../../../server/src/engine/rules/port-binding/loopback-only';

ruleTester(loopbackOnly, {
  valid: [
    { name: 'host from the environment', code: "app.listen(Number(process.env.PORT), process.env.HOST);\n" },
    { name: 'host from the environment with a loopback fallback', code: "const HOST = process.env.HOST || 'localhost';\napp.listen(PORT, HOST);\n" },
    { name: 'all interfaces (IPv4)', code: "await fastify.listen({ port: 3000, host: '0.0.0.0' });\n" },
    { name: 'all interfaces (IPv6)', code: "server.listen(8080, '::', () => {});\n" },
    { name: 'no host at all', code: "app.listen(3000, () => console.log('listening on http://localhost:3000'));\n" },
    { name: 'test files', code: "server.listen(0, '127.0.0.1');\n", filename: 'test/server.test.ts' },
    { name: 'a database client host is not a server binding', code: "const pool = new Pool({ host: 'localhost', port: 5432 });\n" },
    { name: 'a dev-server config file', code: "export default { server: { host: 'localhost', port: 5173 } };\n", filename: 'vite.config.ts' },
    {
      name: 'a variable reassigned before use',
      code: "let host = 'localhost';\nif (process.env.DOCKER) host = '0.0.0.0';\napp.listen(3000, host);\n",
    },
    { name: 'a conditional host', code: "const host = isProduction ? '0.0.0.0' : 'localhost';\napp.listen(port, host);\n" },
    { name: 'a non-loopback address', code: "server.listen(8080, '10.0.0.5');\n" },
    { name: 'a Unix socket path', code: "server.listen('/tmp/app.sock');\n" },
    { name: 'Hapi with host from the environment', code: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: process.env.HOST ?? 'localhost' });\n" },
  ],
  invalid: [
    {
      name: 'Express listen(port, "localhost")',
      code: "import express from 'express';\nconst app = express();\napp.listen(3000, 'localhost', () => console.log('up'));\n",
      errors: [{ range: [2, 17, 2, 28], text: "'localhost'", message: /localhost only/, severity: 'information' }],
      output: "import express from 'express';\nconst app = express();\napp.listen(3000, process.env.HOST ?? '0.0.0.0', () => console.log('up'));\n",
    },
    {
      name: 'Fastify listen({ host: "127.0.0.1" })',
      code: "await fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });\n",
      errors: [{ text: "'127.0.0.1'", range: [0, 61, 0, 72] }],
      output: "await fastify.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '0.0.0.0' });\n",
    },
    {
      name: 'Hapi server({ host: "localhost" })',
      code: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: 'localhost' });\n",
      errors: [{ text: "'localhost'", range: [1, 47, 1, 58] }],
      output: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: process.env.HOST ?? '0.0.0.0' });\n",
    },
    {
      name: 'new Hapi.Server in CommonJS with double quotes',
      filename: 'server.js',
      code: 'const Hapi = require("@hapi/hapi");\nconst server = new Hapi.Server({ host: "localhost", port: 8000 });\n',
      errors: [{ text: '"localhost"', range: [1, 39, 1, 50] }],
      output: 'const Hapi = require("@hapi/hapi");\nconst server = new Hapi.Server({ host: process.env.HOST ?? "0.0.0.0", port: 8000 });\n',
    },
    {
      name: 'IPv6 loopback on an http server',
      code: "http.createServer(handler).listen(8080, '::1');\n",
      errors: [{ text: "'::1'", range: [0, 40, 0, 45] }],
      output: "http.createServer(handler).listen(8080, process.env.HOST ?? '0.0.0.0');\n",
    },
    {
      name: 'a module constant: the range is the argument, the fix edits the constant',
      code: "const HOST = '127.0.0.1';\nconst PORT = 3000;\nserver.listen(PORT, HOST, () => {\n  console.log(`http://${HOST}:${PORT}`);\n});\n",
      errors: [{ text: 'HOST', range: [2, 20, 2, 24] }],
      output: "const HOST = process.env.HOST ?? '0.0.0.0';\nconst PORT = 3000;\nserver.listen(PORT, HOST, () => {\n  console.log(`http://${HOST}:${PORT}`);\n});\n",
    },
    {
      name: 'Nest app.listen(port, "localhost")',
      code: "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000, 'localhost');\n}\n",
      errors: [{ text: "'localhost'", range: [2, 25, 2, 36] }],
      output: "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000, process.env.HOST ?? '0.0.0.0');\n}\n",
    },
    {
      name: 'net server listen({ host }) through a local config object',
      code: "const config = { port: 4000, host: 'localhost' };\nnet.createServer(onConnection).listen({ port: config.port, host: config.host });\n",
      errors: [{ text: 'config.host', range: [1, 65, 1, 76] }],
      output: "const config = { port: 4000, host: process.env.HOST ?? '0.0.0.0' };\nnet.createServer(onConnection).listen({ port: config.port, host: config.host });\n",
    },
    {
      name: 'Koa with a var host that is never reassigned',
      filename: 'app.js',
      code: "var host = 'localhost';\napp.listen(3000, host);\n",
      errors: [{ text: 'host', range: [1, 17, 1, 21] }],
      output: "var host = process.env.HOST ?? '0.0.0.0';\napp.listen(3000, host);\n",
    },
    {
      name: 'Hono serve({ hostname })',
      code: "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: 8787, hostname: 'localhost' });\n",
      errors: [{ text: "'localhost'", range: [1, 48, 1, 59] }],
      output: "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: 8787, hostname: process.env.HOST ?? '0.0.0.0' });\n",
    },
    {
      name: 'old Fastify positional form with backlog',
      code: "fastify.listen(3000, '127.0.0.1', 511, (err) => { if (err) throw err; });\n",
      errors: [{ text: "'127.0.0.1'" }],
    },
  ],
});
