import type { Rule } from '../../types';
import { noGracefulShutdown } from './no-graceful-shutdown';
import { swallowedFatalError } from './swallowed-fatal-error';

export const disposabilityRules: readonly Rule[] = [noGracefulShutdown, swallowedFatalError];
