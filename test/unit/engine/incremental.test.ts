// Incremental reparsing (what the language server does on every keystroke) must give exactly
// the findings a fresh parse gives, for any edit.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../../server/src/engine/analyze';
import { memoryWorkspace } from '../../helpers/memoryWorkspace';
import { seededRandom } from '../../../bench/generateTree';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples', 'legacy-shop-api', 'src');
const SNIPPETS = ["app.listen(3000);\n", "const token = 'ghp_" + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8' + "';\n", '{', '}', "'", '`${', '/*', '\n', 'process.on("SIGTERM", () => {});\n', ''];

it('findings after incremental reparses equal findings of a fresh parse, edit after edit', async () => {
  const random = seededRandom(7);
  const path = '/ws/src/server.ts';
  let text = readFileSync(join(EXAMPLES, 'server.ts'), 'utf8') + readFileSync(join(EXAMPLES, 'routes', 'cart.ts'), 'utf8');
  const { facts } = memoryWorkspace({ [path]: text });
  assert.equal((await analyzeFile(path, text, facts)).sourceFile, undefined, 'no tree is returned unless asked for');
  let previous = (await analyzeFile(path, text, facts, { keepSyntaxTree: true })).sourceFile;
  assert.ok(previous, 'a script file returns its syntax tree when asked');
  let reusedNodes = 0;
  for (let step = 0; step < 120; step++) {
    const at = Math.floor(random() * text.length);
    const previousStatements = new Set<unknown>(previous!.statements);
    const removed = random() < 0.5 ? Math.floor(random() * 12) : 0;
    text = text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + text.slice(at + removed);
    const incremental = await analyzeFile(path, text, facts, { previousSourceFile: previous, keepSyntaxTree: true });
    const fresh = await analyzeFile(path, text, facts);
    const summary = (result: typeof fresh) => result.findings.map((finding) => `${finding.ruleId} ${JSON.stringify(finding.range)} ${finding.message}`);
    assert.deepEqual(summary(incremental), summary(fresh), `step ${step}`);
    assert.equal(incremental.sourceFile?.text, text);
    // The incremental parser keeps untouched (error-free) statements: proof the fast path really ran.
    if (incremental.sourceFile!.statements.some((statement) => previousStatements.has(statement))) reusedNodes++;
    previous = incremental.sourceFile;
  }
  assert.ok(reusedNodes > 50, `untouched statements were reused ${reusedNodes} times`);
});
