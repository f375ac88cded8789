// Fuzzing the CLI bundle end to end: a copy of a seed workspace with mutated files written to
// disk as bytes, plus hand-made extremes, checked in every format. The process must finish
// within a bound with exit code 0 or 1, print well-formed output, give every finding a valid
// range in the file as read, and give every skipped file exactly one note.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SeededRandom, fuzzSeed, iterations } from './helpers/random';
import { extremeInputs, mutate } from './helpers/mutations';
import { LspLines, rangeProblem, type LspRange } from './helpers/positions';
import { decodeLikeTheCli, seedFiles, SEED_ROOTS } from './helpers/corpus';
import { runCliBundle } from './helpers/processes';

/** Startup (~0.5 s) plus a small workspace with a few multi-megabyte files, on a slow 2-core box. */
const RUN_BOUND_MS = 45_000;

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  range: LspRange;
  message: string;
}

interface SarifLog {
  version: string;
  runs: Array<{
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }> }>;
    invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
  }>;
}

/** Files that must be skipped with a note: the guards' three reasons. */
const SKIP_CASES: Record<string, string | Buffer> = {
  'src/generated/huge.ts': `export const rows = [\n${'  { id: 1, name: "row" },\n'.repeat(60_000)}];\n`,
  'public/vendor.min.js': 'var a=1;app.listen(3000);',
  'src/bundle.js': `${'var a=1;'.repeat(2_000)}app.listen(3000);\n`,
  'src/binary.js': Buffer.concat([Buffer.from('app.listen(3000);\n'), Buffer.from([0, 1, 2, 3, 0, 0xff])]),
};

