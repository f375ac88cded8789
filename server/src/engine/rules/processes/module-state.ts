import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/processes/module-state.md and ../shared/RULES.md.
export const moduleState: Rule = {
  meta: {
    id: 'processes/module-state',
    factor: 6,
    title: 'processes/module-state',
    description: 'processes/module-state',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
