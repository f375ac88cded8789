// engine/ruleIds.ts lists the rule ids for code that must not load the rules (the CLI's front
// end); the rules' own metadata is the truth it must follow.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../../../server/src/engine/rules';
import { RULE_IDS } from '../../../server/src/engine/ruleIds';

it('lists exactly the ids of the registered rules, in their order', () => {
  assert.deepEqual([...RULE_IDS], ALL_RULES.map((rule) => rule.meta.id));
});
