import type { Rule } from '../../types';

export const processesRules: readonly Rule[] = [];
