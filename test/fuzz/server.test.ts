// Fuzzing the running language server (the real bundle over stdio): a workspace of mutated
// files on disk for the startup scan, then mutated documents opened, edited incrementally and
// pulled. The server must answer every pull within a bound with valid ranges, keep its
// process alive, log no uncaught error, and still give the right answer for a healthy file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { ServerCommands } from '../../server/src/lsp/protocol';
import { TestLspClient, pathOf, uriOf } from '../lsp/helpers/lspClient';
import { SeededRandom, fuzzSeed, iterations } from './helpers/random';
import { extremeInputs, mutate } from './helpers/mutations';
import { LspLines, rangeProblem } from './helpers/positions';
import { decodeLikeTheCli, seedFiles, SEED_ROOTS } from './helpers/corpus';

/** One document pull; generous for a 2-core box (typical: a few ms). */
const PULL_BOUND_MS = 10_000;
/** The whole startup scan of the fuzzed workspace, extremes included. */
const SCAN_BOUND_MS = 60_000;

function withTimeout<T>(what: string, promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} was not answered within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What VS Code syncs for a file: decoded as UTF-8 with the BOM hidden. */
const editorText = decodeLikeTheCli;

function rangeProblems(diagnostics: readonly Diagnostic[], text: string): string[] {
  const lines = new LspLines(text);
  return diagnostics.flatMap((diagnostic) => {
    const problem = rangeProblem(lines, diagnostic.range);
    return problem ? [`${String(diagnostic.code)}: ${problem}`] : [];
  });
}

function assertAlive(client: TestLspClient): void {
  const pid = client.pid;
  assert.ok(pid !== undefined);
  assert.doesNotThrow(() => process.kill(pid, 0), 'the server process is alive');
  const crashes = client.logs.filter((line) => /Uncaught|Unhandled rejection|failed: /.test(line));
  assert.deepEqual(crashes, [], 'no uncaught errors or failed handlers in the server log');
}

