import http from 'node:http';
import { appendFile, writeFileSync, unlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

if (process.env.METRICS_DAEMON === '1' && !process.env.METRICS_CHILD) {
  const child = spawn(process.argv[0], process.argv.slice(1), {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, METRICS_CHILD: '1' },
  });
  child.unref();
  process.exit(0);
}

const PID_PATH = '/var/run/edge-metrics.pid';
writeFileSync(PID_PATH, String(process.pid));

const counters = {};
const perRequestMeta = new WeakMap();
const ROUTES = new Map([
  ['/hit', 'hit'],
  ['/metrics', 'metrics'],
]);

function handler(req, res) {
  perRequestMeta.set(req, { start: process.hrtime.bigint() });
  const route = ROUTES.get(new URL(req.url, 'http://internal').pathname);
  if (route === 'hit') {
    const key = new URL(req.url, 'http://internal').searchParams.get('k') ?? 'default';
    counters[key] = (counters[key] ?? 0) + 1;
    appendFile('access.log', `${new Date().toISOString()} ${req.method} ${req.url}\n`, () => {});
    res.writeHead(204).end();
    return;
  }
  if (route === 'metrics') {
    const lines = Object.entries(counters).map(([k, v]) => `edge_hits_total{key="${k}"} ${v}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end(lines.join('\n') + '\n');
    return;
  }
  res.writeHead(404).end();
}

const server = http.createServer(handler);
server.listen(process.env.PORT ?? 9100, () => {
  console.log(`edge-metrics on ${os.hostname()}:${server.address().port}`);
});

function shutdown() {
  server.close(() => {
    try { unlinkSync(PID_PATH); } catch {}
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 5000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

process.on('uncaughtException', (err) => {
  console.error('fatal', err);
  process.exit(1);
});
