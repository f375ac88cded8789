// Running the real bundles (dist/cli.js, dist/server/server.js) as child processes, with an
// optional preload script (the no-network guard) and a hard time bound.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');
export const SERVER_BUNDLE = join(REPO_ROOT, 'dist', 'server', 'server.js');
/** Preload that makes every network API throw (and records attempts to a file): see no-network.cjs. */
export const NO_NETWORK_PRELOAD = join(__dirname, 'no-network.cjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  timedOut: boolean;
}

export function requireBundle(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` (the fuzz tier runner does).`);
}

/** Runs the CLI bundle; kills it (by its own PID) if it outlives `timeoutMs`. */
export function runCliBundle(args: readonly string[], options: { cwd: string; timeoutMs?: number; preload?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  requireBundle(CLI_BUNDLE);
  const nodeArgs = [...(options.preload ? ['--require', options.preload] : []), CLI_BUNDLE, ...args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), elapsedMs: performance.now() - started, timedOut });
    });
  });
}
