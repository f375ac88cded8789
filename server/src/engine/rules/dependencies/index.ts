import type { Rule } from '../../types';
import { undeclaredImport } from './undeclared-import';
import { systemTool } from './system-tool';
import { unpinnedVersion } from './unpinned-version';
import { missingLockfile } from './missing-lockfile';

export const dependenciesRules: readonly Rule[] = [undeclaredImport, systemTool, unpinnedVersion, missingLockfile];
