import type { Rule } from '../../types';
import { migrateOnBoot } from './migrate-on-boot';

export const adminProcessesRules: readonly Rule[] = [migrateOnBoot];
