import express from 'express';
import session from 'express-session';
import createMemoryStore from 'memorystore';
import mongoose from 'mongoose';
import http from 'node:http';
import { writeFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import path from 'node:path';
import * as Sentry from '@sentry/node';
import { config } from './config.js';
import { media } from './routes/media.js';
import { logger } from './lib/logger.js';

const MemoryStore = createMemoryStore(session);

execSync('npx tsc -p tsconfig.plugins.json', { stdio: 'inherit' });

const app = express();
app.use(
  session({
    secret: config.sessionSecret,
    store: new MemoryStore({ checkPeriod: 86_400_000 }),
    resave: false,
    saveUninitialized: false,
  }),
);
app.use(media);

await mongoose.connect(config.mongoUrl!);
await writeFile(path.join('run', 'gateway.pid'), String(process.pid));

process.on('unhandledRejection', (reason) => {
  Sentry.captureException(reason);
});

const server = http.createServer(app);
server.listen(8080, () => logger.info('media-gateway listening on 8080'));
