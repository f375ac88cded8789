import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/concurrency/self-daemonize.md and ../shared/RULES.md.
export const selfDaemonize: Rule = {
  meta: {
    id: 'concurrency/self-daemonize',
    factor: 8,
    title: 'concurrency/self-daemonize',
    description: 'concurrency/self-daemonize',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
