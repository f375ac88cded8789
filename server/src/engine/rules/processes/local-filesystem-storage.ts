import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/processes/local-filesystem-storage.md and ../shared/RULES.md.
export const localFilesystemStorage: Rule = {
  meta: {
    id: 'processes/local-filesystem-storage',
    factor: 6,
    title: 'processes/local-filesystem-storage',
    description: 'processes/local-filesystem-storage',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
