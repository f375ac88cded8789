'use strict';

const Fastify = require('fastify');
const closeWithGrace = require('close-with-grace');

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL || 'info',
    transport: {
      targets: [
        { target: 'pino/file', level: 'info', options: { destination: 1 } },
        { target: 'pino/file', level: 'warn', options: { destination: './logs/catalog-warn.log', mkdir: true } },
      ],
    },
  },
});

app.register(require('./plugins/mongo'));
app.register(require('./plugins/session'));
app.register(require('./routes/products'), { prefix: '/products' });

closeWithGrace({ delay: 500 }, async ({ err }) => {
  if (err) app.log.error(err);
  await app.close();
});

app.listen({
  port: 3000,
  host: '127.0.0.1',
}, (err) => {
  if (err) {
    app.log.error(err);
    process.exit(1);
  }
});
