// The engine parses without TypeScript's parent pointers and links them in its own walk
// (cheaper); an editor's kept tree is parsed with them. Both must give identical findings on
// every script of the examples and the three labelled corpora.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts = require('typescript');
import { linkParentsInOrder, parseScript } from '../../../server/src/engine/analyze';
import { isScriptPath } from '../../../server/src/engine/fileKinds';
import { Project } from '../../../server/src/workspace/project';
import { generateServiceText, seededRandom } from '../../../bench/generateTree';

const REPO = join(__dirname, '..', '..', '..');
const ROOTS = [join(REPO, 'examples'), ...['corpus', 'corpus2', 'corpus3'].map((name) => join(REPO, 'test', name, 'projects'))];

function projectDirectories(): string[] {
  return ROOTS.filter((root) => existsSync(root)).flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, entry.name)),
  );
}

it('findings from engine-linked trees equal findings from trees TypeScript linked', async () => {
  let scripts = 0;
  let findings = 0;
  for (const root of projectDirectories()) {
    const project = new Project({ root });
    const files = await project.listFiles();
    await project.primeFacts(files);
    for (const file of files.filter(isScriptPath)) {
      const text = readFileSync(file, 'utf8');
      const summary = (result: Awaited<ReturnType<Project['analyze']>>) => result.findings.map((finding) => `${finding.ruleId} ${JSON.stringify(finding.range)} ${finding.message} ${JSON.stringify(finding.fixes)}`);
      const linkedByEngine = await project.analyze(file, text);
      const linkedByTypeScript = await project.analyze(file, text, { keepSyntaxTree: true });
      assert.deepEqual(summary(linkedByEngine), summary(linkedByTypeScript), file);
      scripts++;
      findings += linkedByEngine.findings.length;
    }
  }
  assert.ok(scripts > 300 && findings > 300, `compared ${scripts} scripts with ${findings} findings`);
});

it('links every node the way TypeScript does and lists them in walk order', () => {
  const text = readFileSync(join(REPO, 'examples', 'legacy-shop-api', 'src', 'server.ts'), 'utf8') + generateServiceText(seededRandom(3), 300);
  const ours = parseScript('/ws/a.ts', text, undefined, false);
  const nodes = linkParentsInOrder(ours);
  const theirs = ts.createSourceFile('/ws/a.ts', text, ts.ScriptTarget.Latest, true);
  const theirOrder: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    theirOrder.push(node);
    ts.forEachChild(node, visit);
  };
  visit(theirs);
  assert.equal(nodes.length, theirOrder.length);
  assert.ok(nodes.length > 500);
  nodes.forEach((node, index) => {
    const their = theirOrder[index]!;
    assert.equal(node.kind, their.kind);
    assert.equal(node.pos, their.pos);
    assert.equal(node.parent?.kind, their.parent?.kind, `parent of node ${index}`);
    assert.equal(node.parent?.pos, their.parent?.pos);
  });
});
