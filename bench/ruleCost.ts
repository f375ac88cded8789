import * as ts from 'typescript';
import { analyzeFile } from '../server/src/engine/analyze';
import { ALL_RULES } from '../server/src/engine/rules';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';
import { MemoryFileSystem } from '../server/src/workspace/fileSystem';
import { generateServiceText, seededRandom } from './generateTree';
const facts = new WorkspaceIndex('/bench', new MemoryFileSystem({ '/bench/package.json': '{"name":"bench","dependencies":{"express":"^4"}}', '/bench/package-lock.json': '{}' }));
const text = generateServiceText(seededRandom(2000), 2000);
const path = '/bench/src/services/a.ts';
async function main() {
  for (let i = 0; i < 5; i++) { ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true); await analyzeFile(path, text, facts); }
  const t = (f: () => unknown) => { const s = performance.now(); for (let i = 0; i < 20; i++) f(); return (performance.now() - s) / 20; };
  const parse = t(() => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  let s = performance.now(); for (let i = 0; i < 20; i++) await analyzeFile(path, text, facts); const all = (performance.now() - s) / 20;
  console.log('parse', parse.toFixed(1), 'all', all.toFixed(1));
  const none = performance.now(); for (let i = 0; i < 20; i++) await analyzeFile(path, text, facts, { rules: [{ meta: ALL_RULES[0]!.meta, script: () => ({}) }] }); console.log('walk only', ((performance.now() - none) / 20).toFixed(1));
  for (const rule of ALL_RULES) {
    s = performance.now(); for (let i = 0; i < 10; i++) await analyzeFile(path, text, facts, { rules: [rule] }); const ms = (performance.now() - s) / 10;
    console.log(rule.meta.id.padEnd(45), ms.toFixed(1));
  }
}
main();
