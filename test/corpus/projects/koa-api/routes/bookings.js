const Router = require('koa-router');
const _ = require('lodash');
const db = require('../lib/db');

const router = new Router({ prefix: '/bookings' });

router.get('/', async (ctx) => {
  const rows = await db('bookings').select('*');
  ctx.body = _.groupBy(rows, 'night');
});

router.post('/', async (ctx) => {
  const { guest, night } = ctx.request.body;
  const [id] = await db('bookings').insert({ guest, night }).returning('id');
  ctx.session.lastBooking = id;
  ctx.status = 201;
  ctx.body = { id };
});

module.exports = router;
