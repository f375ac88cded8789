import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/processes/in-memory-session.md and ../shared/RULES.md.
export const inMemorySession: Rule = {
  meta: {
    id: 'processes/in-memory-session',
    factor: 6,
    title: 'processes/in-memory-session',
    description: 'processes/in-memory-session',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
