module.exports.session = {
  secret: 'a8f3c9e1b7d24f6a9c0e5b3d7f1a2c4e',
  adapter: '@sailshq/connect-redis',
  url: process.env.REDIS_URL,
  cookie: { maxAge: 24 * 60 * 60 * 1000 },
};
