// The CLI and the language server read the workspace; they never run it and never reach the
// network. Proven twice over: a workspace full of traps (config files, install scripts, a fake
// dependency, a fake system tool) that would each write a marker file if executed, and a
// preload (helpers/sandbox-preload.cjs) under which network calls, loading a module from the
// workspace and starting any process throw and are logged. Both tools must give their normal
// answers under it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCliBundle } from '../fuzz/helpers/processes';
import { REPO_ROOT, SANDBOX_PRELOAD, TappedServer, sandboxAttempts, sandboxEnv } from './helpers/tappedServer';

/** Each trap writes <markers>/<name> when executed, whoever runs it. */
function trap(markers: string, name: string): string {
  return `require('fs').writeFileSync(${JSON.stringify(join(markers, name))}, 'executed');\n`;
}

function plantTraps(root: string, markers: string): void {
  const files: Record<string, string> = {
    '.twelve-factor.js': trap(markers, 'twelve-factor-js'),
    'twelve-factor.config.js': trap(markers, 'twelve-factor-config-js'),
    'jest.config.js': trap(markers, 'jest-config'),
    'webpack.config.js': trap(markers, 'webpack-config'),
    'vite.config.ts': trap(markers, 'vite-config'),
    'babel.config.js': trap(markers, 'babel-config'),
    '.eslintrc.js': trap(markers, 'eslintrc'),
    '.pnpmfile.cjs': trap(markers, 'pnpmfile'),
    'evil-tsconfig.js': trap(markers, 'tsconfig-extends'),
    'tsconfig.json': JSON.stringify({ extends: './evil-tsconfig.js', compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    'scripts/postinstall.js': trap(markers, 'postinstall'),
    'node_modules/express/package.json': JSON.stringify({ name: 'express', version: '4.19.2', main: 'index.js', bin: { 'express-cli': 'cli.js' } }),
    'node_modules/express/index.js': trap(markers, 'dependency-main'),
    'node_modules/express/cli.js': `#!/usr/bin/env node\n${trap(markers, 'dependency-bin')}`,
    'node_modules/.bin/curl': `#!/bin/sh\ntouch ${JSON.stringify(join(markers, 'system-tool'))}\n`,
    'src/trap.ts': `${trap(markers, 'source-file')}import express from 'express';\nexport const app = express();\napp.listen(3000);\n`,
  };
  for (const [relative, text] of Object.entries(files)) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  chmodSync(join(root, 'node_modules/.bin/curl'), 0o755);
  const manifestPath = join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { scripts?: Record<string, string> };
  manifest.scripts = { ...manifest.scripts, preinstall: 'node scripts/postinstall.js', postinstall: 'node scripts/postinstall.js', prepare: 'node scripts/postinstall.js' };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

describe('the tools never execute workspace code nor touch the network', () => {
  let base: string;
  let workspace: string;
  let markers: string;

  before(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'tf-sandbox-')));
    workspace = join(base, 'workspace');
    markers = join(base, 'markers');
    mkdirSync(markers);
    cpSync(join(REPO_ROOT, 'examples', 'legacy-shop-api'), workspace, { recursive: true });
    plantTraps(workspace, markers);
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  const markersWritten = () => readdirSync(markers);

  test('the traps and the sandbox work (this test could fail): running a trap writes its marker, the preload refuses it and logs it', () => {
    const direct = spawnSync(process.execPath, [join(workspace, 'jest.config.js')]);
    assert.equal(direct.status, 0);
    assert.deepEqual(markersWritten(), ['jest-config']);
    rmSync(join(markers, 'jest-config'));
    const logPath = join(base, 'control.log');
    const guarded = spawnSync(process.execPath, ['--require', SANDBOX_PRELOAD, '-e', `require(${JSON.stringify(join(workspace, 'jest.config.js'))})`], { env: sandboxEnv({ logPath, workspace }) });
    assert.notEqual(guarded.status, 0, 'requiring workspace code under the sandbox throws');
    const network = spawnSync(process.execPath, ['--require', SANDBOX_PRELOAD, '-e', "require('node:https').get('https://registry.npmjs.org/')"], { env: sandboxEnv({ logPath, workspace }) });
    assert.notEqual(network.status, 0, 'a network call under the sandbox throws');
    const attempts = sandboxAttempts(logPath).join('\n');
    assert.match(attempts, /workspace-code/);
    assert.match(attempts, /https\.get/);
    assert.deepEqual(markersWritten(), []);
  });

  test('CLI: same answer with the sandbox as without, nothing executed, no network', async () => {
    const plain = await runCliBundle(['.', '--format', 'json'], { cwd: workspace, timeoutMs: 60_000 });
    const logPath = join(base, 'cli.log');
    const sandboxed = await runCliBundle(['.', '--format', 'json'], { cwd: workspace, preload: SANDBOX_PRELOAD, env: sandboxEnv({ logPath, workspace }), timeoutMs: 60_000 });
    assert.equal(plain.code, 1, plain.stderr);
    assert.equal(sandboxed.code, plain.code, sandboxed.stderr);
    assert.equal(sandboxed.stdout, plain.stdout, 'the sandbox changes nothing in the findings');
    const rows = JSON.parse(sandboxed.stdout) as Array<{ ruleId: string; file: string }>;
    assert.ok(rows.some((row) => row.file === 'src/trap.ts' && row.ruleId === 'port-binding/hardcoded-port'), 'the trap file itself was analysed');
    assert.deepEqual(sandboxAttempts(logPath), []);
    assert.deepEqual(markersWritten(), []);
  });

  test('language server: scan, document diagnostics and code actions under the sandbox; nothing executed, no network', async () => {
    const logPath = join(base, 'server.log');
    const server = await TappedServer.start(workspace, { logPath, workspace });
    try {
      await server.scan();
      const path = join(workspace, 'src', 'trap.ts');
      await server.open(path);
      const diagnostics = await server.pull(path);
      const port = diagnostics.find((diagnostic) => diagnostic.code === 'port-binding/hardcoded-port');
      assert.ok(port, 'the server answers normally');
      assert.ok((await server.codeActions(path, port)).length > 0);
      for (const name of ['package.json', 'tsconfig.json', 'jest.config.js', '.twelve-factor.js']) {
        const file = join(workspace, name);
        await server.open(file, readFileSync(file, 'utf8'), name.endsWith('.json') ? 'json' : 'javascript');
        await server.pull(file);
      }
      assert.ok(server.pid !== undefined && existsSync(`/proc/${server.pid}`), 'the server is still running');
    } finally {
      await server.stop();
    }
    assert.deepEqual(sandboxAttempts(logPath), []);
    assert.deepEqual(markersWritten(), []);
  });
});
