// Independent evaluation of the linter on a labelled corpus of realistic projects.
//
//   node scripts/build.mjs                       # bundle the current sources into dist/cli.js
//   npx tsx test/corpus/evaluate.ts [--details] [--json]
//
// Runs the real CLI (`node bin/twelve-factor.js <each project dir> --format json`) with
// test/corpus/projects as cwd, so finding paths are relative to it, then compares the
// findings with labels.json (see LABELLING.md for the labelling decisions):
//   - a finding matches a label when file and ruleId are equal and the finding starts on the
//     label's line (or one of its `altLines`, for findings whose node may start on another line);
//   - each label matches at most one finding; extra findings on the same line are FPs;
//   - `optional` labels are never FNs and findings on them are neutral, except that a label
//     with `maxSeverity: "information"` turns a finding at warning/error into a FP.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../server/src/engine/ruleIds';

type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Label {
  file: string;
  line: number;
  ruleId: string;
  altLines?: number[];
  optional?: boolean;
  maxSeverity?: 'information';
}

export interface Finding {
  file: string;
  ruleId: string;
  severity: Severity;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
}

export interface Issue {
  kind: 'FP' | 'FN';
  ruleId: string;
  file: string;
  /** 1-based. */
  line: number;
  message: string;
  source: string;
}

export interface RuleScore {
  ruleId: string;
  tp: number;
  fp: number;
  fn: number;
  neutral: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  rules: RuleScore[];
  overall: RuleScore;
  issues: Issue[];
  projects: string[];
  findingCount: number;
}

const REPO_ROOT = join(__dirname, '..', '..');
const PROJECTS_DIR = join(__dirname, 'projects');
const LABELS_PATH = join(__dirname, 'labels.json');

function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'information' || value === 'hint';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFinding(value: unknown): Finding | undefined {
  if (!isRecord(value)) return undefined;
  const { file, ruleId, severity, range, message } = value;
  if (typeof file !== 'string' || typeof ruleId !== 'string' || !isSeverity(severity) || typeof message !== 'string') return undefined;
  if (!isRecord(range) || !isRecord(range.start) || !isRecord(range.end)) return undefined;
  const { start, end } = range;
  if (typeof start.line !== 'number' || typeof start.character !== 'number' || typeof end.line !== 'number' || typeof end.character !== 'number') return undefined;
  return {
    file,
    ruleId,
    severity,
    message,
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
  };
}

function toLabel(value: unknown): Label {
  if (!isRecord(value) || typeof value.file !== 'string' || typeof value.line !== 'number' || typeof value.ruleId !== 'string') {
    throw new Error(`labels.json: bad entry ${JSON.stringify(value)}`);
  }
  const label: Label = { file: value.file, line: value.line, ruleId: value.ruleId };
  if (Array.isArray(value.altLines)) label.altLines = value.altLines.filter((line): line is number => typeof line === 'number');
  if (value.optional === true) label.optional = true;
  if (value.maxSeverity === 'information') label.maxSeverity = 'information';
  return label;
}

export function loadLabels(path: string = LABELS_PATH): Label[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error('labels.json must hold an array');
  return parsed.map(toLabel);
}

