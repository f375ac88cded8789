// Blind third corpus ("realistic repositories"): runs the CLI over test/corpus3/projects and scores
// it against labels.json with the matcher of test/corpus/evaluate.ts. Labels (and LABELLING.md) were
// final before the engine, its unit tests or the other corpora were read, and before any run.
//
//   TWELVE_FACTOR_BIN=/tmp/tfcli4/bin/twelve-factor.js npx tsx test/corpus3/evaluate3.ts [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, formatTable, listProjects, loadLabels, runCli, type Evaluation, type Issue } from '../corpus/evaluate';

const PROJECTS_DIR = join(__dirname, 'projects');
const LABELS_PATH = join(__dirname, 'labels.json');

function sourceLine(file: string, line: number): string {
  try {
    return (readFileSync(join(PROJECTS_DIR, file), 'utf8').split('\n')[line - 1] ?? '').trim().slice(0, 140);
  } catch {
    return '';
  }
}

function formatIssues(issues: readonly Issue[]): string {
  const out: string[] = [];
  let current = '';
  for (const issue of issues) {
    if (issue.ruleId !== current) {
      current = issue.ruleId;
      out.push(`\n## ${current}`);
    }
    out.push(`  ${issue.kind} ${issue.file}:${String(issue.line)}  ${issue.message}`);
    out.push(`       | ${sourceLine(issue.file, issue.line)}`);
  }
  return out.join('\n');
}

export function evaluateCorpus3(): Evaluation {
  const projects = listProjects(PROJECTS_DIR);
  const findings = runCli(projects, PROJECTS_DIR);
  const evaluation = compare(findings, loadLabels(LABELS_PATH));
  evaluation.projects = projects;
  evaluation.issues = evaluation.issues.map((issue) => ({ ...issue, source: sourceLine(issue.file, issue.line) }));
  return evaluation;
}

if (require.main === module) {
  const evaluation = evaluateCorpus3();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(evaluation, null, 2));
  } else {
    console.log(`${String(evaluation.projects.length)} projects, ${String(evaluation.findingCount)} findings\n`);
    console.log(formatTable(evaluation));
    console.log(formatIssues(evaluation.issues));
  }
}
