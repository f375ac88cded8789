import { ruleTester } from '../../../helpers/ruleTester';
import { hardcodedPort } from '../../../../server/src/engine/rules/port-binding/hardcoded-port';

ruleTester(hardcodedPort, {
  valid: [
    { code: "import express from 'express';\nconst app = express();\napp.listen(process.env.PORT);\n" },
    { code: "const port = Number(process.env.PORT ?? 3000);\napp.listen(port);\n" },
    { code: "const port = process.env.PORT || 8080;\nserver.listen(port, () => console.log('up'));\n" },
    { code: "app.listen(0);\n", filename: 'test/server.test.ts' },
    { code: "await fastify.listen({ port: Number(process.env.PORT), host: '0.0.0.0' });\n" },
    { code: "app.listen(3000);\n", filename: 'src/app.spec.ts' },
    { code: "const server = http.createServer(handler);\nserver.listen(config.port);\n" },
    { name: 'LSP connection.listen() is not a server', code: "documents.listen(connection);\nconnection.listen();\n" },
    { name: 'Laravel Echo listen with an event name', code: "Echo.channel('orders').listen('OrderShipped', (e) => console.log(e.order));\n" },
  ],
  invalid: [
    {
      code: "import express from 'express';\nconst app = express();\napp.listen(3000);\n",
      errors: [{ range: [2, 11, 2, 15], text: '3000', message: /hardcoded port 3000/ }],
      output: "import express from 'express';\nconst app = express();\napp.listen(Number(process.env.PORT ?? 3000));\n",
    },
    {
      code: "server.listen(8080, () => console.log('listening'));\n",
      errors: [{ text: '8080', range: [0, 14, 0, 18] }],
      output: "server.listen(Number(process.env.PORT ?? 8080), () => console.log('listening'));\n",
    },
    {
      code: "await fastify.listen({ port: 3000, host: '0.0.0.0' });\n",
      errors: [{ text: '3000' }],
      output: "await fastify.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });\n",
    },
    {
      code: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: 'localhost' });\n",
      errors: [{ text: '3000', range: [1, 35, 1, 39] }],
      output: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: Number(process.env.PORT ?? 3000), host: 'localhost' });\n",
    },
    {
      code: "const PORT = 4000;\napp.listen(PORT, () => {});\n",
      errors: [{ text: 'PORT', range: [1, 11, 1, 15] }],
      output: "const PORT = Number(process.env.PORT ?? 4000);\napp.listen(PORT, () => {});\n",
    },
    {
      code: "import { NestFactory } from '@nestjs/core';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\n",
      errors: [{ text: '3000' }],
      output: "import { NestFactory } from '@nestjs/core';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(Number(process.env.PORT ?? 3000));\n}\n",
    },
    {
      name: 'Hono node server',
      code: "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: 8787 });\n",
      errors: [{ text: '8787', range: [1, 32, 1, 36] }],
      output: "import { serve } from '@hono/node-server';\nserve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });\n",
    },
    {
      name: 'Apollo standalone server',
      code: "import { startStandaloneServer } from '@apollo/server/standalone';\nconst { url } = await startStandaloneServer(server, { listen: { port: 4000 } });\n",
      errors: [{ text: '4000' }],
      output: "import { startStandaloneServer } from '@apollo/server/standalone';\nconst { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000) } });\n",
    },
  ],
});
