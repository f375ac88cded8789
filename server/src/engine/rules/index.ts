// The registry: every rule, grouped by factor. Each factor folder has its own index so
// rule authors never edit the same file.
import type { Rule } from '../types';
import { codebaseRules } from './codebase';
import { dependenciesRules } from './dependencies';
import { configRules } from './config';
import { backingServicesRules } from './backing-services';
import { buildReleaseRunRules } from './build-release-run';
import { processesRules } from './processes';
import { portBindingRules } from './port-binding';
import { concurrencyRules } from './concurrency';
import { disposabilityRules } from './disposability';
import { devProdParityRules } from './dev-prod-parity';
import { logsRules } from './logs';
import { adminProcessesRules } from './admin-processes';

export const ALL_RULES: readonly Rule[] = [
  ...codebaseRules,
  ...dependenciesRules,
  ...configRules,
  ...backingServicesRules,
  ...buildReleaseRunRules,
  ...processesRules,
  ...portBindingRules,
  ...concurrencyRules,
  ...disposabilityRules,
  ...devProdParityRules,
  ...logsRules,
  ...adminProcessesRules,
];

// The ids alone, without loading the rules, are in ruleIds.ts (a test keeps the two in step).
export { RULE_IDS } from '../ruleIds';

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
