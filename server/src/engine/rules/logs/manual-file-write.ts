import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/logs/manual-file-write.md and ../shared/RULES.md.
export const manualFileWrite: Rule = {
  meta: {
    id: 'logs/manual-file-write',
    factor: 11,
    title: 'logs/manual-file-write',
    description: 'logs/manual-file-write',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
