'use strict';

const fp = require('fastify-plugin');

module.exports = fp(async function session(fastify) {
  await fastify.register(require('@fastify/cookie'));
  await fastify.register(require('@fastify/session'), {
    secret: process.env.SESSION_SECRET,
    cookieName: 'catalog.sid',
    cookie: { secure: 'auto', maxAge: 86400000 },
  });
}, { name: 'session', dependencies: ['mongo'] });
