const Redis = require('ioredis');

module.exports = new Redis({
  host: 'redis-master.internal',
  port: 6379,
  password: process.env.REDIS_PASSWORD,
  db: 2,
});
