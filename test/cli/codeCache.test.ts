// bin/twelve-factor.js loads its bundles through V8's code cache (dist/cli.js.v8-cache, and
// dist/engine.js.v8-cache once a file is analysed). Run on a private copy of bin/ and dist/
// so other tests never see a cache this test corrupts.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyCliInstall } from './helpers/cliInstall';

const REPO = join(__dirname, '..', '..');
const EXAMPLE = join(REPO, 'examples', 'legacy-shop-api');

it('writes a code cache, uses it, and survives one that is corrupt or stale', () => {
  const copy = copyCliInstall('tf-code-cache-');
  try {
    const cache = join(copy, 'dist', 'cli.js.v8-cache');
    const engineCache = join(copy, 'dist', 'engine.js.v8-cache');
    const run = () => {
      const result = spawnSync(process.execPath, [join(copy, 'bin', 'twelve-factor.js'), EXAMPLE, '--format', 'json', '--no-cache'], { encoding: 'utf8' });
      assert.equal(result.stderr, '');
      assert.equal(result.status, 1, 'the example has errors');
      return result.stdout;
    };

    const reference = run();
    assert.ok(JSON.parse(reference).length > 20, 'the example reports its findings');
    assert.ok(existsSync(cache), 'the first run writes the cache');
    assert.ok(existsSync(engineCache), 'and one for the engine, which it loaded');
    const written = statSync(cache).mtimeMs;
    const engineWritten = statSync(engineCache).mtimeMs;
    assert.equal(run(), reference, 'a run from the cache gives the same output');
    assert.equal(statSync(cache).mtimeMs, written, 'an accepted cache is not rewritten');
    assert.equal(statSync(engineCache).mtimeMs, engineWritten, 'nor is the engine\'s');

    writeFileSync(engineCache, Buffer.from('not a V8 code cache either'));
    assert.equal(run(), reference, 'a corrupt cache of the engine is rejected too');
    assert.notEqual(readFileSync(engineCache).toString('latin1', 0, 10), 'not a V8 c', 'and replaced');

    writeFileSync(cache, Buffer.from('not a V8 code cache at all, just bytes'));
    assert.equal(run(), reference, 'a corrupt cache is rejected and the bundle compiled');
    assert.notEqual(readFileSync(cache).toString('latin1', 0, 10), 'not a V8 c', 'and it is replaced');

    writeFileSync(join(copy, 'dist', 'cli.js'), `${readFileSync(join(copy, 'dist', 'cli.js'), 'utf8')}\n// a newer build\n`);
    assert.equal(run(), reference, 'a cache made for another build is rejected');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
