// The secrets rule against two existing secret scanners on the same labelled corpus:
// secretlint (recommended preset, as its README suggests) and ESLint with
// eslint-plugin-no-secrets (TypeScript parser), both installed as dev dependencies.
//
//   node scripts/build.mjs && npx tsx test/corpus/compareSecretScanners.ts [--details]
//   (test/corpus3/compareSecretScanners3.ts runs the same on corpus 3)
//
// A "secret" is a label of config/hardcoded-secret or config/secret-fallback (optional
// labels excluded). A tool's finding counts as a true positive when it is on a labelled
// line of the same file; every other finding is a false positive. One finding per
// file:line per tool (scanners report the same line several times).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const REPO = join(__dirname, '..', '..');
const SECRET_RULES = new Set(['config/hardcoded-secret', 'config/secret-fallback']);

interface Label {
  file: string;
  line: number;
  ruleId: string;
  altLines?: number[];
  optional?: boolean;
}

export interface Score {
  tool: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  falsePositiveLines: string[];
  missedLines: string[];
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args[0]} failed (${result.status}): ${result.stderr.slice(0, 400)}`);
  return result.stdout;
}

function score(tool: string, hits: Set<string>, labels: Label[]): Score {
  const required = labels.filter((label) => !label.optional);
  const neutral = new Set(labels.filter((label) => label.optional).flatMap((label) => [label.line, ...(label.altLines ?? [])].map((line) => `${label.file}:${line}`)));
  const matched = new Set<string>();
  let truePositives = 0;
  for (const label of required) {
    const keys = [label.line, ...(label.altLines ?? [])].map((line) => `${label.file}:${line}`);
    const hit = keys.find((key) => hits.has(key));
    if (hit) {
      truePositives++;
      for (const key of keys) matched.add(key);
    }
  }
  const falsePositiveLines = [...hits].filter((hit) => !matched.has(hit) && !neutral.has(hit));
  const missedLines = required.filter((label) => ![label.line, ...(label.altLines ?? [])].some((line) => hits.has(`${label.file}:${line}`))).map((label) => `${label.file}:${label.line}`);
  const precision = truePositives + falsePositiveLines.length === 0 ? 1 : truePositives / (truePositives + falsePositiveLines.length);
  const recall = required.length === 0 ? 1 : truePositives / required.length;
  return { tool, truePositives, falsePositives: falsePositiveLines.length, falseNegatives: missedLines.length, precision, recall, falsePositiveLines, missedLines };
}

function projects(corpus: string): string[] {
  return readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

function ourHits(corpus: string): Set<string> {
  const hits = new Set<string>();
  for (const project of projects(corpus)) {
    const findings = JSON.parse(run(process.execPath, [process.env.TWELVE_FACTOR_BIN ?? join(REPO, 'bin', 'twelve-factor.js'), project, '--format', 'json'], corpus)) as Array<{ file: string; ruleId: string; range: { start: { line: number } } }>;
    for (const finding of findings) if (SECRET_RULES.has(finding.ruleId)) hits.add(`${finding.file}:${finding.range.start.line + 1}`);
  }
  return hits;
}

function secretlintHits(corpus: string): Set<string> {
  const config = join(mkdtempSync(join(tmpdir(), 'tf-secretlint-')), 'secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  // On a large corpus secretlint's JSON on stdout is cut off when the process exits (the pipe is
  // not drained), so the report goes to a file.
  const outputFile = join(dirname(config), 'report.json');
  run(process.execPath, [join(REPO, 'node_modules', 'secretlint', 'bin', 'secretlint.js'), '**/*', '--secretlintrc', config, '--format', 'json', '--output', outputFile], corpus);
  const output = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '';
  const hits = new Set<string>();
  for (const result of JSON.parse(output || '[]') as Array<{ filePath: string; messages: Array<{ loc: { start: { line: number } } }> }>) {
    for (const message of result.messages) hits.add(`${relative(corpus, result.filePath)}:${message.loc.start.line}`);
  }
  return hits;
}

function eslintHits(corpus: string): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tf-eslint-'));
  const config = join(dir, 'eslint.config.mjs');
  writeFileSync(
    config,
    `import parser from ${JSON.stringify(require.resolve('@typescript-eslint/parser'))};\nimport noSecrets from ${JSON.stringify(require.resolve('eslint-plugin-no-secrets'))};\nexport default [{ files: ['**/*.{ts,tsx,js,jsx,mjs,cjs}'], languageOptions: { parser }, plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];\n`,
  );
  const output = run(process.execPath, [join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--no-config-lookup', '-c', config, '-f', 'json', '--no-warn-ignored', '.'], corpus);
  const hits = new Set<string>();
  for (const result of JSON.parse(output) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number }> }>) {
    for (const message of result.messages) if (message.ruleId === 'no-secrets/no-secrets') hits.add(`${relative(corpus, result.filePath)}:${message.line}`);
  }
  return hits;
}

/** The three tools on one labelled corpus: `corpusDir` holds projects/ and labels.json (corpus 1 by default). */
export function compareSecretScanners(corpusDir: string = __dirname): Score[] {
  const corpus = join(corpusDir, 'projects');
  const labels = (JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as Label[]).filter((label) => SECRET_RULES.has(label.ruleId));
  return [score('twelve-factor (secrets rules)', ourHits(corpus), labels), score('secretlint (recommended preset)', secretlintHits(corpus), labels), score('ESLint + no-secrets', eslintHits(corpus), labels)];
}

export function printScores(scores: readonly Score[], args: readonly string[]): void {
  console.log('tool                              TP   FP   FN  precision  recall');
  for (const s of scores) console.log(`${s.tool.padEnd(32)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${(s.precision * 100).toFixed(1).padStart(8)}  ${(s.recall * 100).toFixed(1).padStart(6)}`);
  if (args.includes('--details')) for (const s of scores) console.log(`\n${s.tool}\n  FP: ${s.falsePositiveLines.join(', ')}\n  FN: ${s.missedLines.join(', ')}`);
}

if (require.main === module) printScores(compareSecretScanners(), process.argv.slice(2));
