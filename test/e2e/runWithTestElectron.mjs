#!/usr/bin/env node
// The same extension-host suite (test/e2e/suite) under @vscode/test-electron, for machines
// that can download VS Code (this one cannot: see shared/E2E.md and runInVsCodeServer.mjs).
//   npm run test:e2e:electron     [VSCODE_VERSION=1.139.0 by default]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, REPO_ROOT } from './buildSuite.mjs';

const extensionTestsPath = await buildSuite();
const parent = mkdtempSync(join(tmpdir(), 'tf-e2e-electron-'));
const workspace = join(parent, 'shop-api');
cpSync(join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'app'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.139.0',
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  console.log('e2e (test-electron): passed');
} catch (error) {
  console.error(`e2e (test-electron): failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(parent, { recursive: true, force: true });
}
