import { execSync } from 'node:child_process';
import fs from 'node:fs';
import express from 'express';
import morgan from 'morgan';
import { createRequestHandler } from '@remix-run/express';

execSync('npx prisma migrate deploy', { stdio: 'inherit' });

const app = express();
app.disable('x-powered-by');
app.use(morgan('combined', { stream: fs.createWriteStream('./access.log', { flags: 'a' }) }));
app.use(express.static('build/client', { maxAge: '1h' }));
app.all('*', createRequestHandler({ build: await import('./build/server/index.js') }));

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`✅ app ready: http://localhost:${port}`));
