import { it } from 'node:test';
import assert from 'node:assert/strict';
import ts = require('typescript');
import { detectCodeStyle, isNameUsed } from '../../../server/src/engine/analysis/codeStyle';

const parse = (text: string) => ts.createSourceFile('/w/a.ts', text, ts.ScriptTarget.Latest, true);

it('reads the indentation unit: tabs, the smallest space indent, block-comment stars ignored', () => {
  assert.equal(detectCodeStyle(parse('if (a) {\n\tb();\n}\n')).indentUnit, '\t');
  assert.equal(detectCodeStyle(parse('if (a) {\n    b();\n    if (c) {\n        d();\n    }\n}\n')).indentUnit, '    ');
  assert.equal(detectCodeStyle(parse('if (a) {\n  b();\n    c();\n}\n')).indentUnit, '  ');
  // ` * ` lines of a JSDoc block are not indentation.
  assert.equal(detectCodeStyle(parse('/**\n * doc\n */\nif (a) {\n    b();\n}\n')).indentUnit, '    ');
  // Odd widths fall back to two spaces; CRLF files read the same.
  assert.equal(detectCodeStyle(parse('if (a) {\n   b();\n}\n')).indentUnit, '  ');
  assert.equal(detectCodeStyle(parse('if (a) {\r\n    b();\r\n}\r\n')).indentUnit, '    ');
  assert.equal(detectCodeStyle(parse('a();\n')).indentUnit, '  ');
});

it('finds a name only where it stands as an identifier', () => {
  assert.equal(isNameUsed(parse('const server = 1;'), 'server'), true);
  assert.equal(isNameUsed(parse('import serverless from "serverless"; const myserver = 1;'), 'server'), false);
  assert.equal(isNameUsed(parse('// the server starts here\nconst s = "server";'), 'server'), false);
  assert.equal(isNameUsed(parse('const $server = 1, server$ = 2;'), 'server'), false);
  assert.equal(isNameUsed(parse('app.listen(3000).on("x", () => server.close());'), 'server'), true);
  assert.equal(isNameUsed(parse('const $ = 1;'), '$'), true);
});
