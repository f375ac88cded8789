import type { Rule } from '../../types';
import { pidFile } from './pid-file';
import { selfDaemonize } from './self-daemonize';

export const concurrencyRules: readonly Rule[] = [pidFile, selfDaemonize];
