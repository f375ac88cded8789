// Runs the test tiers with node's own test runner (TypeScript through tsx).
// `npm test` runs every tier; `npm test -- unit` (or cli, package, lsp, e2e) runs some.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const requested = process.argv.slice(2);
// fuzz: seeded mutation of real files through engine, CLI and server (TF_FUZZ_SCALE=n for longer runs).
// security: the promises of SECURITY.md (no secret echoed, no network, no workspace code run).
const tiers = requested.length > 0 ? requested : ['unit', 'cli', 'package', 'lsp', 'fuzz', 'security', 'e2e'];

function findTests(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'fixtures') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (/\.test\.(ts|mts)$/.test(entry)) found.push(path);
  }
  return found.sort();
}

let failed = false;
// The CLI's result cache (cliCache.ts) goes to a folder of this run: tests never read or leave
// one in the user's cache folder, and a run starts without results of an earlier one.
const cacheDirectory = mkdtempSync(join(tmpdir(), 'twelve-factor-test-cache-'));
const env = { ...process.env, TWELVE_FACTOR_CACHE_DIR: cacheDirectory };
// The CLI, package, LSP and e2e tiers exercise the real bundles: build them from the current sources first.
if (tiers.some((tier) => tier !== 'unit')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(1);
}
for (const tier of tiers) {
  const files = findTests(join(root, 'test', tier));
  if (files.length === 0) {
    console.error(`No tests found for tier "${tier}".`);
    failed = true;
    continue;
  }
  console.log(`\n# tier: ${tier} (${files.length} files)`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: root, env });
  if (result.status !== 0) failed = true;
}
rmSync(cacheDirectory, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
