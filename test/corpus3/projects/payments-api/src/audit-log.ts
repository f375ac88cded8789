import fs from 'node:fs';
import { config } from './config';

const stream = fs.createWriteStream(config.logFile, { flags: 'a' });

export function audit(event: string, data: Record<string, unknown>) {
  stream.write(JSON.stringify({ ts: new Date().toISOString(), event, ...data }) + '\n');
}
