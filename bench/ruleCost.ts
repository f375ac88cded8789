// Per-rule cost on one realistic 2,000-line file: where the analysis time goes.
//   npm run bench -- rule-cost
// Each rule runs alone (parse + walk + that rule); "walk only" is parse + an empty walk.
// Medians of repeated runs; compare each rule with "walk only", not with the parse.
import * as ts from 'typescript';
import { analyzeFile } from '../server/src/engine/analyze';
import { ALL_RULES } from '../server/src/engine/rules';
import type { Rule } from '../server/src/engine/types';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';
import { MemoryFileSystem } from '../server/src/workspace/fileSystem';
import { generateServiceText, seededRandom } from './generateTree';
import { timeRepeated } from './measure';

const facts = new WorkspaceIndex('/bench', new MemoryFileSystem({ '/bench/package.json': '{"name":"bench","dependencies":{"express":"^4"}}', '/bench/package-lock.json': '{}' }));
const lines = Number(process.argv[2] ?? 2000);
const text = generateServiceText(seededRandom(lines), lines);
const path = '/bench/src/services/sample.ts';
const RUNS = 15;

async function main(): Promise<void> {
  for (let i = 0; i < 5; i++) await analyzeFile(path, text, facts);
  const parse = await timeRepeated(RUNS, () => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  const all = await timeRepeated(RUNS, () => analyzeFile(path, text, facts));
  const emptyRule: Rule = { meta: ALL_RULES[0]!.meta, script: () => ({ [ts.SyntaxKind.Identifier]: () => undefined }) };
  const walk = await timeRepeated(RUNS, () => analyzeFile(path, text, facts, { rules: [emptyRule] }));
  console.log(`${lines} lines — parse ${parse.median.toFixed(1)} ms, walk only ${walk.median.toFixed(1)} ms, all rules ${all.median.toFixed(1)} ms (${(all.median / parse.median).toFixed(2)}× parse)`);
  const costs: Array<[string, number]> = [];
  for (const rule of ALL_RULES) {
    const sample = await timeRepeated(RUNS, () => analyzeFile(path, text, facts, { rules: [rule] }));
    costs.push([rule.meta.id, sample.median - walk.median]);
  }
  for (const [id, extra] of costs.sort((a, b) => b[1] - a[1])) console.log(`${id.padEnd(45)} ${extra >= 0 ? '+' : ''}${extra.toFixed(1)} ms`);
}

void main();
