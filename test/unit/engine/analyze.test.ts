import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as ts from 'typescript';
import { analyzeFile } from '../../../server/src/engine/analyze';
import { checkInput } from '../../../server/src/engine/inputGuards';
import { LineIndex } from '../../../server/src/engine/lineIndex';
import type { Rule } from '../../../server/src/engine/types';
import { memoryWorkspace } from '../../helpers/memoryWorkspace';

const everyIdentifier: Rule = {
  meta: { id: 'test/identifiers', factor: 3, title: 't', description: 'd', defaultSeverity: 'warning', fixable: false },
  script: (ctx) => ({
    [ts.SyntaxKind.Identifier]: (node) => ctx.report({ range: ctx.rangeOf(node), message: (node as ts.Identifier).text }),
  }),
};

const throwing: Rule = {
  meta: { id: 'test/throws', factor: 3, title: 't', description: 'd', defaultSeverity: 'error', fixable: false },
  script: () => ({
    [ts.SyntaxKind.Identifier]: () => {
      throw new Error('boom');
    },
  }),
};

const keyworded: Rule = { ...everyIdentifier, meta: { ...everyIdentifier.meta, id: 'test/keyworded' }, scriptKeywords: ['needle'] };

describe('analyzeFile', () => {
  const { facts } = memoryWorkspace();

  it('visits nodes in source order in one walk and reports exact ranges', async () => {
    const { findings } = await analyzeFile('/ws/src/a.ts', 'const alpha = beta;\n', facts, { rules: [everyIdentifier] });
    assert.deepEqual(findings.map((f) => [f.message, f.range.start.character, f.range.end.character]), [['alpha', 6, 11], ['beta', 14, 18]]);
  });

  it('keeps going when a rule throws, and says which rule failed', async () => {
    const { findings, notes } = await analyzeFile('/ws/src/a.ts', 'const alpha = 1;\n', facts, { rules: [throwing, everyIdentifier] });
    assert.deepEqual(findings.map((f) => f.ruleId), ['test/identifiers']);
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message, /test\/throws could not check this file \(boom\)/);
  });

  it('does not run a rule whose keywords do not occur, and honours severity settings', async () => {
    const none = await analyzeFile('/ws/src/a.ts', 'const alpha = 1;\n', facts, { rules: [keyworded] });
    assert.equal(none.findings.length, 0);
    const some = await analyzeFile('/ws/src/a.ts', 'const needle = 1;\n', facts, { rules: [keyworded], severities: { 'test/keyworded': 'error' } });
    assert.deepEqual(some.findings.map((f) => f.severity), ['error']);
    const off = await analyzeFile('/ws/src/a.ts', 'const needle = 1;\n', facts, { rules: [keyworded], severities: { 'test/keyworded': 'off' } });
    assert.equal(off.findings.length, 0);
  });

  it('survives broken syntax and deep nesting', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const broken = await analyzeFile('/ws/src/a.ts', 'const = {{ ( "unterminated\n', facts, { rules: [everyIdentifier] });
    assert.ok(Array.isArray(broken.findings));
    const nested = await analyzeFile('/ws/src/b.ts', `const deep = ${deep};\n`, facts, { rules: [everyIdentifier] });
    assert.deepEqual(nested.findings, []);
    assert.match(nested.notes[0]!.message, /nested too deeply/);
    const moderate = `${'['.repeat(300)}${']'.repeat(300)}`;
    const walked = await analyzeFile('/ws/src/c.ts', `const deep = ${moderate};\n`, facts, { rules: [everyIdentifier] });
    assert.deepEqual(walked.findings.map((f) => f.message), ['deep']);
  });

  it('keeps ranges right with CRLF line endings', async () => {
    const { findings } = await analyzeFile('/ws/src/a.ts', 'const a = 1;\r\nconst beta = 2;\r\n', facts, { rules: [everyIdentifier] });
    assert.deepEqual(findings[1]!.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } });
    const index = new LineIndex('a\r\nbc\rd\ne');
    assert.deepEqual([index.positionAt(3), index.positionAt(6), index.positionAt(8)], [{ line: 1, character: 0 }, { line: 2, character: 0 }, { line: 3, character: 0 }]);
  });
});

describe('input guards', () => {
  it('skips oversized, binary and minified input with a message, and lets normal code through', () => {
    assert.match((checkInput('/a.ts', 'x'.repeat(2_000_001)) as { message: string }).message, /over the 1\.0 MB limit/);
    assert.match((checkInput('/a.js', 'var a\u0000') as { message: string }).message, /binary/);
    assert.match((checkInput('/vendor.min.js', 'var a=1') as { message: string }).message, /minified/);
    assert.match((checkInput('/bundle.js', `!function(){${'a;'.repeat(4000)}}()`) as { message: string }).message, /minified or generated/);
    assert.deepEqual(checkInput('/a.ts', 'const a = 1;\n'.repeat(1000)), { skip: false });
    assert.deepEqual(checkInput('/cert.ts', `export const cert = '${'A'.repeat(6000)}';\n`), { skip: false });
  });
});
