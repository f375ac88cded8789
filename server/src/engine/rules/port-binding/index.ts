import type { Rule } from '../../types';
import { hardcodedPort } from './hardcoded-port';

export const portBindingRules: readonly Rule[] = [hardcodedPort];
