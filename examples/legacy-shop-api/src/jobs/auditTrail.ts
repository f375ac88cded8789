import fs from 'fs';
import path from 'path';

// Finance wants every checkout in a file they can grep.
const AUDIT_FILE = path.join(__dirname, '..', '..', 'logs', 'audit.log');

export function recordAudit(event: string): void {
  fs.appendFileSync(AUDIT_FILE, `${new Date().toISOString()} ${event}\n`);
}
