import type { Rule } from '../../types';
import { crossAppImport } from './cross-app-import';

export const codebaseRules: readonly Rule[] = [crossAppImport];
