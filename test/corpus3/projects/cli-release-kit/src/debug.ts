import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const debugDir = path.join(os.homedir(), '.release-kit');
const debugLogPath = path.join(debugDir, 'debug.log');

export function debug(message: string) {
  if (!process.env.RELEASE_KIT_DEBUG) return;
  fs.mkdirSync(debugDir, { recursive: true });
  fs.appendFileSync(debugLogPath, `${new Date().toISOString()} ${message}\n`);
}
