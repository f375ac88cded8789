export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    url: process.env.DATABASE_URL,
    poolSize: parseInt(process.env.DB_POOL_SIZE ?? '10', 10),
  },
  jwt: {
    issuer: process.env.JWT_ISSUER ?? 'accounts-service',
    expiresIn: process.env.JWT_EXPIRES_IN ?? '15m',
  },
});
