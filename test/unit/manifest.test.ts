// The settings contributed in package.json are generated from the rule metadata
// (scripts/manifestRules.ts). This fails when a rule was added, renamed or re-described
// without regenerating: run `npm run generate:manifest`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MANIFEST_PATH, RULES_SETTING, manifestWithGeneratedRules, rulesSettingSchema } from '../../scripts/manifestRules';
import { RULE_IDS } from '../../server/src/engine/rules';
import { ClientCommands } from '../../server/src/lsp/protocol';
import { ClientOnlyCommands } from '../../client/src/commands';

const manifestText = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = JSON.parse(manifestText) as {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> }; commands: Array<{ command: string }> };
  activationEvents: string[];
};

test('the twelveFactor.rules setting matches the rule metadata (run `npm run generate:manifest` if this fails)', () => {
  // Compared as objects first, so a failure names the rule whose metadata changed.
  assert.deepEqual(manifest.contributes.configuration.properties[RULES_SETTING], rulesSettingSchema());
  assert.equal(manifestText, manifestWithGeneratedRules(manifestText));
});

test('every rule has a severity setting, and nothing else does', () => {
  const contributed = Object.keys(manifest.contributes.configuration.properties[RULES_SETTING]?.properties ?? {}).sort();
  assert.deepEqual(contributed, [...RULE_IDS].sort());
  assert.equal(Object.keys(rulesSettingSchema().properties).length, RULE_IDS.size);
});

test('every client command is contributed', () => {
  const contributed = manifest.contributes.commands.map((command) => command.command).sort();
  assert.deepEqual(contributed, [...Object.values(ClientCommands), ...Object.values(ClientOnlyCommands)].sort());
});
