// The webview ↔ extension messages are validated at runtime in both directions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHostMessage, parseViewMessage } from '../../../client/src/checklist/protocol';
import { buildChecklistState } from '../../../client/src/checklist/checklistModel';

test('well-formed view messages pass', () => {
  for (const message of [
    { type: 'ready' },
    { type: 'scan' },
    { type: 'fixAll' },
    { type: 'reveal', findingId: 'f12' },
    { type: 'attest', folder: 'file:///w', checkId: 'processes/stateless', done: true },
    { type: 'selectFolder', folder: 'file:///w' },
    { type: 'openFactorDocs', factor: 12 },
    { type: 'showRuleDocs', ruleId: 'config/hardcoded-secret' },
  ]) {
    assert.deepEqual(parseViewMessage(message), message);
  }
});

test('malformed view messages are rejected', () => {
  for (const message of [
    null,
    'scan',
    [],
    { type: 'exec', command: 'rm -rf /' },
    { type: 'scan', extra: 1 },
    { type: 'reveal' },
    { type: 'reveal', findingId: 3 },
    { type: 'reveal', findingId: 'x'.repeat(65) },
    { type: 'attest', folder: 'file:///w', checkId: '../../etc/passwd', done: true },
    { type: 'attest', folder: 'file:///w', checkId: 'processes/stateless', done: 'yes' },
    { type: 'attest', folder: '', checkId: 'processes/stateless', done: true },
    { type: 'openFactorDocs', factor: 13 },
    { type: 'openFactorDocs', factor: 1.5 },
    { type: 'showRuleDocs', ruleId: 'javascript:alert(1)' },
  ]) {
    assert.equal(parseViewMessage(message), undefined, JSON.stringify(message));
  }
});

test('host messages are checked before the view renders them', () => {
  const state = buildChecklistState({ folders: [], diagnostics: [], attestations: {} });
  const message = JSON.parse(JSON.stringify({ type: 'state', state }));
  assert.deepEqual(parseHostMessage(message), message);
  assert.equal(parseHostMessage({ type: 'state', state: { ...state, factors: [{ factor: 1 }] } }), undefined);
  assert.equal(parseHostMessage({ type: 'state' }), undefined);
  assert.equal(parseHostMessage({ type: 'other', state }), undefined);
});
