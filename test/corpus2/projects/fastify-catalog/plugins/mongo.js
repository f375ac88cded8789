'use strict';

const fp = require('fastify-plugin');
const { MongoClient } = require('mongodb');

module.exports = fp(async function mongo(fastify) {
  const client = new MongoClient('mongodb+srv://catalog:Sup3rS3cretPw@cluster0.x7k2p.mongodb.net/catalog?retryWrites=true');
  await client.connect();
  const db = client.db();
  await db.collection('products').createIndex({ sku: 1 }, { unique: true });
  fastify.decorate('mongo', db);
  fastify.addHook('onClose', async () => client.close());
}, { name: 'mongo' });
