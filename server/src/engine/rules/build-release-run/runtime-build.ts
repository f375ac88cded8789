import type { Rule } from '../../types';

// TODO(rule author): implement; see docs/rules/build-release-run/runtime-build.md and ../shared/RULES.md.
export const runtimeBuild: Rule = {
  meta: {
    id: 'build-release-run/runtime-build',
    factor: 5,
    title: 'build-release-run/runtime-build',
    description: 'build-release-run/runtime-build',
    defaultSeverity: 'warning',
    fixable: false,
  },
};
