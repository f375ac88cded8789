import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/dependencies/missing-lockfile.md and ../shared/RULES.md.
export const missingLockfile: Rule = {
  meta: {
    id: 'dependencies/missing-lockfile',
    factor: 2,
    title: 'dependencies/missing-lockfile',
    description: 'dependencies/missing-lockfile',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
