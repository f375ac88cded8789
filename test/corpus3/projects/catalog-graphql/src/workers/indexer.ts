import { spawn } from 'node:child_process';
import { pool } from '../db';

const batch = Number(process.argv[process.argv.indexOf('--batch') + 1] ?? 500);

async function run() {
  const { rows } = await pool.query('SELECT id, title FROM products ORDER BY updated_at DESC LIMIT $1', [batch]);
  const child = spawn('node', ['dist/workers/tokenize.js'], { stdio: ['pipe', 'inherit', 'inherit'] });
  for (const row of rows) child.stdin.write(JSON.stringify(row) + '\n');
  child.stdin.end();
}

setInterval(() => void run(), 60_000);
