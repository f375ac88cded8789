import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/config/committed-env-file.md and ../shared/RULES.md.
export const committedEnvFile: Rule = {
  meta: {
    id: 'config/committed-env-file',
    factor: 3,
    title: 'config/committed-env-file',
    description: 'config/committed-env-file',
    defaultSeverity: 'warning',
    fixable: true,
  },
};
