import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/dependencies/system-tool.md and ../shared/RULES.md.
export const systemTool: Rule = {
  meta: {
    id: 'dependencies/system-tool',
    factor: 2,
    title: 'dependencies/system-tool',
    description: 'dependencies/system-tool',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
