import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/config/env-name-branching.md and ../shared/RULES.md.
export const envNameBranching: Rule = {
  meta: {
    id: 'config/env-name-branching',
    factor: 3,
    title: 'config/env-name-branching',
    description: 'config/env-name-branching',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
