const env = process.env.NODE_ENV || 'development';

const config = {
  development: {
    db: { client: 'better-sqlite3', connection: { filename: './dev.db' }, useNullAsDefault: true },
    apiBase: 'https://api.staging.acme.io',
  },
  production: {
    db: { client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 2, max: 10 } },
    apiBase: 'https://api.acme.io',
  },
};

module.exports = config[env];
module.exports.upstreamTimeout = process.env.NODE_ENV === 'production' ? 2000 : 10000;
