import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/dev-prod-parity/divergent-backing-service.md and ../shared/RULES.md.
export const divergentBackingService: Rule = {
  meta: {
    id: 'dev-prod-parity/divergent-backing-service',
    factor: 10,
    title: 'dev-prod-parity/divergent-backing-service',
    description: 'dev-prod-parity/divergent-backing-service',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
