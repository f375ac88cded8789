'use strict';

const isProduction = process.env.NODE_ENV === 'production';

const databaseUrl = isProduction ? process.env.DATABASE_URL : process.env.DEV_DATABASE_URL;

module.exports = {
  databaseUrl,
  logLevel: process.env.LOG_LEVEL || 'info',
  salt: 'x9$kQ2!vLr7#pWm4',
};
