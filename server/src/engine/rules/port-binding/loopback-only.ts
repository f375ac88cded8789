import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/port-binding/loopback-only.md and ../shared/RULES.md.
export const loopbackOnly: Rule = {
  meta: {
    id: 'port-binding/loopback-only',
    factor: 7,
    title: 'port-binding/loopback-only',
    description: 'port-binding/loopback-only',
    defaultSeverity: 'information',
    fixable: true,
  },
};
