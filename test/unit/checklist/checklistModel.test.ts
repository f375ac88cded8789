// Per-factor status for the checklist view, from plain diagnostics and attestations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChecklistState, factorOfRule, type ChecklistDiagnostic } from '../../../client/src/checklist/checklistModel';
import { summarize } from '../../../client/src/checklist/summary';
import { FACTORS, MANUAL_CHECKS } from '../../../server/src/engine/checklist';

let nextId = 0;
function diagnostic(ruleId: string, severity: ChecklistDiagnostic['severity'], location = 'src/a.ts', line = 0): ChecklistDiagnostic {
  return { id: `f${nextId++}`, ruleId, severity, message: `${ruleId} here`, location, line };
}

const folder = { uri: 'file:///w', name: 'w' };

test('every rule id prefix names a factor', () => {
  assert.equal(factorOfRule('config/hardcoded-secret'), 3);
  assert.equal(factorOfRule('admin-processes/migrate-on-boot'), 12);
  assert.equal(factorOfRule('twelve-factor/config'), undefined);
  for (const info of FACTORS) assert.equal(factorOfRule(`${info.key}/x`), info.factor);
});

test('the twelve factors in order, with counts by severity, findings sorted by severity', () => {
  const state = buildChecklistState({
    folders: [folder],
    folder,
    diagnostics: [diagnostic('config/env-name-branching', 'warning', 'b.ts', 4), diagnostic('config/hardcoded-secret', 'error', 'z.ts', 9), diagnostic('port-binding/loopback-only', 'information'), diagnostic('twelve-factor/config', 'error', '.twelve-factor.yml')],
    attestations: {},
  });
  assert.deepEqual(state.factors.map((factor) => factor.factor), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const config = state.factors[2]!;
  assert.equal(config.status, 'findings');
  assert.deepEqual(config.counts, { error: 1, warning: 1, information: 0, hint: 0 });
  assert.deepEqual(config.findings.map((finding) => [finding.ruleId, finding.location, finding.line]), [['config/hardcoded-secret', 'z.ts', 10], ['config/env-name-branching', 'b.ts', 5]]);
  assert.equal(state.factors[6]!.counts.information, 1);
  assert.deepEqual(state.other.map((finding) => finding.ruleId), ['twelve-factor/config']);
  assert.equal(state.factors[0]!.status, 'needs-human');
});

test('a factor without findings is clean once its manual checks are attested', () => {
  const attestations = Object.fromEntries(MANUAL_CHECKS.filter((check) => check.factor === 1).map((check) => [check.id, { done: true }]));
  const state = buildChecklistState({ folders: [folder], folder, diagnostics: [diagnostic('logs/file-transport', 'warning')], attestations: { ...attestations, 'logs/routed-by-environment': { done: true, note: 'Datadog' } } });
  assert.equal(state.factors[0]!.status, 'clean');
  assert.ok(state.factors[0]!.manualChecks.every((check) => check.done));
  // Attested but with findings: the code still has a problem.
  assert.equal(state.factors[10]!.status, 'findings');
  assert.deepEqual(state.factors[10]!.manualChecks[0], { id: 'logs/routed-by-environment', question: MANUAL_CHECKS.find((check) => check.id === 'logs/routed-by-environment')!.question, done: true, note: 'Datadog' });
  assert.equal(summarize(state.factors), '1 of 12 factors clean · 1 with findings · 10 need a human');
});
