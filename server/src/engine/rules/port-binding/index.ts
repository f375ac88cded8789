import type { Rule } from '../../types';
import { hardcodedPort } from './hardcoded-port';
import { loopbackOnly } from './loopback-only';

export const portBindingRules: readonly Rule[] = [hardcodedPort, loopbackOnly];