describe(`language server fuzz (seed ${fuzzSeed()}; replay with TF_FUZZ_SEED, scale with TF_FUZZ_SCALE)`, () => {
  let workspace: string;
  let root: string;
  let client: TestLspClient;
  const written = new Map<string, string>();

  before(async () => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'tf-fuzz-lsp-')));
    const seedRoot = SEED_ROOTS[0]!;
    root = join(workspace, 'app');
    cpSync(seedRoot, root, { recursive: true });
    const random = new SeededRandom(fuzzSeed()).fork(1);
    const write = (relative: string, bytes: Buffer, description: string) => {
      const path = join(root, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      written.set(path, description);
    };
    // Mutated copies beside the originals, so the originals stay as a healthy reference.
    for (const seed of seedFiles().filter((file) => file.root === seedRoot)) {
      const mutated = mutate(seed.bytes, random);
      const name = seed.relativePath.replace(/(\.[^./]+)?$/, (ext) => `.fuzzed${ext}`);
      write(seed.relativePath.endsWith('package.json') ? join(dirname(seed.relativePath), 'fuzzed', 'package.json') : name, mutated.bytes, mutated.description);
    }
    for (const [index, input] of extremeInputs('script').entries()) write(`src/extreme/${index}.ts`, input.bytes, input.description);
    for (const [index, input] of extremeInputs('yaml').entries()) write(`deploy/extreme-${index}.yaml`, input.bytes, input.description);
    for (const [index, input] of extremeInputs('json').entries()) write(`extreme/${index}/package.json`, input.bytes, input.description);
    client = await TestLspClient.start({ folders: [root], settings: { '*': { enable: true, scanOnStartup: false, rules: {}, exclude: [], maxFileSize: 1_000_000 } } });
  });

  after(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('the workspace scan answers every fuzzed file on disk, in time, with valid ranges', async () => {
    await withTimeout('the workspace scan', client.executeCommand(ServerCommands.scanWorkspace, []), SCAN_BOUND_MS);
    const report = await client.workspaceDiagnostics([], 10_000);
    const reported = new Map(report.items.map((item) => [pathOf(item.uri), item.kind === 'full' ? item.items : []]));
    const problems: string[] = [];
    for (const [path, description] of written) {
      const diagnostics = reported.get(path);
      if (diagnostics === undefined) continue; // no findings and no note: nothing to check
      for (const problem of rangeProblems(diagnostics, editorText(readFileSync(path)))) problems.push(`${path.slice(root.length + 1)} (${description}): ${problem}`);
    }
    assert.deepEqual(problems, []);
    // The extremes were answered: skipped or analysed, never silently dropped by a crash.
    for (const [path, description] of written) {
      if (!/extreme/.test(path) || !/5 MB/.test(description)) continue;
      const diagnostics = reported.get(path) ?? [];
      assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'twelve-factor/skipped').length, 1, `${path}: one "skipped" information diagnostic (${description})`);
    }
    assertAlive(client);
  });

  test('mutated documents opened, edited and pulled: every pull answered in time with valid ranges', async () => {
    const random = new SeededRandom(fuzzSeed()).fork(2);
    const seeds = seedFiles();
    const count = iterations(60);
    const failures: string[] = [];
    for (let i = 0; i < count; i++) {
      const seed = seeds[i % seeds.length]!;
      const mutated = mutate(seed.bytes, random.fork(i));
      // A document outside the scanned workspace folder gets a loose project: exercise both.
      const path = i % 2 === 0 ? join(root, 'open', `${i}-${seed.relativePath.replace(/\//g, '_')}`) : join(root, dirname(seed.relativePath), `open-${i}-${seed.relativePath.split('/').pop()}`);
      const label = `#${i} ${seed.relativePath} (${mutated.description})`;
      try {
        let text = editorText(mutated.bytes);
        await client.open(path, text);
        let diagnostics = await withTimeout(label, client.pullDiagnostics(path), PULL_BOUND_MS);
        for (const problem of rangeProblems(diagnostics, text)) failures.push(`${label}: ${problem}`);
        // A few random incremental edits, as typing does, then pull again.
        for (let edit = 0; edit < 3; edit++) {
          const lines = new LspLines(text);
          const editRandom = random.fork(i * 10 + edit);
          const startOffset = editRandom.below(text.length + 1);
          const endOffset = Math.min(text.length, startOffset + editRandom.below(20));
          const replacement = editRandom.pick(['', '{', '`', "'", '\n', '\r\n', '\u2028', 'app.listen(3000);\n', '\u0000', '😀']);
          const range = { start: lines.positionAt(startOffset), end: lines.positionAt(endOffset) };
          await client.change(path, [{ range, text: replacement }]);
          text = client.textOf(path);
        }
        diagnostics = await withTimeout(`${label} after edits`, client.pullDiagnostics(path), PULL_BOUND_MS);
        for (const problem of rangeProblems(diagnostics, text)) failures.push(`${label} after edits: ${problem}`);
        await client.close(path);
      } catch (error) {
        failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (failures.length >= 10) break;
    }
    assert.deepEqual(failures, [], `replay with TF_FUZZ_SEED=${fuzzSeed()}`);
    assertAlive(client);
  });

  test('extreme documents opened in the editor: answered in time (skipped with one information diagnostic when over the limits)', async () => {
    for (const [index, input] of [...extremeInputs('script'), ...extremeInputs('yaml'), ...extremeInputs('json')].entries()) {
      const path = join(root, 'opened-extremes', String(index), index < 9 ? 'file.ts' : index < 14 ? 'file.yaml' : 'package.json');
      const text = input.bytes.toString('utf8');
      await client.open(path, text);
      const diagnostics = await withTimeout(input.description, client.pullDiagnostics(path), PULL_BOUND_MS);
      assert.deepEqual(rangeProblems(diagnostics, text), [], input.description);
      if (text.length > 1_000_000) {
        const skipped = diagnostics.filter((diagnostic) => diagnostic.code === 'twelve-factor/skipped');
        assert.equal(skipped.length, 1, `${input.description}: one skipped diagnostic`);
        assert.equal(skipped[0]!.severity, 3, 'information severity');
      }
      await client.close(path);
    }
    assertAlive(client);
  });

  test('after all that, a healthy file still gets the right diagnostics', async () => {
    const path = join(root, 'src', 'healthy-after-fuzz.ts');
    await client.open(path, "import express from 'express';\nconst app = express();\napp.listen(3000);\n");
    const diagnostics = await withTimeout('healthy file', client.pullDiagnostics(path), PULL_BOUND_MS);
    const port = diagnostics.find((diagnostic) => diagnostic.code === 'port-binding/hardcoded-port');
    assert.ok(port, `hardcoded-port expected, got ${diagnostics.map((diagnostic) => String(diagnostic.code)).join(', ')}`);
    assert.deepEqual(port.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 15 } });
    assertAlive(client);
    assert.ok(uriOf(path).startsWith('file://'));
  });
});
