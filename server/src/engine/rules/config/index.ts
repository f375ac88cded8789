import type { Rule } from '../../types';
import { hardcodedSecret } from './hardcoded-secret';
import { secretFallback } from './secret-fallback';
import { envNameBranching } from './env-name-branching';
import { committedEnvFile } from './committed-env-file';

export const configRules: readonly Rule[] = [hardcodedSecret, secretFallback, envNameBranching, committedEnvFile];
