import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/disposability/swallowed-fatal-error.md and ../shared/RULES.md.
export const swallowedFatalError: Rule = {
  meta: {
    id: 'disposability/swallowed-fatal-error',
    factor: 9,
    title: 'disposability/swallowed-fatal-error',
    description: 'disposability/swallowed-fatal-error',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
