// Entry used by the old PM2 config: run the TypeScript sources directly.
require('ts-node/register');
require('./src/server');
