'use strict';

const fs = require('fs');
const path = require('path');
const Knex = require('knex');

const knex = Knex({
  client: 'pg',
  connection: {
    host: '192.168.10.40',
    port: 5432,
    user: 'reports',
    password: process.env.PGPASSWORD,
    database: 'reports',
  },
  pool: { min: 0, max: 10 },
});

knex.on('query-response', (response, query) => {
  if (query.duration > 500) {
    fs.appendFileSync(path.join(__dirname, '..', 'log', 'slow-queries.txt'), `${query.sql}\n`);
  }
});

module.exports = knex;
