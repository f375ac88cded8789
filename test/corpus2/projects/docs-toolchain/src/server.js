require('ts-node/register');

const fs = require('fs');
const path = require('path');
const { spawn, execSync } = require('child_process');
const express = require('express');

if (process.env.DETACH === '1') {
  spawn(process.execPath, process.argv.slice(1), { detached: true, stdio: 'ignore', env: { ...process.env, DETACH: '0' } }).unref();
  process.exit(0);
}

const indexPath = path.join(__dirname, '..', 'dist', 'search-index.json');
if (!fs.existsSync(indexPath)) {
  execSync('npm run build:index', { stdio: 'inherit' });
}

const app = express();
app.get('/search', require('./search.ts').handler);

process.once('uncaughtException', (err) => {
  console.error(err);
  process.exit(1);
});

const port = process.env.PORT || 8080;
app.listen(port, '::1');
