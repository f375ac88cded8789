import { exec } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Router } from 'express';

export const themeRouter = Router();

themeRouter.put('/', async (req, res) => {
  const themeFile = path.resolve('src/theme/overrides.json');
  await fs.writeFile(themeFile, JSON.stringify(req.body, null, 2));
  exec('npx vite build', { cwd: process.cwd() }, (err, stdout) => {
    if (err) return res.status(500).json({ error: 'rebuild failed' });
    res.json({ ok: true, output: stdout.split('\n').slice(-3) });
  });
});
