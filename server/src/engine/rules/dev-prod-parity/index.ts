import type { Rule } from '../../types';
import { divergentBackingService } from './divergent-backing-service';

export const devProdParityRules: readonly Rule[] = [divergentBackingService];
