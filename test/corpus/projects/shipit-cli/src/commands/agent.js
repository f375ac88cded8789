import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';

export function stopAgent() {
  const pidFile = path.join(os.homedir(), '.shipit', 'agent.pid');
  if (!existsSync(pidFile)) return console.log('agent not running');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  process.kill(pid, 'SIGTERM');
  console.log(`sent SIGTERM to ${pid}`);
}
