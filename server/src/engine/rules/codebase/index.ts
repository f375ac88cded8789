import type { Rule } from '../../types';

export const codebaseRules: readonly Rule[] = [];
