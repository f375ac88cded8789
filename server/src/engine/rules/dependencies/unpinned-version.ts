import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/dependencies/unpinned-version.md and ../shared/RULES.md.
export const unpinnedVersion: Rule = {
  meta: {
    id: 'dependencies/unpinned-version',
    factor: 2,
    title: 'dependencies/unpinned-version',
    description: 'dependencies/unpinned-version',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
