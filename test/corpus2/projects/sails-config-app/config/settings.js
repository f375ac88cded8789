module.exports = {
  development: {
    db: { client: 'sqlite3', connection: { filename: './.tmp/dev.sqlite' } },
    uploads: { driver: 'local', root: './.tmp/uploads' },
    cacheTtl: 5,
  },
  staging: {
    db: { client: 'pg', connection: process.env.DATABASE_URL },
    uploads: { driver: 's3', bucket: 'members-staging-uploads' },
    cacheTtl: 60,
  },
  production: {
    db: { client: 'pg', connection: process.env.DATABASE_URL },
    uploads: { driver: 's3', bucket: 'members-prod-uploads' },
    cacheTtl: 300,
  },
};
