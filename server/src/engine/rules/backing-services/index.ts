import type { Rule } from '../../types';
import { hardcodedUrl } from './hardcoded-url';

export const backingServicesRules: readonly Rule[] = [hardcodedUrl];