describe(`CLI fuzz (seed ${fuzzSeed()}; replay with TF_FUZZ_SEED, scale with TF_FUZZ_SCALE)`, () => {
  const temporary: string[] = [];
  after(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  function workspaceFor(round: number, random: SeededRandom): { root: string; mutations: string[] } {
    const seedRoot = SEED_ROOTS[round % SEED_ROOTS.length]!;
    const root = join(realpathSync(mkdtempSync(join(tmpdir(), 'tf-fuzz-cli-'))), basename(seedRoot));
    temporary.push(dirname(root));
    cpSync(seedRoot, root, { recursive: true });
    const mutations: string[] = [];
    for (const seed of seedFiles().filter((file) => file.root === seedRoot)) {
      if (!random.chance(0.7)) continue;
      const mutated = mutate(seed.bytes, random);
      writeFileSync(join(root, seed.relativePath), mutated.bytes);
      mutations.push(`${seed.relativePath}: ${mutated.description}`);
    }
    // One extreme per round, rotating through them all across rounds.
    const extremes = [...extremeInputs('script').map((input) => ({ ...input, path: 'src/extreme.ts' })), ...extremeInputs('yaml').map((input) => ({ ...input, path: 'deploy/extreme.yaml' })), ...extremeInputs('json').map((input) => ({ ...input, path: 'extreme/package.json' }))];
    const extreme = extremes[round % extremes.length]!;
    mkdirSync(dirname(join(root, extreme.path)), { recursive: true });
    writeFileSync(join(root, extreme.path), extreme.bytes);
    mutations.push(`${extreme.path}: ${extreme.description}`);
    return { root, mutations };
  }

  function checkRanges(root: string, rows: Array<{ file: string; ruleId: string; range: LspRange }>): string[] {
    const problems: string[] = [];
    const texts = new Map<string, LspLines>();
    for (const row of rows) {
      const path = join(root, row.file);
      if (!existsSync(path)) {
        problems.push(`${row.file}: reported file does not exist`);
        continue;
      }
      let lines = texts.get(path);
      if (!lines) texts.set(path, (lines = new LspLines(decodeLikeTheCli(readFileSync(path)))));
      const problem = rangeProblem(lines, row.range);
      if (problem) problems.push(`${row.file} ${row.ruleId}: ${problem}`);
    }
    return problems;
  }

  test('mutated workspaces: every format answers in time, well formed, with valid ranges', async () => {
    const random = new SeededRandom(fuzzSeed());
    const rounds = iterations(4);
    for (let round = 0; round < rounds; round++) {
      const { root, mutations } = workspaceFor(round, random.fork(round));
      const context = `round ${round} (${mutations.join('; ')})`;

      const json = await runCliBundle(['.', '--format', 'json'], { cwd: root, timeoutMs: RUN_BOUND_MS });
      assert.ok(!json.timedOut, `json run timed out after ${RUN_BOUND_MS} ms: ${context}`);
      assert.ok(json.code === 0 || json.code === 1, `json exit code ${json.code} (signal ${json.signal}); stderr: ${json.stderr.slice(0, 2000)}\n${context}`);
      assert.doesNotMatch(json.stderr, /unexpected failure|Analysis failed|at .*\.js:\d+:\d+/, context);
      const rows = JSON.parse(json.stdout) as JsonFinding[];
      assert.ok(Array.isArray(rows));
      assert.deepEqual(checkRanges(root, rows), [], context);

      const sarifRun = await runCliBundle(['.', '--format', 'sarif'], { cwd: root, timeoutMs: RUN_BOUND_MS });
      assert.equal(sarifRun.code, json.code, `sarif and json agree on the exit code: ${context}`);
      const sarif = JSON.parse(sarifRun.stdout) as SarifLog;
      assert.equal(sarif.version, '2.1.0');
      const sarifRows = sarif.runs[0]!.results.map((result) => {
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        return { file: decodeURI(artifactLocation.uri), ruleId: result.ruleId, range: { start: { line: region.startLine - 1, character: region.startColumn - 1 }, end: { line: region.endLine - 1, character: region.endColumn - 1 } } };
      });
      assert.equal(sarifRows.length, rows.length, `sarif and json report the same number of findings: ${context}`);
      assert.deepEqual(checkRanges(root, sarifRows), [], context);

      const text = await runCliBundle(['.', '--format', 'text'], { cwd: root, timeoutMs: RUN_BOUND_MS });
      assert.equal(text.code, json.code, `text and json agree on the exit code: ${context}`);
      assert.match(text.stdout, rows.length === 0 ? /No twelve-factor problems found\./ : new RegExp(`✖ ${rows.length} problems?`), context);
    }
  });

  test('every extreme input in one workspace (10,000-deep nesting, 5 MB lines, alias bombs): one run, in time, exit 0 or 1', async () => {
    const root = join(realpathSync(mkdtempSync(join(tmpdir(), 'tf-fuzz-extreme-'))), 'app');
    temporary.push(dirname(root));
    cpSync(SEED_ROOTS[0]!, root, { recursive: true });
    const written: string[] = [];
    const write = (relative: string, bytes: Buffer) => {
      mkdirSync(dirname(join(root, relative)), { recursive: true });
      writeFileSync(join(root, relative), bytes);
      written.push(relative);
    };
    for (const [index, input] of extremeInputs('script').entries()) write(`src/extreme/${index}.ts`, input.bytes);
    for (const [index, input] of extremeInputs('yaml').entries()) write(`deploy/extreme-${index}.yaml`, input.bytes);
    for (const [index, input] of extremeInputs('json').entries()) write(`extreme/${index}/package.json`, input.bytes);
    for (const format of ['json', 'sarif', 'text']) {
      // A raised limit, so the 5 MB files reach the parsers instead of the size guard.
      const run = await runCliBundle(['.', '--format', format, '--max-file-size', '20000000'], { cwd: root, timeoutMs: RUN_BOUND_MS });
      assert.ok(!run.timedOut, `${format}: timed out`);
      assert.ok(run.code === 0 || run.code === 1, `${format}: exit ${run.code} ${run.signal}; ${run.stderr.slice(0, 3000)}`);
      assert.doesNotMatch(run.stderr, /unexpected failure|Analysis failed|Workspace facts are incomplete/);
      if (format === 'json') assert.deepEqual(checkRanges(root, JSON.parse(run.stdout) as JsonFinding[]), []);
    }
  });

  test('oversized, minified and binary files are skipped with exactly one note each, and quickly', async () => {
    const root = join(realpathSync(mkdtempSync(join(tmpdir(), 'tf-fuzz-skip-'))), 'app');
    temporary.push(dirname(root));
    cpSync(SEED_ROOTS[0]!, root, { recursive: true });
    for (const [relative, content] of Object.entries(SKIP_CASES)) {
      mkdirSync(dirname(join(root, relative)), { recursive: true });
      writeFileSync(join(root, relative), content);
    }
    const run = await runCliBundle(['.', '--format', 'json', '--max-file-size', '1000000'], { cwd: root, timeoutMs: RUN_BOUND_MS });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const rows = JSON.parse(run.stdout) as JsonFinding[];
    const noteLines = run.stderr.split('\n').filter((line) => line.trim() !== '');
    for (const relative of Object.keys(SKIP_CASES)) {
      assert.ok(!rows.some((row) => row.file === relative), `${relative} was not analysed`);
      const notes = noteLines.filter((line) => line.startsWith(`${relative}: Skipped`));
      assert.equal(notes.length, 1, `one note for ${relative}, got:\n${run.stderr}`);
    }
    assert.match(noteLines.find((line) => line.startsWith('src/generated/huge.ts'))!, /over the 1\.0 MB limit/);
    assert.match(noteLines.find((line) => line.startsWith('public/vendor.min.js'))!, /minified/);
    assert.match(noteLines.find((line) => line.startsWith('src/bundle.js'))!, /minified or generated/);
    assert.match(noteLines.find((line) => line.startsWith('src/binary.js'))!, /binary/);

    // The limit is a setting: raised, the big file is analysed (and still answered in time).
    const raised = await runCliBundle(['.', '--format', 'json', '--max-file-size', '50000000'], { cwd: root, timeoutMs: RUN_BOUND_MS });
    assert.doesNotMatch(raised.stderr, /src\/generated\/huge\.ts: Skipped/);
    // SARIF carries the same notes as tool notifications.
    const sarif = JSON.parse((await runCliBundle(['.', '--format', 'sarif'], { cwd: root, timeoutMs: RUN_BOUND_MS })).stdout) as SarifLog;
    const notified = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((notification) => decodeURI(notification.locations[0]!.physicalLocation.artifactLocation.uri));
    for (const relative of Object.keys(SKIP_CASES)) assert.equal(notified.filter((uri) => uri === relative).length, 1, `one SARIF notification for ${relative}`);
  });
});
