import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/codebase/cross-app-import.md and ../shared/RULES.md.
export const crossAppImport: Rule = {
  meta: {
    id: 'codebase/cross-app-import',
    factor: 1,
    title: 'codebase/cross-app-import',
    description: 'codebase/cross-app-import',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
