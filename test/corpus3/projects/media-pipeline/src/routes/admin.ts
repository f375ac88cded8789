import { Router } from 'express';
import { execSync } from 'node:child_process';
import path from 'node:path';

export const adminRouter = Router();

const PLUGIN_DIR = path.resolve(__dirname, '..', '..', 'plugins');

// Lets operators enable an optional codec plugin without a redeploy.
adminRouter.post('/plugins/:name', (req, res) => {
  const name = req.params.name.replace(/[^a-z0-9@/._-]/gi, '');
  const output = execSync(`npm install --omit=dev --prefix ${PLUGIN_DIR} ${name}`, { encoding: 'utf8' });
  res.json({ installed: name, output: output.split('\n').slice(-5) });
});

adminRouter.get('/version', (_req, res) => {
  res.json({ node: process.version, uptime: process.uptime() });
});
