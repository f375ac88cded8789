import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/concurrency/pid-file.md and ../shared/RULES.md.
export const pidFile: Rule = {
  meta: {
    id: 'concurrency/pid-file',
    factor: 8,
    title: 'concurrency/pid-file',
    description: 'concurrency/pid-file',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
