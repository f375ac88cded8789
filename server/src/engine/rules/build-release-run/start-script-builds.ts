import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/build-release-run/start-script-builds.md and ../shared/RULES.md.
export const startScriptBuilds: Rule = {
  meta: {
    id: 'build-release-run/start-script-builds',
    factor: 5,
    title: 'build-release-run/start-script-builds',
    description: 'build-release-run/start-script-builds',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
