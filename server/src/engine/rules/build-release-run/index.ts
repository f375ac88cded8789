import type { Rule } from '../../types';

export const buildReleaseRunRules: readonly Rule[] = [];
