import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/disposability/no-graceful-shutdown.md and ../shared/RULES.md.
export const noGracefulShutdown: Rule = {
  meta: {
    id: 'disposability/no-graceful-shutdown',
    factor: 9,
    title: 'disposability/no-graceful-shutdown',
    description: 'disposability/no-graceful-shutdown',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
