// Writes a one-off snapshot for the nightly job (run as `node src/report.mjs`).
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const target = path.join(os.tmpdir(), `edge-report-${Date.now()}.json`);
await writeFile(target, JSON.stringify({ host: os.hostname(), pid: process.pid, at: new Date().toISOString() }));
console.log(`report written to ${target} by pid ${process.pid}`);
