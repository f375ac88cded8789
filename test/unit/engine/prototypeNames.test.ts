// Names from analysed code and config that are also Object.prototype's ('constructor',
// 'toString', '__proto__', 'hasOwnProperty') must read as the ordinary names they are: a rule
// once failed on `this.constructor(…)` because a table lookup answered with a function.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/engine/analyze';
import { parseConfig } from '../../../server/src/engine/config';
import { RULE_IDS } from '../../../server/src/engine/rules';
import { memoryWorkspace } from '../../helpers/memoryWorkspace';

const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

it('every rule checks code that calls and imports prototype names', async () => {
  const calls = PROTOTYPE_NAMES.map((name) => `  thing.${name}('argument-one', 'argument-two', 'argument-three');\n  ${name === '__proto__' ? 'other' : name}('argument-one', 'argument-two');`).join('\n');
  const code = [
    "import fs from 'node:fs';",
    "import * as constructor from 'constructor';",
    "const password = 'Tr0ub4dor&3-horse';",
    'export function handler(thing: any) {',
    calls,
    "  fs.constructor('log.txt', 'line');",
    "  spawn('constructor', ['--toString', 'value-of-flag']);",
    '}',
  ].join('\n');
  const { facts } = memoryWorkspace({ '/ws/src/app.ts': code, '/ws/package.json': '{ "name": "app", "scripts": { "start": "constructor build && toString" }, "dependencies": {} }\n' });
  const result = await analyzeFile('/ws/src/app.ts', code, facts);
  assert.deepEqual(result.notes.map((note) => note.message), [], 'no rule failed');
  assert.ok(result.findings.some((finding) => finding.ruleId === 'config/hardcoded-secret'), 'the real secret is still reported');
  assert.ok(!result.findings.some((finding) => finding.ruleId === 'logs/manual-file-write'), 'fs.constructor writes no file');
  const manifest = await analyzeFile('/ws/package.json', '{ "name": "app", "scripts": { "start": "constructor build && toString" }, "dependencies": {} }\n', facts);
  assert.deepEqual(manifest.notes, []);
});

it('a config severity named like a prototype member is a problem, not a severity', () => {
  for (const name of PROTOTYPE_NAMES) {
    const { problems } = parseConfig(`rules:\n  config/hardcoded-secret: ${name}\n`, RULE_IDS);
    assert.equal(problems.length, 1, name);
  }
});
