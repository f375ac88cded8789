// `npm run bench`: measures, in one run and side by side, the ratios the README reports.
//   1. full analysis of one file vs ts.createSourceFile alone (200, 2,000, 10,000 lines)
//   3. whole-tree scan: our CLI vs the secretlint CLI vs ESLint + eslint-plugin-no-secrets
//   2. edit-to-diagnostics latency through the real server, 4. its memory (bench/server.ts)
//   5. VSIX size and extension activation time (bench/package.ts)
// Writes .bench/results.json and prints a markdown table. BENCH_QUICK=1 runs a smaller set;
// BENCH_ONLY=analysis,scan,corpora,real,server,package runs only those parts (while working on one);
// BENCH_REAL_TREES=/path/a,/path/b adds the scan comparison on checkouts of real services.
import * as ts from 'typescript';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir, cpus, totalmem } from 'node:os';
import { analyzeFile } from '../server/src/engine/analyze';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';
import { MemoryFileSystem } from '../server/src/workspace/fileSystem';
import { generateServiceText, generateTree, seededRandom } from './generateTree';
import { measure as measureServer } from './server';
import { measure as measurePackage } from './package';
import { formatMs, formatSample, summarise, timeCommand, timeInterleaved, type Sample } from './measure';
import type { Row } from './measure';


const ROOT = join(__dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const OUT_DIR = join(ROOT, '.bench');
const TREE_BASE = join(tmpdir(), 'twelve-factor-bench');


/** How long both sides of an analysis-vs-parse row run before they are measured. */
const WARM_UP_MS = QUICK ? 1000 : 4000;

async function analysisVersusParse(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const facts = new WorkspaceIndex('/bench', new MemoryFileSystem({ '/bench/package.json': '{"name":"bench","dependencies":{"express":"^4"}}', '/bench/package-lock.json': '{}' }));
  for (const lines of [200, 2000, 10000]) {
    const text = generateServiceText(seededRandom(lines), lines);
    const path = `/bench/src/services/sample-${lines}.ts`;
    const runs = QUICK ? 7 : lines >= 10000 ? 15 : 31;
    // Samples of at least ~20 ms each (see timeRepeated), the same batch on both sides.
    const batch = lines <= 200 ? 20 : lines <= 2000 ? 2 : 1;
    // Warm both paths, alternating, for a few seconds: the rules' code runs a few times per file,
    // so V8 is still compiling it (on helper threads, which CPU time counts) for the first
    // thousands of small files. The medians are of the steady state an editor session or a tree
    // scan reaches; the min–max still shows the spread.
    const warmUntil = performance.now() + WARM_UP_MS;
    for (let i = 0; i < 3 || performance.now() < warmUntil; i++) {
      ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      await analyzeFile(path, text, facts);
    }
    const [parse, analysis] = (await timeInterleaved(runs, [() => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true), () => analyzeFile(path, text, facts)], batch)) as [Sample, Sample];
    const ratio = analysis.median / parse.median;
    rows.push({ measurement: `analysis vs parse, ${lines} lines`, ours: formatSample(analysis), baseline: formatSample(parse), ratio, target: '≤ 1.3×', pass: ratio <= 1.3 });
    results[`analysisVsParse${lines}`] = { analysis, parse, ratio };
  }
}

interface ScanResult {
  tool: string;
  sample: Sample;
  filesPerSecond: number;
  /** The tool was stopped at the time limit: its time is a lower bound. */
  stopped: boolean;
}

/** Baselines that take longer than this on a tree are stopped; their time is then a lower bound. */
const BASELINE_LIMIT_MS = Number(process.env.BENCH_BASELINE_LIMIT_MS ?? 300_000);

