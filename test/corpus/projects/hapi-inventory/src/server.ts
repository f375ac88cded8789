import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import mongoose from 'mongoose';
import { Item } from './models/item';
import { registerAuth } from './plugins/auth';
import { logger } from './logger';

let lastImportAt: Date | null = null;
const UNITS = Object.freeze({ ea: 'each', bx: 'box' });

async function start() {
  await mongoose.connect(process.env.MONGO_URL as string);
  await mongoose.syncIndexes();

  const server = new Hapi.Server({
    port: 3000,
    host: 'localhost',
    routes: { cors: true },
  });
  await registerAuth(server);

  server.route({
    method: 'GET',
    path: '/items/{sku}',
    handler: async (request) => {
      const item = await Item.findOne({ sku: request.params.sku }).lean();
      if (!item) throw Boom.notFound();
      return { ...item, unitLabel: UNITS.ea, lastImportAt };
    },
  });

  server.route({
    method: 'POST',
    path: '/items/import',
    handler: async (request, h) => {
      const rows = request.payload as Array<{ sku: string; quantity: number }>;
      await Item.bulkWrite(rows.map((r) => ({ updateOne: { filter: { sku: r.sku }, update: r, upsert: true } })));
      lastImportAt = new Date();
      return h.response({ imported: rows.length }).code(202);
    },
  });

  await server.start();
  logger.info({ uri: server.info.uri }, 'inventory started');

  process.on('SIGTERM', async () => {
    await server.stop({ timeout: 10_000 });
    await mongoose.disconnect();
    process.exit(0);
  });
}

process.on('unhandledRejection', (reason) => {
  logger.error({ reason }, 'unhandled rejection');
});

start();
