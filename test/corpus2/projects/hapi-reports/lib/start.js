'use strict';

const Hapi = require('@hapi/hapi');
const knex = require('./db');
const reports = require('./plugins/reports');

const init = async () => {
  const server = Hapi.server({
    port: 3000,
    host: 'localhost',
    routes: { cors: true },
  });

  await knex.migrate.latest();
  await server.register([{ plugin: require('hapi-pino'), options: { level: 'info' } }, reports]);
  await server.start();
  server.logger.info(`Server running on ${server.info.uri}`);

  process.on('SIGTERM', async () => {
    await server.stop({ timeout: 10000 });
    await knex.destroy();
    process.exit(0);
  });
};

process.on('unhandledRejection', (err) => {
  console.error('unhandled rejection', err);
});

init();
