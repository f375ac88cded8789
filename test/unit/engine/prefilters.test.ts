// A rule's prefilter (`scriptMayReport`) lets the engine skip parsing a file; it must never
// say "cannot report" where the rule, run without it, reports. Checked on every script of the
// examples and the three labelled corpora, and on the specifier scan's own edge cases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts = require('typescript');
import { analyzeFile, createPrefilterContext, linkParentsInOrder, parseScript } from '../../../server/src/engine/analyze';
import { isScriptPath } from '../../../server/src/engine/fileKinds';
import { ALL_RULES } from '../../../server/src/engine/rules';
import { moduleReferenceOf } from '../../../server/src/engine/analysis/moduleSpecifiers';
import { scanModuleSpecifiers } from '../../../server/src/engine/script/specifierScan';
import { Project } from '../../../server/src/workspace/project';

const REPO = join(__dirname, '..', '..', '..');
const ROOTS = [join(REPO, 'examples'), ...['corpus', 'corpus2', 'corpus3'].map((name) => join(REPO, 'test', name, 'projects'))];

async function* scriptsOfEveryProject(): AsyncGenerator<{ project: Project; file: string; text: string }> {
  for (const root of ROOTS.filter((dir) => existsSync(dir))) {
    for (const entry of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const project = new Project({ root: join(root, entry.name) });
      const files = await project.listFiles();
      await project.primeFacts(files);
      for (const file of files.filter(isScriptPath)) yield { project, file, text: readFileSync(file, 'utf8') };
    }
  }
}

describe('rule prefilters', () => {
  const prefiltered = ALL_RULES.filter((rule) => rule.scriptMayReport);

  it('never rule out a file the rule reports on, and rule out most files', async () => {
    assert.ok(prefiltered.length >= 2);
    const reported = new Map<string, number>();
    const ruledOut = new Map<string, number>();
    let scripts = 0;
    for await (const { project, file, text } of scriptsOfEveryProject()) {
      scripts++;
      const prefilter = createPrefilterContext(file, text, project.index);
      for (const rule of prefiltered) {
        const withoutPrefilter = { ...rule, scriptMayReport: undefined };
        const { findings } = await analyzeFile(file, text, project.index, { rules: [withoutPrefilter] });
        const mayReport = rule.scriptMayReport!(prefilter);
        if (findings.length > 0) {
          assert.ok(mayReport, `${rule.meta.id} ruled out ${file}, where it reports ${findings.length} finding(s)`);
          reported.set(rule.meta.id, (reported.get(rule.meta.id) ?? 0) + 1);
        }
        if (!mayReport) ruledOut.set(rule.meta.id, (ruledOut.get(rule.meta.id) ?? 0) + 1);
      }
    }
    assert.ok(scripts > 300, `${scripts} scripts`);
    for (const rule of prefiltered) {
      // The check above proves nothing for a rule that never reports here.
      assert.ok((reported.get(rule.meta.id) ?? 0) > 0, `${rule.meta.id} reports somewhere in the corpora`);
      // A prefilter that rules nothing out is not worth its cost.
      assert.ok((ruledOut.get(rule.meta.id) ?? 0) > scripts / 4, `${rule.meta.id} ruled out ${ruledOut.get(rule.meta.id) ?? 0} of ${scripts} scripts`);
    }
  });
});

describe('scanModuleSpecifiers', () => {
  const specifiersInTree = (path: string, text: string): string[] => {
    const sourceFile = parseScript(path, text, undefined, false);
    return linkParentsInOrder(sourceFile)
      .map((node) => moduleReferenceOf(node)?.specifier)
      .filter((specifier): specifier is string => specifier !== undefined);
  };

  it('finds every specifier the syntax tree has, in every script of the corpora', async () => {
    let compared = 0;
    for await (const { file, text } of scriptsOfEveryProject()) {
      const scanned = scanModuleSpecifiers(text);
      if (scanned === undefined) continue;
      const missing = specifiersInTree(file, text).filter((specifier) => !scanned.includes(specifier));
      assert.deepEqual(missing, [], file);
      compared++;
    }
    assert.ok(compared > 300);
  });

  const CASES: Array<[string, string]> = [
    ["import a from 'a';", 'a'],
    ['import "side-effect";', 'side-effect'],
    ["import type { T } from 't';", 't'],
    ["export * from 'reexported';", 'reexported'],
    ["export { x as y } from 'named';", 'named'],
    ["import x = require('equals');", 'equals'],
    ["const a = require('plain');", 'plain'],
    ["const a = require?.('optional');", 'optional'],
    ["const a = require(\n  // why\n  'commented'\n);", 'commented'],
    ["const a = await import(/* webpackChunkName: \"c\" */ 'chunked');", 'chunked'],
    ['const a = import(`template`);', 'template'],
    ["import a from /* odd */ 'odd-comment';", 'odd-comment'],
    ["const p = require.resolve('resolved');", 'resolved'],
    ["const p = import.meta.resolve('meta-resolved');", 'meta-resolved'],
    ["import json from './data.json' with { type: 'json' };", './data.json'],
  ];
  for (const [code, specifier] of CASES) {
    it(`finds ${JSON.stringify(specifier)} in ${JSON.stringify(code)}`, () => {
      assert.deepEqual(specifiersInTree('/ws/a.ts', code), [specifier], 'the tree agrees');
      assert.ok(scanModuleSpecifiers(code)?.includes(specifier));
    });
  }

  it('gives up (undefined) where raw text is not the value: escapes, escaped keywords', () => {
    assert.equal(scanModuleSpecifiers("const a = require('lo\\x64ash');"), undefined);
    assert.equal(scanModuleSpecifiers("\\u0069mport a from 'escaped-keyword';"), undefined);
    assert.equal(scanModuleSpecifiers("const a = require('unterminated"), undefined);
  });

  it('skips member calls and computed templates, which are not module references', () => {
    assert.deepEqual(scanModuleSpecifiers("Buffer.from('abc'); Array.from('xyz'); this.require('m');"), []);
    assert.deepEqual(scanModuleSpecifiers('const a = import(`./locale/${lang}`);'), []);
  });

  it('is parsed the same by TypeScript as a script of any kind', () => {
    // Sanity for the CASES above: they are valid code, not just strings the regex likes.
    for (const [code] of CASES) assert.equal((ts.createSourceFile('/ws/a.ts', code, ts.ScriptTarget.Latest) as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length, 0, code);
  });
});
