import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/config/secret-fallback.md and ../shared/RULES.md.
export const secretFallback: Rule = {
  meta: {
    id: 'config/secret-fallback',
    factor: 3,
    title: 'config/secret-fallback',
    description: 'config/secret-fallback',
    defaultSeverity: 'error',
    fixable: true,
  },
};
