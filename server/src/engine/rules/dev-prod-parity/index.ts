import type { Rule } from '../../types';

export const devProdParityRules: readonly Rule[] = [];
