import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/logs/file-transport.md and ../shared/RULES.md.
export const fileTransport: Rule = {
  meta: {
    id: 'logs/file-transport',
    factor: 11,
    title: 'logs/file-transport',
    description: 'logs/file-transport',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
