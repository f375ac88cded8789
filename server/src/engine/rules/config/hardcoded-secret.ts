import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/config/hardcoded-secret.md and ../shared/RULES.md.
export const hardcodedSecret: Rule = {
  meta: {
    id: 'config/hardcoded-secret',
    factor: 3,
    title: 'config/hardcoded-secret',
    description: 'config/hardcoded-secret',
    defaultSeverity: 'error',
    fixable: true,
  },
};
