import type { Rule } from '../../types';

export const concurrencyRules: readonly Rule[] = [];