export function listProjects(dir: string = PROJECTS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/** Runs the bundled CLI once over every project folder (each is its own workspace root). */
export function runCli(projects: readonly string[], cwd: string = PROJECTS_DIR): Finding[] {
  // TWELVE_FACTOR_BIN: evaluate another build of the CLI (e.g. one bundled apart from dist/).
  const bin = process.env.TWELVE_FACTOR_BIN ?? join(REPO_ROOT, 'bin', 'twelve-factor.js');
  const result = spawnSync(process.execPath, [bin, ...projects, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`twelve-factor CLI exited with ${String(result.status)}: ${result.stderr}`);
  }
  const parsed: unknown = JSON.parse(result.stdout);
  if (!Array.isArray(parsed)) throw new Error('CLI JSON output is not an array');
  const findings: Finding[] = [];
  for (const item of parsed) {
    const finding = toFinding(item);
    if (finding === undefined) throw new Error(`unexpected finding shape: ${JSON.stringify(item)}`);
    findings.push(finding);
  }
  return findings;
}

const sourceCache = new Map<string, string[]>();
function sourceLine(projectsDir: string, file: string, line: number): string {
  const path = join(projectsDir, file);
  let lines = sourceCache.get(path);
  if (lines === undefined) {
    try {
      lines = readFileSync(path, 'utf8').split('\n');
    } catch {
      lines = [];
    }
    sourceCache.set(path, lines);
  }
  return (lines[line - 1] ?? '').trim().slice(0, 140);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function score(ruleId: string, tp: number, fp: number, fn: number, neutral: number): RuleScore {
  return { ruleId, tp, fp, fn, neutral, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Scores findings against labels; `projectsDir` is where issue lines are quoted from. */
export function compare(findings: readonly Finding[], labels: readonly Label[], projectsDir: string = PROJECTS_DIR): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number; neutral: number }>();
  const bump = (ruleId: string, key: 'tp' | 'fp' | 'fn' | 'neutral') => {
    const entry = counts.get(ruleId) ?? { tp: 0, fp: 0, fn: 0, neutral: 0 };
    entry[key] += 1;
    counts.set(ruleId, entry);
  };
  const issues: Issue[] = [];
  const used = new Set<Label>();

  // Findings sorted so that exact-line matches are taken before alternative-line ones.
  const sorted = [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line);
  const pending: Finding[] = [];
  const byKey = new Map<string, Label[]>();
  for (const label of labels) {
    const key = `${label.file}\u0000${label.ruleId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), label]);
  }
  const accept = (finding: Finding, label: Label) => {
    used.add(label);
    const line = finding.range.start.line + 1;
    if (!label.optional) bump(finding.ruleId, 'tp');
    else if (label.maxSeverity === 'information' && (finding.severity === 'error' || finding.severity === 'warning')) {
      bump(finding.ruleId, 'fp');
      issues.push({ kind: 'FP', ruleId: finding.ruleId, file: finding.file, line, message: `[severity ${finding.severity}, at most information expected in a test file] ${finding.message}`, source: sourceLine(projectsDir, finding.file, line) });
    } else bump(finding.ruleId, 'neutral');
  };
  // Pass 1: primary lines (required labels before optional ones).
  for (const finding of sorted) {
    const line = finding.range.start.line + 1;
    const candidates = (byKey.get(`${finding.file}\u0000${finding.ruleId}`) ?? []).filter((label) => !used.has(label) && label.line === line);
    candidates.sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false));
    if (candidates.length > 0) accept(finding, candidates[0]);
    else pending.push(finding);
  }
  // Pass 2: alternative lines.
  for (const finding of pending) {
    const line = finding.range.start.line + 1;
    const candidates = (byKey.get(`${finding.file}\u0000${finding.ruleId}`) ?? []).filter((label) => !used.has(label) && (label.altLines ?? []).includes(line));
    candidates.sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false));
    if (candidates.length > 0) accept(finding, candidates[0]);
    else {
      bump(finding.ruleId, 'fp');
      issues.push({ kind: 'FP', ruleId: finding.ruleId, file: finding.file, line, message: finding.message, source: sourceLine(projectsDir, finding.file, line) });
    }
  }
  for (const label of labels) {
    if (used.has(label) || label.optional) continue;
    bump(label.ruleId, 'fn');
    issues.push({ kind: 'FN', ruleId: label.ruleId, file: label.file, line: label.line, message: '(not reported)', source: sourceLine(projectsDir, label.file, label.line) });
  }

  const ruleIds = [...new Set<string>([...RULE_IDS, ...counts.keys()])];
  const rules = ruleIds.map((ruleId) => {
    const entry = counts.get(ruleId) ?? { tp: 0, fp: 0, fn: 0, neutral: 0 };
    return score(ruleId, entry.tp, entry.fp, entry.fn, entry.neutral);
  });
  const total = rules.reduce((acc, rule) => ({ tp: acc.tp + rule.tp, fp: acc.fp + rule.fp, fn: acc.fn + rule.fn, neutral: acc.neutral + rule.neutral }), { tp: 0, fp: 0, fn: 0, neutral: 0 });
  issues.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file) || a.line - b.line);
  return { rules, overall: score('OVERALL', total.tp, total.fp, total.fn, total.neutral), issues, projects: [], findingCount: findings.length };
}

/** Runs the CLI over a corpus's projects and scores it (corpus 1 by default; corpora 2 and 3 pass their own folders). */
export function evaluateCorpus(projectsDir: string = PROJECTS_DIR, labelsPath: string = LABELS_PATH): Evaluation {
  const projects = listProjects(projectsDir);
  const findings = runCli(projects, projectsDir);
  const evaluation = compare(findings, loadLabels(labelsPath), projectsDir);
  evaluation.projects = projects;
  return evaluation;
}

function pct(value: number): string {
  return (value * 100).toFixed(1).padStart(6);
}

export function formatTable(evaluation: Evaluation): string {
  const width = Math.max(...evaluation.rules.map((rule) => rule.ruleId.length), 'OVERALL'.length);
  const header = `${'rule'.padEnd(width)}   TP   FP   FN  neut  precision  recall`;
  const row = (rule: RuleScore) =>
    `${rule.ruleId.padEnd(width)} ${String(rule.tp).padStart(4)} ${String(rule.fp).padStart(4)} ${String(rule.fn).padStart(4)} ${String(rule.neutral).padStart(5)}     ${pct(rule.precision)}  ${pct(rule.recall)}`;
  return [header, '-'.repeat(header.length), ...evaluation.rules.map(row), '-'.repeat(header.length), row(evaluation.overall)].join('\n');
}

export function formatIssues(evaluation: Evaluation): string {
  const out: string[] = [];
  let current = '';
  for (const issue of evaluation.issues) {
    if (issue.ruleId !== current) {
      current = issue.ruleId;
      out.push(`\n## ${current}`);
    }
    out.push(`  ${issue.kind} ${issue.file}:${issue.line}  ${issue.message}`);
    out.push(`       | ${issue.source}`);
  }
  return out.join('\n');
}

/** The command line of every corpus's evaluator: JSON with --json, else the table (and issues when asked). */
export function printEvaluation(evaluation: Evaluation, args: readonly string[], alwaysDetails = false): void {
  if (args.includes('--json')) {
    console.log(JSON.stringify(evaluation, null, 2));
    return;
  }
  console.log(`${evaluation.projects.length} projects, ${evaluation.findingCount} findings\n`);
  console.log(formatTable(evaluation));
  if (alwaysDetails || args.includes('--details')) console.log(formatIssues(evaluation));
}

if (require.main === module) printEvaluation(evaluateCorpus(), process.argv.slice(2));
