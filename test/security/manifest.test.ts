// What the extension declares about untrusted workspaces matches what it does: it supports
// them because nothing it can be configured to do executes anything (see sandbox.test.ts for
// the "does" half). A new setting that names something runnable fails this test until
// SECURITY.md and the declaration are revisited.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface Manifest {
  capabilities?: { untrustedWorkspaces?: { supported?: boolean | string; restrictedConfigurations?: string[] } };
  contributes?: { configuration?: { properties?: Record<string, { type?: string | string[] }> } };
  activationEvents?: string[];
}

describe('untrusted workspaces: declaration matches behaviour', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

  test('untrusted workspaces are declared supported, with no restricted settings needed', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations, undefined);
  });

  test('no contributed setting can point the extension at a program, script or module to run', () => {
    const settings = Object.keys(manifest.contributes?.configuration?.properties ?? {});
    assert.ok(settings.length > 0);
    const runnable = settings.filter((name) => /path|command|exec|runtime|node|binary|script|plugin|require|module|url/i.test(name));
    assert.deepEqual(runnable, [], 'settings like these need restrictedConfigurations and a SECURITY.md entry');
  });

  test('SECURITY.md states the declaration and names the tests that back each promise', () => {
    const security = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
    assert.match(security, /untrustedWorkspaces/);
    for (const testFile of ['test/security/secrets.test.ts', 'test/security/sandbox.test.ts', 'test/security/manifest.test.ts', 'test/e2e/suite/webviewSecurity.e2e.ts', 'test/e2e/suite/recovery.e2e.ts']) {
      assert.ok(security.includes(testFile), `SECURITY.md names ${testFile}`);
      assert.doesNotThrow(() => readFileSync(join(ROOT, testFile)), `${testFile} exists`);
    }
  });
});
