import type { Rule } from '../../types';

export const logsRules: readonly Rule[] = [];
