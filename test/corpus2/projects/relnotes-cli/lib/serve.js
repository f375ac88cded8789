const http = require('node:http');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const PID_PATH = path.join(os.homedir(), '.relnotes', 'preview.pid');

if (process.argv.includes('--background')) {
  const args = process.argv.slice(1).filter((a) => a !== '--background');
  const child = spawn(process.execPath, args, { detached: true, stdio: 'ignore' });
  fs.mkdirSync(path.dirname(PID_PATH), { recursive: true });
  fs.writeFileSync(PID_PATH, String(child.pid));
  child.unref();
  process.exit(0);
}

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'text/markdown; charset=utf-8');
  fs.createReadStream(path.join(process.cwd(), 'RELEASE_NOTES.md')).pipe(res);
});

server.listen(4173, '127.0.0.1', () => {
  console.log('preview on http://127.0.0.1:4173');
});
