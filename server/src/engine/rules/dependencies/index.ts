import type { Rule } from '../../types';

export const dependenciesRules: readonly Rule[] = [];
