// Fuzzing the engine: mutated example and fixture files go through `analyzeFile` (no input
// guards: the engine itself must survive) and through `Project.analyze` (the guards the CLI
// and the server use). Nothing may throw, every file is answered within a bound, and every
// range — of findings and of fix edits to the analysed file — is valid in the text as the
// editor sees it (LSP line breaks).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { analyzeFile, type AnalysisResult } from '../../server/src/engine/analyze';
import { fileKindOf } from '../../server/src/engine/fileKinds';
import { Project } from '../../server/src/workspace/project';
import { SeededRandom, fuzzSeed, iterations } from './helpers/random';
import { extremeInputs, mutate, type MutatedInput } from './helpers/mutations';
import { LspLines, rangeProblem } from './helpers/positions';
import { decodeLikeTheCli, seedFiles, SEED_ROOTS, type SeedFile } from './helpers/corpus';

/** Generous for a 2-core CI box; a typical mutated file takes a few milliseconds. */
const PER_FILE_BOUND_MS = 5_000;
/** 10,000-deep nesting and 5 MB lines: the guards must keep these well away from "minutes". */
const EXTREME_BOUND_MS = 15_000;

const CONFIG_SEED = `# Twelve-Factor Guide configuration
rules:
  port-binding/hardcoded-port: error
  config/hardcoded-secret: warn
ignore:
  - "legacy/**"
checklist:
  codebase-one-repo: true
`;

function problemsIn(result: AnalysisResult, path: string, text: string): string[] {
  const lines = new LspLines(text);
  const problems: string[] = [];
  for (const finding of result.findings) {
    const problem = rangeProblem(lines, finding.range);
    if (problem) problems.push(`${finding.ruleId}: ${problem}`);
    for (const fix of finding.fixes) {
      for (const change of fix.changes) {
        // Edits to other files (.env.example, package.json) are ranged in those files' text.
        if (change.path !== path || change.createFile) continue;
        for (const edit of change.edits) {
          const editProblem = rangeProblem(lines, edit.range);
          if (editProblem) problems.push(`${finding.ruleId} fix "${fix.title}": edit ${editProblem}`);
        }
      }
    }
  }
  return problems;
}

async function timed<T>(action: () => Promise<T>): Promise<{ value: T; elapsedMs: number }> {
  const started = performance.now();
  const value = await action();
  return { value, elapsedMs: performance.now() - started };
}

describe(`engine fuzz (seed ${fuzzSeed()}; replay with TF_FUZZ_SEED, scale with TF_FUZZ_SCALE)`, () => {
  const projects = new Map<string, Project>();
  let seeds: SeedFile[];

  before(async () => {
    seeds = seedFiles();
    for (const root of SEED_ROOTS) {
      const project = new Project({ root });
      await project.primeFacts(await project.listFiles());
      projects.set(root, project);
      seeds.push({ root, path: posix.join(root, '.twelve-factor.yml'), relativePath: '.twelve-factor.yml', bytes: Buffer.from(CONFIG_SEED) });
    }
    assert.ok(seeds.length >= 30, `expected a real corpus, found ${seeds.length} seed files`);
    for (const kind of ['script', 'yaml', 'packageJson', 'envFile', 'config'] as const) {
      assert.ok(seeds.some((seed) => fileKindOf(seed.path) === kind), `the corpus has a ${kind} file`);
    }
  });

  test('mutated files: analyzeFile never throws, answers within the bound, and every range is valid', async () => {
    const random = new SeededRandom(fuzzSeed());
    const count = iterations(600);
    const failures: string[] = [];
    for (let i = 0; i < count; i++) {
      const seed = seeds[i % seeds.length]!;
      const caseRandom = random.fork(i);
      const mutated = mutate(seed.bytes, caseRandom);
      // Mostly what the CLI reads; sometimes the raw decoding with the BOM kept (another LSP client may send it).
      const text = caseRandom.chance(0.8) ? decodeLikeTheCli(mutated.bytes) : mutated.bytes.toString('utf8');
      const project = projects.get(seed.root)!;
      const label = `#${i} ${seed.relativePath} (${mutated.description})`;
      try {
        const { value, elapsedMs } = await timed(() => analyzeFile(seed.path, text, project.index, { severities: project.severities() }));
        if (elapsedMs > PER_FILE_BOUND_MS) failures.push(`${label}: took ${elapsedMs.toFixed(0)} ms`);
        for (const problem of problemsIn(value, seed.path, text)) failures.push(`${label}: ${problem}`);
      } catch (error) {
        failures.push(`${label}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      if (failures.length >= 10) break;
    }
    assert.deepEqual(failures, [], `replay with TF_FUZZ_SEED=${fuzzSeed()}`);
  });

  for (const kind of ['script', 'yaml', 'json'] as const) {
    test(`extreme ${kind} inputs (10,000-deep nesting, 5 MB lines, alias bombs) are answered quickly, never thrown`, async () => {
      const root = SEED_ROOTS[0]!;
      const project = projects.get(root)!;
      const path = kind === 'script' ? posix.join(root, 'src', 'extreme.ts') : kind === 'yaml' ? posix.join(root, 'deploy', 'extreme.yaml') : posix.join(root, 'extreme', 'package.json');
      const cases: Array<MutatedInput & { path: string }> = extremeInputs(kind).map((input) => ({ ...input, path }));
      if (kind === 'yaml') cases.push(...extremeInputs('yaml').map((input) => ({ ...input, description: `${input.description} as .twelve-factor.yml`, path: posix.join(root, '.twelve-factor.yml') })));
      const failures: string[] = [];
      for (const input of cases) {
        const text = input.bytes.toString('utf8');
        for (const [via, run] of [
          ['Project.analyze (guards on)', () => project.analyze(input.path, text)],
          // The engine alone, as if the limit were raised: it must still answer, if only with a note.
          ['analyzeFile (no guards)', () => analyzeFile(input.path, text, project.index)],
        ] as const) {
          try {
            const { value, elapsedMs } = await timed(run);
            if (elapsedMs > EXTREME_BOUND_MS) failures.push(`${input.description} via ${via}: took ${elapsedMs.toFixed(0)} ms`);
            for (const problem of problemsIn(value, input.path, text)) failures.push(`${input.description} via ${via}: ${problem}`);
          } catch (error) {
            failures.push(`${input.description} via ${via}: threw ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});