function scanWith(label: string, runs: number, command: string, args: string[], cwd: string, files: number, options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): ScanResult {
  const values: number[] = [];
  let stopped = false;
  for (let i = 0; i < runs && !stopped; i++) {
    const run = timeCommand(command, args, { cwd, ...options });
    stopped = run.timedOut;
    if (!stopped && run.status !== 0 && run.status !== 1) throw new Error(`${label} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
    values.push(run.ms);
  }
  const sample = summarise(values);
  return { tool: label, sample, filesPerSecond: files / (sample.median / 1000), stopped };
}

const describeScan = (scan: ScanResult) => (scan.stopped ? `> ${formatMs(scan.sample.median)} (stopped), < ${scan.filesPerSecond.toFixed(0)} files/s` : `${formatSample(scan.sample)}, ${scan.filesPerSecond.toFixed(0)} files/s`);

function eslintConfig(dir: string): string {
  const path = join(dir, 'eslint.bench.config.mjs');
  const parser = require.resolve('@typescript-eslint/parser');
  const plugin = require.resolve('eslint-plugin-no-secrets');
  writeFileSync(
    path,
    `import parser from ${JSON.stringify(parser)};\nimport noSecrets from ${JSON.stringify(plugin)};\nexport default [{ files: ['**/*.ts', '**/*.js'], languageOptions: { parser }, plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];\n`,
  );
  return path;
}

/** Script files under the given folders (what ESLint lints; our CLI also reads YAML and package.json). */
function countScripts(dirs: readonly string[], cwd: string): number {
  const listed = timeCommand('find', [...dirs, '-type', 'f', '(', '-name', '*.ts', '-o', '-name', '*.js', '-o', '-name', '*.tsx', '-o', '-name', '*.mjs', '-o', '-name', '*.cjs', ')', '-not', '-path', '*/node_modules/*'], { cwd }).stdout.trim();
  return listed === '' ? 0 : listed.split('\n').length;
}

/**
 * Our CLI on `dirs`, cold (--no-cache: every file analysed, what a fresh CI machine does) and
 * warm (the result cache of an earlier run on the same tree, what a re-run does), against the
 * baselines. ESLint resolves its `files` globs against its working directory, so every tool
 * runs from `cwd`, which must contain the folders.
 */
function compareScans(label: string, dirs: readonly string[], cwd: string, runs: number, rows: Row[], withSecretlint: boolean): Record<string, unknown> {
  const files = countScripts(dirs, cwd);
  const node = process.execPath;
  const cli = [join(ROOT, 'bin', 'twelve-factor.js'), ...dirs, '--format', 'json'];
  const cold = scanWith('twelve-factor CLI, cold', runs, node, [...cli, '--no-cache'], cwd, files);
  const cacheDirectory = mkdtempSync(join(tmpdir(), 'twelve-factor-bench-cache-'));
  const env = { ...process.env, TWELVE_FACTOR_CACHE_DIR: cacheDirectory };
  timeCommand(node, cli, { cwd, env });
  const warm = scanWith('twelve-factor CLI, warm', Math.max(runs, 3), node, cli, cwd, files, { env });
  rmSync(cacheDirectory, { recursive: true, force: true });
  const configDir = join(TREE_BASE, 'eslint-config');
  mkdirSync(configDir, { recursive: true });
  const eslint = scanWith('ESLint + no-secrets', runs, node, [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--no-config-lookup', '-c', eslintConfig(configDir), '-f', 'json', ...dirs], cwd, files, { timeoutMs: BASELINE_LIMIT_MS });
  const bound = eslint.stopped ? ', lower bound' : '';
  for (const [mode, ours] of [['cold', cold], ['warm cache', warm]] as const) {
    const speedUp = eslint.sample.median / ours.sample.median;
    rows.push({ measurement: `${label}, ${mode}: vs ESLint + no-secrets (speed-up${bound})`, ours: describeScan(ours), baseline: describeScan(eslint), ratio: speedUp, target: '≥ 20× faster', pass: speedUp >= 20 });
  }
  let secretlint: ScanResult | undefined;
  if (withSecretlint) {
    const secretlintConfig = join(TREE_BASE, 'secretlintrc.json');
    writeFileSync(secretlintConfig, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const globs = dirs.map((dir) => `${dir === '.' ? '' : `${dir}/`}**/*`);
    // secretlint takes minutes on large trees: one run there (its spread is not what is compared).
    secretlint = scanWith('secretlint CLI', files > 1000 ? 1 : runs, node, [join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js'), ...globs, '--secretlintrc', secretlintConfig, '--format', 'json'], cwd, files, { timeoutMs: BASELINE_LIMIT_MS });
    const ratio = cold.sample.median / secretlint.sample.median;
    rows.push({ measurement: `${label}, cold: vs secretlint${secretlint.stopped ? ' (ratio is an upper bound)' : ''}`, ours: describeScan(cold), baseline: describeScan(secretlint), ratio, target: '< 1× (faster)', pass: ratio < 1 });
  }
  return { files, cold, warm, eslint, ...(secretlint ? { secretlint } : {}) };
}

async function treeScans(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const sizes = QUICK ? [1000] : [1000, 10000];
  for (const size of sizes) {
    const dir = join(TREE_BASE, `tree-${size}`);
    const stats = generateTree(dir, size);
    results[`treeScan${size}`] = { stats, ...compareScans(`tree scan ${size} files`, ['.'], dir, size >= 10000 ? 1 : 3, rows, true) };
  }
}

/**
 * The same comparison on hand-written code: the three labelled corpora (about sixty realistic
 * services, workers and monorepos in the style of open-source Node projects). Much smaller
 * files, far more of them with something to report.
 */
async function corporaScan(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const dirs = ['test/corpus/projects', 'test/corpus2/projects', 'test/corpus3/projects'];
  results.corporaScan = compareScans(`the 3 labelled corpora (${countScripts(dirs, ROOT)} hand-written scripts)`, dirs, ROOT, QUICK ? 1 : 5, rows, false);
}

/**
 * BENCH_REAL_TREES=/path/a,/path/b: the same comparison on checkouts of real services (not part
 * of this repository; see the README for the ones the published table used). Each runs alone.
 */
async function realTreeScans(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const trees = (process.env.BENCH_REAL_TREES ?? '').split(',').filter(Boolean);
  for (const tree of trees) {
    results[`real:${basename(tree)}`] = compareScans(`${basename(tree)} (${countScripts(['.'], tree)} scripts)`, ['.'], tree, QUICK ? 1 : 3, rows, true);
  }
}

/**
 * How long Node takes to start and exit with nothing to do: the floor under every CLI run in
 * the scan rows, ours and the baselines' alike. NODE_EXTRA_CA_CERTS (set on some CI machines)
 * makes each start parse a certificate bundle, which can double it.
 */
function nodeStartMs(): number {
  return summarise(Array.from({ length: 11 }, () => timeCommand(process.execPath, ['-e', '0'], { cwd: ROOT }).ms)).median;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: Row[] = [];
  const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown CPU', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, nodeStartMs: nodeStartMs(), extraCaCerts: process.env.NODE_EXTRA_CA_CERTS !== undefined };
  const results: Record<string, unknown> = { machine, date: new Date().toISOString() };
  const only = process.env.BENCH_ONLY?.split(',');
  const wanted = (part: string) => !only || only.includes(part);
  if (wanted('analysis')) await analysisVersusParse(rows, results);
  if (wanted('scan')) await treeScans(rows, results);
  if (wanted('corpora')) await corporaScan(rows, results);
  if (wanted('real') && process.env.BENCH_REAL_TREES) await realTreeScans(rows, results);
  if (wanted('server')) await measureServer(rows, results, TREE_BASE);
  if (wanted('package')) await measurePackage(rows, results);
  const table = ['| Measurement | Twelve-Factor Guide | Baseline | Ratio | Target | |', '|---|---|---|---|---|---|', ...rows.map((row) => `| ${row.measurement} | ${row.ours} | ${row.baseline} | ${row.ratio.toFixed(2)}× | ${row.target} | ${row.pass ? '✅' : '❌'} |`)].join('\n');
  const nodeStart = `Node itself starts and exits in ${formatMs(machine.nodeStartMs)} here${machine.extraCaCerts ? ' (with NODE_EXTRA_CA_CERTS set)' : ''}, the floor under every CLI time below.`;
  const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}. Medians (min–max) of repeated runs in one session. ${nodeStart}`;
  // A partial run does not replace the full results the README is updated from.
  const name = only ? `results.${only.join('-')}` : 'results';
  writeFileSync(join(OUT_DIR, `${name}.json`), JSON.stringify({ ...results, rows }, null, 2));
  writeFileSync(join(OUT_DIR, `${name}.md`), `${header}\n\n${table}\n`);
  console.log(`${header}\n\n${table}`);
  console.log(`\nTotal ${formatMs(performance.now())}; JSON in .bench/${name}.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
