// Cases for one rule's prefilter (scriptMayReport), as its test file lists them: texts the rule
// reports on, where the prefilter must say "may report", and realistic texts it rules out.
// Each case also runs the rule without its prefilter, so a case that proves nothing fails.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile, createPrefilterContext } from '../../server/src/engine/analyze';
import type { Rule } from '../../server/src/engine/types';
import { WORKSPACE_ROOT, memoryWorkspace } from './memoryWorkspace';

/** [what the case is, the code, the workspace-relative file name when not the default]. */
export type PrefilterCase = readonly [name: string, code: string, filename?: string];

async function verdict(rule: Rule, code: string, filename: string): Promise<{ mayReport: boolean; reports: boolean }> {
  const path = `${WORKSPACE_ROOT}/${filename}`;
  const { facts } = memoryWorkspace({ [path]: code });
  const mayReport = rule.scriptMayReport!(createPrefilterContext(path, code, facts));
  const { findings } = await analyzeFile(path, code, facts, { rules: [{ ...rule, scriptMayReport: undefined }] });
  return { mayReport, reports: findings.length > 0 };
}

export function prefilterCases(rule: Rule, defaultFilename: string, reported: readonly PrefilterCase[], ruledOut: readonly PrefilterCase[]): void {
  for (const [name, code, filename] of reported) {
    it(`may report: ${name}`, async () => {
      const { mayReport, reports } = await verdict(rule, code, filename ?? defaultFilename);
      assert.ok(reports, 'the rule reports here (else the case proves nothing)');
      assert.ok(mayReport);
    });
  }
  for (const [name, code, filename] of ruledOut) {
    it(`rules out: ${name}`, async () => {
      const { mayReport, reports } = await verdict(rule, code, filename ?? defaultFilename);
      assert.equal(reports, false);
      assert.equal(mayReport, false);
    });
  }
}
