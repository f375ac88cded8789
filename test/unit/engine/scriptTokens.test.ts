// scanScriptTokens: the token reading behind processes/module-state's prefilter. Its bracket
// depths decide what is module-level, so it must read literals exactly as the parser does, or give up.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanScriptTokens, TokenKind } from '../../../server/src/engine/analysis/scriptTokens';

describe('scanScriptTokens', () => {
  const read = (code: string, jsx = false): string[] | undefined => {
    const tokens = scanScriptTokens(code, jsx);
    if (!tokens) return undefined;
    return Array.from({ length: tokens.count }, (_, index) => `${tokens.text(index)}@${tokens.depth(index)}`);
  };

  it('reads regular expressions, strings and templates as single tokens, whatever brackets they hold', () => {
    const tokens = read("const a = /[{]/;\nif (a.test('{')) /[(]/.test(`${'}'}`);\nlet b = c / d / e;\n")!;
    assert.ok(tokens.includes('/[{]/@0'));
    assert.ok(tokens.includes('/[(]/@0'), 'a statement after `if (…)` may start with a regular expression');
    assert.ok(tokens.includes('b@0') && tokens.includes('/@0'), 'after a name, `/` divides');
    assert.equal(tokens.at(-1), ';@0', 'every bracket closed');
  });

  it('gives the depth of the brackets around each token, template substitutions included', () => {
    assert.deepEqual(read('f(`${x}`, [y]);'), ['f@0', '(@0', '`${@1', 'x@2', '}`@1', ',@1', '[@1', 'y@2', ']@1', ')@0', ';@0']);
  });

  it('gives up where the text is not what the parser reads', () => {
    assert.equal(read('const a = <div>{b}</div>;', true), undefined, 'JSX');
    assert.equal(read('let co\\u0075nt = 0;'), undefined, 'an escape in a name');
    assert.equal(read("const s = 'unterminated;\n"), undefined, 'an unterminated string');
    assert.equal(read('f(a]'), undefined, 'a bracket closed by the wrong kind');
    assert.equal(read('<<<<<<< HEAD\nlet a;\n=======\nlet a = {;\n>>>>>>> b\n'), undefined, 'a merge conflict');
  });

  it('stops at the end of a text that ends inside a token (found by the server fuzz: a number at the end looped)', () => {
    for (const ending of ['2', '0x1f', '1e', 'name', '#private', '/re/g', '.5']) {
      const tokens = scanScriptTokens(`res.status(${ending}`, false);
      assert.equal(tokens, undefined, `${ending}: the open bracket makes the reading give up`);
      assert.ok(scanScriptTokens(`x = ${ending}`, false), `${ending}: read to the end`);
    }
  });

  it('reads a `<` as a type assertion where JSX cannot be', () => {
    const tokens = scanScriptTokens('const m = <Map<string, number>>new Map();', false)!;
    assert.equal(tokens.kind(3), TokenKind.Punctuator);
    assert.equal(tokens.text(3), '<');
  });
});
