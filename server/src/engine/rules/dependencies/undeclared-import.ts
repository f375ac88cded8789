import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/dependencies/undeclared-import.md and ../shared/RULES.md.
export const undeclaredImport: Rule = {
  meta: {
    id: 'dependencies/undeclared-import',
    factor: 2,
    title: 'dependencies/undeclared-import',
    description: 'dependencies/undeclared-import',
    defaultSeverity: 'error',
    fixable: true,
  },
};
