import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/backing-services/hardcoded-url.md and ../shared/RULES.md.
export const hardcodedUrl: Rule = {
  meta: {
    id: 'backing-services/hardcoded-url',
    factor: 4,
    title: 'backing-services/hardcoded-url',
    description: 'backing-services/hardcoded-url',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
