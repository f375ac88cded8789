// The checklist's edits of .twelve-factor.yml: attestations are written without losing the
// team's comments or other keys, and a broken file is never rewritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAttestations, updateAttestation } from '../../../client/src/checklist/attestationsYaml';
import { parseConfig } from '../../../server/src/engine/config';

/** These tests write only checklist attestations, never rule severities. */
const NO_RULES: ReadonlySet<string> = new Set();

function updated(text: string, checkId: string, done: boolean): string {
  const result = updateAttestation(text, checkId, done);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

test('a missing file becomes a commented file with one attestation, which the engine accepts', () => {
  const text = updated('', 'codebase/one-repo-per-app', true);
  assert.match(text, /^# Twelve-Factor Guide/);
  assert.match(text, /^checklist:\n {2}codebase\/one-repo-per-app: true\n$/m);
  const parsed = parseConfig(text, NO_RULES);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.config.checklist, { 'codebase/one-repo-per-app': { done: true } });
});

test('ticking keeps comments, other keys and their order', () => {
  const before = '# team config\nrules:\n  config/hardcoded-secret: warning # loud on purpose\nignore:\n  - legacy/**\nchecklist:\n  # reviewed in March\n  logs/routed-by-environment: true\n';
  const after = updated(before, 'processes/stateless', true);
  assert.equal(after, before + '  processes/stateless: true\n');
});

test('a { done, note } entry keeps its note; unticking a plain entry removes it', () => {
  const withNote = 'checklist:\n  codebase/one-repo-per-app: { done: false, note: "split pending" }\n  processes/stateless: true\n';
  const ticked = updated(withNote, 'codebase/one-repo-per-app', true);
  assert.match(ticked, /codebase\/one-repo-per-app: \{ done: true, note: "split pending" \}/);
  const unticked = updated(ticked, 'processes/stateless', false);
  assert.doesNotMatch(unticked, /processes\/stateless/);
  assert.deepEqual(readAttestations(unticked), { 'codebase/one-repo-per-app': { done: true, note: 'split pending' } });
});

test('removing the last attestation leaves an empty mapping, not a null the engine rejects', () => {
  const text = updated('checklist:\n  processes/stateless: true\n', 'processes/stateless', false);
  assert.equal(text, 'checklist: {}\n');
  assert.deepEqual(parseConfig(text, NO_RULES).problems, []);
});

test('`checklist: {}` and a missing checklist key grow as a block mapping', () => {
  assert.equal(updated('checklist: {}\n', 'processes/stateless', true), 'checklist:\n  processes/stateless: true\n');
  assert.equal(updated('rules: {}\n', 'processes/stateless', true), 'rules: {}\nchecklist:\n  processes/stateless: true\n');
});

test('a file with a YAML error or the wrong shape is not rewritten', () => {
  for (const broken of ['rules: [\n', '- a\n- b\n', 'checklist: [a, b]\n']) {
    const result = updateAttestation(broken, 'processes/stateless', true);
    assert.equal(result.ok, false, broken);
  }
});

test('readAttestations skips malformed entries', () => {
  assert.deepEqual(readAttestations('checklist:\n  a/b: true\n  c/d: { done: true, note: x }\n  e/f: 3\n  g/h: { note: y }\n'), { 'a/b': { done: true }, 'c/d': { done: true, note: 'x' } });
  assert.deepEqual(readAttestations('checklist: [\n'), {});
  assert.deepEqual(readAttestations(''), {});
});
