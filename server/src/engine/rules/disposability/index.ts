import type { Rule } from '../../types';

export const disposabilityRules: readonly Rule[] = [];
