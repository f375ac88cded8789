import type { Rule } from '../../types';

export const adminProcessesRules: readonly Rule[] = [];
