import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applySuppressions, findDirectives } from '../../../server/src/engine/suppression';
import type { Finding } from '../../../server/src/engine/types';

function finding(ruleId: string, line: number): Finding {
  return { file: '/ws/a.ts', ruleId, factor: 3, severity: 'error', range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: 'm', fixes: [] };
}

describe('suppression comments', () => {
  it('disable-next-line silences the listed rules on the next line only', () => {
    const text = "// twelve-factor-disable-next-line config/hardcoded-secret\nconst a = 1;\nconst b = 2;\n";
    const kept = applySuppressions([finding('config/hardcoded-secret', 1), finding('config/hardcoded-secret', 2), finding('logs/file-transport', 1)], text);
    assert.deepEqual(kept.map((f) => `${f.ruleId}@${f.range.start.line}`), ['config/hardcoded-secret@2', 'logs/file-transport@1']);
  });

  it('accepts several ids separated by commas and a -- justification', () => {
    const text = 'x(); // twelve-factor-disable-line config/hardcoded-secret, logs/file-transport -- demo fixture\n';
    const kept = applySuppressions([finding('config/hardcoded-secret', 0), finding('logs/file-transport', 0), finding('processes/module-state', 0)], text);
    assert.deepEqual(kept.map((f) => f.ruleId), ['processes/module-state']);
  });

  it('a block comment without ids disables every rule in the file', () => {
    const text = '/* twelve-factor-disable */\nconst a = 1;\n\nconst b = 2;\n';
    assert.deepEqual(applySuppressions([finding('config/hardcoded-secret', 1), finding('logs/file-transport', 3)], text), []);
  });

  it('a file-level directive with an id keeps other rules', () => {
    const text = '/* twelve-factor-disable logs/file-transport */\nconst a = 1;\n';
    assert.deepEqual(applySuppressions([finding('config/hardcoded-secret', 1), finding('logs/file-transport', 1)], text).map((f) => f.ruleId), ['config/hardcoded-secret']);
  });

  it('works with # comments in YAML and with CRLF line endings', () => {
    const text = 'services:\r\n  db:\r\n    environment:\r\n      # twelve-factor-disable-next-line config/hardcoded-secret\r\n      POSTGRES_PASSWORD: hunter22\r\n';
    assert.deepEqual(applySuppressions([finding('config/hardcoded-secret', 4)], text), []);
  });

  it('ignores the marker outside comments (e.g. inside a string)', () => {
    const text = "const s = 'twelve-factor-disable-line config/hardcoded-secret';\n";
    assert.equal(findDirectives(text).length, 0);
    assert.equal(applySuppressions([finding('config/hardcoded-secret', 0)], text).length, 1);
  });
});
