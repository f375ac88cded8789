// All settings in one place. Pick the block for the environment we are deployed to.
const env = (process.env.NODE_ENV || 'development') as 'development' | 'staging' | 'production';

const settings = {
  development: {
    db: { dialect: 'sqlite', storage: './data/dev.sqlite' },
    sessionStore: 'memory',
    uploadDir: 'uploads/',
    supplierApi: 'https://sandbox.supplier-prices.com/v2',
  },
  staging: {
    db: { dialect: 'postgres', host: 'staging-db.internal', port: 5432 },
    sessionStore: 'redis',
    uploadDir: '/srv/shop/uploads/',
    supplierApi: 'https://sandbox.supplier-prices.com/v2',
  },
  production: {
    db: { dialect: 'postgres', host: '10.0.3.12', port: 5432 },
    sessionStore: 'redis',
    uploadDir: '/srv/shop/uploads/',
    supplierApi: 'https://api.supplier-prices.com/v2',
  },
};

export const config = {
  env,
  ...settings[env],
  sessionSecret: process.env.SESSION_SECRET || 'sh0p-s3ss10n-k3y-2019',
  // TODO move to vault
  adminPassword: 'Adm1n!Shop#2019',
  currency: 'eur',
};
