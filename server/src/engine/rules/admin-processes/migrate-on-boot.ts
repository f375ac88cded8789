import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/admin-processes/migrate-on-boot.md and ../shared/RULES.md.
export const migrateOnBoot: Rule = {
  meta: {
    id: 'admin-processes/migrate-on-boot',
    factor: 12,
    title: 'admin-processes/migrate-on-boot',
    description: 'admin-processes/migrate-on-boot',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
