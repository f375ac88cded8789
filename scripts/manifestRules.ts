// The per-rule part of the extension manifest, generated from the rule metadata so the
// settings UI, validation and completion always list exactly the rules the engine has.
//   node --import tsx scripts/manifestRules.ts          rewrite package.json
//   (test/unit/manifest.test.ts fails when package.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../server/src/engine/rules';
import { factorInfo } from '../server/src/engine/checklist';
import { ruleDocsUrl } from '../server/src/lsp/protocol';

export const RULES_SETTING = 'twelveFactor.rules';
export const SEVERITY_CHOICES = ['default', 'off', 'hint', 'information', 'warning', 'error'] as const;

export interface RuleSettingSchema {
  type: 'string';
  enum: string[];
  enumDescriptions: string[];
  default: 'default';
  markdownDescription: string;
}

export interface RulesSettingSchema {
  type: 'object';
  scope: 'resource';
  default: Record<string, never>;
  additionalProperties: false;
  markdownDescription: string;
  properties: Record<string, RuleSettingSchema>;
}

export function rulesSettingSchema(): RulesSettingSchema {
  const properties: Record<string, RuleSettingSchema> = {};
  for (const rule of [...ALL_RULES].sort((a, b) => a.meta.factor - b.meta.factor || a.meta.id.localeCompare(b.meta.id))) {
    const { id, factor, title, description, defaultSeverity, fixable } = rule.meta;
    const info = factorInfo(factor);
    properties[id] = {
      type: 'string',
      enum: [...SEVERITY_CHOICES],
      enumDescriptions: [`Use .twelve-factor.yml, else the rule's default (${defaultSeverity}).`, 'Turn the rule off.', 'Hint (no squiggle, shown as dots).', 'Information.', 'Warning.', 'Error.'],
      default: 'default',
      markdownDescription: `**${title}** — Factor ${info?.roman ?? factor} (${info?.title ?? ''}). ${description} Default: \`${defaultSeverity}\`${fixable ? '; has a quick fix' : ''}. [Documentation](${ruleDocsUrl(id)})`,
    };
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    additionalProperties: false,
    markdownDescription: 'Severity per rule, overriding `.twelve-factor.yml` in this editor. `default` keeps the config file or the rule default.',
    properties,
  };
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, unknown> } };
}

export const MANIFEST_PATH = join(__dirname, '..', 'package.json');

/** package.json text with the generated rules setting in place (the rest untouched). */
export function manifestWithGeneratedRules(text: string): string {
  const manifest = JSON.parse(text) as Manifest;
  manifest.contributes.configuration.properties[RULES_SETTING] = rulesSettingSchema();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (require.main === module) {
  const current = readFileSync(MANIFEST_PATH, 'utf8');
  const updated = manifestWithGeneratedRules(current);
  if (updated === current) console.log('package.json: twelveFactor.rules is up to date.');
  else {
    writeFileSync(MANIFEST_PATH, updated);
    console.log(`package.json: twelveFactor.rules regenerated (${ALL_RULES.length} rules).`);
  }
}
