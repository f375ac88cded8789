// The CLI spreads large trees over worker threads (cliScan.ts). The threshold is lowered here so
// a real corpus takes that path; its output must equal the single-threaded scan's, byte for byte.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');
const BIN = join(REPO, 'bin', 'twelve-factor.js');

function scan(target: string, threshold: number): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [BIN, target, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, TWELVE_FACTOR_PARALLEL_THRESHOLD: String(threshold) } });
  assert.equal(result.stderr, '');
  return { status: result.status, stdout: result.stdout };
}

for (const corpus of ['test/corpus/projects', 'test/corpus3/projects', 'examples']) {
  it(`scans ${corpus} with workers exactly as with one thread`, () => {
    const target = join(REPO, corpus);
    const alone = scan(target, 1_000_000);
    const inWorkers = scan(target, 1);
    assert.ok(JSON.parse(alone.stdout).length > 30, 'the corpus has findings to compare');
    assert.equal(inWorkers.status, alone.status);
    assert.equal(inWorkers.stdout, alone.stdout);
  });
}
