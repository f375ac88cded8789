import type { Rule } from '../../types';

export const backingServicesRules: readonly Rule[] = [];
