import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export async function preview() {
  const root = path.resolve('public');
  const server = http.createServer((req, res) => {
    fs.createReadStream(path.join(root, req.url === '/' ? 'index.html' : req.url)).on('error', () => res.writeHead(404).end()).pipe(res);
  });
  server.listen(Number(process.env.SHIPIT_PREVIEW_PORT ?? 0), '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    console.log(`preview at ${url}`);
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    spawn(opener, [url], { detached: true, stdio: 'ignore' }).unref();
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
