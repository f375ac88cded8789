import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function maybeDaemonize() {
  const args = process.argv.slice(2);
  if (args.includes('--background')) {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./server.js', import.meta.url)), ...args.filter((a) => a !== '--background')], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, CHAT_RELAY_DAEMON: '1' },
    });
    child.unref();
    process.exit(0);
  }
  if (process.env.CHAT_RELAY_DAEMON === '1') {
    writeFileSync(process.env.PID_FILE ?? '/var/run/chat-relay.pid', String(process.pid));
  }
}
