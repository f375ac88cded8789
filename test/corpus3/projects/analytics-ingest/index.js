// Entry used by the process manager on the VM.
require('ts-node/register');
require('./src/server.ts');
