import { ruleTester } from '../../../helpers/ruleTester';
import { noGracefulShutdown } from '../../../../server/src/engine/rules/disposability/no-graceful-shutdown';

ruleTester(noGracefulShutdown, {
  valid: [
    {
      name: 'the same file closes the server on SIGTERM',
      code: "import express from 'express';\nconst app = express();\nconst server = app.listen(process.env.PORT);\nprocess.on('SIGTERM', () => server.close());\n",
    },
    {
      name: 'another file of the package handles SIGTERM',
      code: "import { app } from './app';\napp.listen(Number(process.env.PORT ?? 3000));\n",
      files: { 'src/shutdown.ts': "export function onShutdown(close: () => void) {\n  process.once('SIGTERM', close);\n}\n" },
    },
    {
      name: '@godaddy/terminus in another file',
      code: "const server = http.createServer(app);\nserver.listen(8080);\n",
      files: { 'src/health.js': "const { createTerminus } = require('@godaddy/terminus');\nmodule.exports = (server) => createTerminus(server, { signals: ['SIGTERM'] });\n" },
    },
    {
      name: 'Nest enableShutdownHooks',
      code: "import { NestFactory } from '@nestjs/core';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.enableShutdownHooks();\n  await app.listen(3000);\n}\nbootstrap();\n",
    },
    {
      name: 'close-with-grace with Fastify',
      code: "import Fastify from 'fastify';\nimport closeWithGrace from 'close-with-grace';\nconst app = Fastify();\ncloseWithGrace({ delay: 500 }, async () => { await app.close(); });\nawait app.listen({ port: 3000 });\n",
    },
    {
      name: 'signals held in a variable and iterated',
      code: "const signals = ['SIGTERM', 'SIGINT'] as const;\nconst server = app.listen(3000);\nsignals.forEach((signal) => process.on(signal, () => server.close()));\n",
    },
    {
      name: 'for-of over a signal list',
      code: "const server = app.listen(3000);\nfor (const signal of ['SIGINT', 'SIGTERM']) {\n  process.on(signal, () => server.close(() => process.exit(0)));\n}\n",
    },
    {
      name: 'http-terminator in the same file',
      code: "import { createHttpTerminator } from 'http-terminator';\nconst server = app.listen(3000);\nconst terminator = createHttpTerminator({ server });\n",
    },
    { name: 'test files are not services', code: "const server = app.listen(0);\n", filename: 'test/api.test.ts' },
    { name: 'spec files', code: "app.listen(3000);\n", filename: 'src/app.spec.js' },
    { name: 'React Router history.listen', code: "history.listen(() => window.scrollTo(0, 0));\n", filename: 'src/router.tsx' },
    { name: 'Laravel Echo channel listeners', code: "window.Echo.channel('orders').listen('OrderShipped', (e) => console.log(e));\n", filename: 'src/echo.js' },
    { name: 'nanostores listen', code: "$cart.listen((value) => save(value));\n" },
    {
      name: 'Apollo standalone server stops itself on SIGTERM',
      code: "import { ApolloServer } from '@apollo/server';\nimport { startStandaloneServer } from '@apollo/server/standalone';\nconst server = new ApolloServer({ typeDefs, resolvers });\nconst { url } = await startStandaloneServer(server, { listen: { port: 4000 } });\n",
    },
    {
      name: 'Apollo Server 3 listen stops itself on SIGTERM',
      code: "const { ApolloServer } = require('apollo-server');\nconst server = new ApolloServer({ typeDefs, resolvers });\nserver.listen().then(({ url }) => console.log(url));\n",
    },
    {
      name: 'SIGTERM cast to a signal type',
      code: "const server = app.listen(3000);\nprocess.on('SIGTERM' as NodeJS.Signals, () => server.close());\n",
    },
    { name: 'a dev-server config file', code: "const server = devServer.listen(8080);\nmodule.exports = {};\n", filename: 'webpack.dev.config.js' },
    { name: 'a Cypress plugin starting a mock server', code: "app.listen(4010);\n", filename: 'cypress/plugins/index.js' },
  ],
  invalid: [
    {
      name: 'Express listen as a statement: keep the server and close it',
      code: "import express from 'express';\nconst app = express();\napp.listen(3000, () => console.log('up'));\n",
      errors: [{ range: [2, 0, 2, 41], text: "app.listen(3000, () => console.log('up'))", message: /SIGTERM/ }],
      output:
        "import express from 'express';\nconst app = express();\nconst server = app.listen(3000, () => console.log('up'));\nprocess.on('SIGTERM', () => {\n  server.close(() => process.exit(0));\n  setTimeout(() => process.exit(1), 10_000);\n});\n",
    },
    {
      name: 'the listen result is already kept',
      code: "const server = app.listen(port);\nconsole.log('started');\n",
      errors: [{ text: 'app.listen(port)', range: [0, 15, 0, 31] }],
      output: "const server = app.listen(port);\nprocess.on('SIGTERM', () => {\n  server.close(() => process.exit(0));\n  setTimeout(() => process.exit(1), 10_000);\n});\nconsole.log('started');\n",
    },
    {
      name: 'an http server listening: close the receiver',
      code: "import http from 'node:http';\nconst server = http.createServer(handler);\nserver.listen(8080);\n",
      errors: [{ text: 'server.listen(8080)', range: [2, 0, 2, 19] }],
      output: "import http from 'node:http';\nconst server = http.createServer(handler);\nserver.listen(8080);\nprocess.on('SIGTERM', () => {\n  server.close(() => process.exit(0));\n  setTimeout(() => process.exit(1), 10_000);\n});\n",
    },
    {
      name: 'Fastify: close the instance (listen resolves to an address)',
      code: "import Fastify from 'fastify';\nconst fastify = Fastify({ logger: true });\nawait fastify.listen({ port: 3000, host: '0.0.0.0' });\n",
      errors: [{ text: "fastify.listen({ port: 3000, host: '0.0.0.0' })", range: [2, 6, 2, 53] }],
      output: "import Fastify from 'fastify';\nconst fastify = Fastify({ logger: true });\nawait fastify.listen({ port: 3000, host: '0.0.0.0' });\nprocess.on('SIGTERM', () => {\n  fastify.close().then(() => process.exit(0));\n  setTimeout(() => process.exit(1), 10_000);\n});\n",
    },
    {
      name: 'Nest bootstrap: handler inside the function, indented',
      code: "import { NestFactory } from '@nestjs/core';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\nbootstrap();\n",
      errors: [{ text: 'app.listen(3000)', range: [3, 8, 3, 24] }],
      output:
        "import { NestFactory } from '@nestjs/core';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n  process.on('SIGTERM', () => {\n    app.close().then(() => process.exit(0));\n    setTimeout(() => process.exit(1), 10_000);\n  });\n}\nbootstrap();\n",
    },
    {
      name: 'Hapi server: stop it',
      code: "import Hapi from '@hapi/hapi';\nconst init = async () => {\n  const server = Hapi.server({ port: 3000, host: '0.0.0.0' });\n  await server.start();\n};\n",
      errors: [{ text: "Hapi.server({ port: 3000, host: '0.0.0.0' })", range: [2, 17, 2, 61] }],
      output:
        "import Hapi from '@hapi/hapi';\nconst init = async () => {\n  const server = Hapi.server({ port: 3000, host: '0.0.0.0' });\n  process.on('SIGTERM', () => {\n    server.stop().then(() => process.exit(0));\n    setTimeout(() => process.exit(1), 10_000);\n  });\n  await server.start();\n};\n",
    },
    {
      name: 'CommonJS, double quotes, no semicolons: the fix writes the same style',
      filename: 'index.js',
      code: 'const express = require("express")\nconst app = express()\napp.listen(process.env.PORT)\n',
      errors: [{ text: 'app.listen(process.env.PORT)', range: [2, 0, 2, 28] }],
      output: 'const express = require("express")\nconst app = express()\nconst server = app.listen(process.env.PORT)\nprocess.on("SIGTERM", () => {\n  server.close(() => process.exit(0))\n  setTimeout(() => process.exit(1), 10_000)\n})\n',
    },
    {
      name: 'Koa app named server: the new binding gets a free name',
      code: "const Koa = require('koa');\nconst server = new Koa();\nserver.listen(3000); // start\n",
      filename: 'src/server.js',
      errors: [{ text: 'server.listen(3000)', range: [2, 0, 2, 19] }],
      output: "const Koa = require('koa');\nconst server = new Koa();\nconst httpServer = server.listen(3000); // start\nprocess.on('SIGTERM', () => {\n  httpServer.close(() => process.exit(0));\n  setTimeout(() => process.exit(1), 10_000);\n});\n",
    },
    {
      name: 'only SIGINT is handled: containers send SIGTERM',
      code: "const server = app.listen(3000);\nprocess.on('SIGINT', () => server.close());\n",
      errors: [{ text: 'app.listen(3000)' }],
    },
    {
      name: 'listen inside a promise callback: reported without an unsafe fix',
      code: "db.connect().then(() => app.listen(PORT));\n",
      errors: [{ text: 'app.listen(PORT)', range: [0, 24, 0, 40] }],
    },
    {
      name: 'Next custom server inside prepare().then with tabs',
      filename: 'server.js',
      code: "const { createServer } = require('http');\napp.prepare().then(() => {\n\tcreateServer((req, res) => handle(req, res)).listen(port, () => {\n\t\tconsole.log('ready');\n\t});\n});\n",
      errors: [{ range: [2, 1, 4, 3] }],
      output:
        "const { createServer } = require('http');\napp.prepare().then(() => {\n\tconst server = createServer((req, res) => handle(req, res)).listen(port, () => {\n\t\tconsole.log('ready');\n\t});\n\tprocess.on('SIGTERM', () => {\n\t\tserver.close(() => process.exit(0));\n\t\tsetTimeout(() => process.exit(1), 10_000);\n\t});\n});\n",
    },
    {
      name: 'Hono node server',
      code: "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: Number(process.env.PORT) });\n",
      errors: [{ text: 'serve({ fetch: app.fetch, port: Number(process.env.PORT) })', range: [1, 0, 1, 59] }],
      output: "import { serve } from '@hono/node-server';\nconst server = serve({ fetch: app.fetch, port: Number(process.env.PORT) });\nprocess.on('SIGTERM', () => {\n  server.close(() => process.exit(0));\n  setTimeout(() => process.exit(1), 10_000);\n});\n",
    },
    {
      name: 'two servers in one file: both reported',
      code: "httpServer.listen(80);\nhttpsServer.listen(443);\n",
      errors: [{ text: 'httpServer.listen(80)' }, { text: 'httpsServer.listen(443)' }],
    },
    {
      name: 'a SIGTERM handler in another package does not count',
      code: "app.listen(3000);\n",
      filename: 'apps/api/src/index.ts',
      files: { 'apps/api/package.json': '{ "name": "api" }\n', 'apps/worker/src/index.ts': "process.on('SIGTERM', () => process.exit(0));\n" },
      errors: [{ text: 'app.listen(3000)' }],
    },
  ],
});
