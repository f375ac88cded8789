// The CLI loads its engine and TypeScript (dist/engine.js, 4 MB) only when a file must be
// analysed (server/src/engine/onDemand.ts, siblingBundles.ts): --version, --help and a run whose
// every file the result cache answers never need it. Run on a private copy of bin/ and dist/
// whose engine bundle is then blanked: what needs no analysis still works, and analysis — which
// that must break, or this test proves nothing — fails with a note, not a crash.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyCliInstall } from './helpers/cliInstall';

it('answers --version, --help and a fully cached run without loading the engine', () => {
  const copy = copyCliInstall('tf-lazy-engine-');
  try {
    const workspace = join(copy, 'workspace');
    mkdirSync(join(workspace, 'src'), { recursive: true });
    writeFileSync(join(workspace, 'package.json'), JSON.stringify({ name: 'lazy', version: '1.0.0', dependencies: { express: '^4.0.0' } }));
    writeFileSync(join(workspace, 'src', 'server.ts'), "import express from 'express';\nconst app = express();\nconst stripeKey = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';\napp.listen(3000);\n");
    writeFileSync(join(workspace, 'src', 'util.ts'), 'export const twice = (n: number) => n * 2;\n');
    // Its rule ids are checked on every run, cached or not (engine/ruleIds.ts, not the rules).
    writeFileSync(join(workspace, '.twelve-factor.yml'), 'rules:\n  port-binding/hardcoded-port: error\n');
    const cacheDirectory = join(copy, 'cache');
    const run = (...args: string[]) => spawnSync(process.execPath, [join(copy, 'bin', 'twelve-factor.js'), ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, TWELVE_FACTOR_CACHE_DIR: cacheDirectory } });

    const first = run('.', '--format', 'json');
    assert.equal(first.stderr, '');
    const findings = JSON.parse(first.stdout) as Array<{ ruleId: string; severity: string }>;
    assert.ok(findings.some((finding) => finding.ruleId === 'config/hardcoded-secret'), first.stdout);
    assert.ok(findings.some((finding) => finding.ruleId === 'port-binding/hardcoded-port' && finding.severity === 'error'), 'the config file applies');

    // The cache's engine identity is dist/engine.js's size and time: blanked but for those, it loads as nothing.
    const engineBundle = join(copy, 'dist', 'engine.js');
    const { mtime } = statSync(engineBundle);
    writeFileSync(engineBundle, ' '.repeat(statSync(engineBundle).size));
    utimesSync(engineBundle, mtime, mtime);
    rmSync(join(copy, 'dist', 'engine.js.v8-cache'), { force: true });

    const version = run('--version');
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = run('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: twelve-factor/);

    const cached = run('.', '--format', 'json');
    assert.equal(cached.stderr, '');
    assert.equal(cached.status, first.status);
    assert.equal(cached.stdout, first.stdout, 'every file answered from the cache, the engine never loaded');
    // An unknown id in --rule is refused by name, without the rules.
    const unknown = run('.', '--rule', 'config/no-such-rule=off');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown rule id "config\/no-such-rule"/);

    const analysed = run('.', '--format', 'json', '--no-cache');
    assert.deepEqual(JSON.parse(analysed.stdout), [], 'without the engine nothing can be analysed');
    assert.match(analysed.stderr, /src\/server\.ts: Analysis failed: /);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
