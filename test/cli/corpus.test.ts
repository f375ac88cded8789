// Detection quality on the independent labelled corpus (test/corpus), through the real CLI:
// the thresholds the product is judged by, and the secrets rules against two existing
// secret scanners on the same files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCorpus, type Evaluation } from '../corpus/evaluate';
import { evaluateCorpus2 } from '../corpus2/evaluate2';
import { evaluateCorpus3 } from '../corpus3/evaluate3';
import { compareSecretScanners } from '../corpus/compareSecretScanners';

describe('labelled corpus', () => {
  const meetsThresholds = (evaluation: Evaluation) => {
    const weak = evaluation.rules.filter((rule) => rule.precision < 0.9 || rule.recall < 0.9).map((rule) => `${rule.ruleId}: precision ${rule.precision.toFixed(2)}, recall ${rule.recall.toFixed(2)}`);
    assert.deepEqual(weak, []);
    assert.ok(evaluation.overall.precision >= 0.97, `overall precision ${evaluation.overall.precision}`);
    assert.ok(evaluation.overall.recall >= 0.95, `overall recall ${evaluation.overall.recall}`);
  };

  it('corpus 1 (test/corpus): precision ≥ 0.97 and recall ≥ 0.95 overall, ≥ 0.90 for every rule', () => meetsThresholds(evaluateCorpus()));

  it('corpus 2 (test/corpus2, labelled blind): precision ≥ 0.97 and recall ≥ 0.95 overall, ≥ 0.90 for every rule', () => meetsThresholds(evaluateCorpus2()));

  it('corpus 3 (test/corpus3, labelled blind, realistic repositories): precision ≥ 0.97 and recall ≥ 0.95 overall, ≥ 0.90 for every rule', () => meetsThresholds(evaluateCorpus3()));

  it('the secrets rules beat secretlint and ESLint + no-secrets on both precision and recall', { timeout: 300_000 }, () => {
    const [ours, ...others] = compareSecretScanners();
    for (const other of others) {
      assert.ok(ours!.precision > other.precision, `precision ${ours!.precision} vs ${other.tool} ${other.precision}`);
      assert.ok(ours!.recall > other.recall, `recall ${ours!.recall} vs ${other.tool} ${other.recall}`);
    }
  });
});
