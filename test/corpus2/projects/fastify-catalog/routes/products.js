'use strict';

const recentlyViewed = [];
const SORTS = new Set(['price', 'name', 'createdAt']);

module.exports = async function products(fastify) {
  fastify.get('/recent', async () => ({ skus: recentlyViewed.slice(0, 20) }));

  fastify.get('/:sku', async (request, reply) => {
    const product = await fastify.mongo.collection('products').findOne({ sku: request.params.sku });
    if (!product) return reply.code(404).send({ error: 'not found' });
    recentlyViewed.unshift(product.sku);
    return product;
  });

  fastify.get('/', async (request) => {
    const sort = SORTS.has(request.query.sort) ? request.query.sort : 'name';
    const seenInRequest = new Set();
    const items = await fastify.mongo.collection('products').find().sort({ [sort]: 1 }).limit(50).toArray();
    return items.filter((item) => !seenInRequest.has(item.sku) && seenInRequest.add(item.sku));
  });
};
