import type { Rule } from '../../types';
import { runtimeBuild } from './runtime-build';
import { startScriptBuilds } from './start-script-builds';

export const buildReleaseRunRules: readonly Rule[] = [runtimeBuild, startScriptBuilds];
