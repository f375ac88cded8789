import type { Rule } from '../../types';
import { inMemorySession } from './in-memory-session';
import { moduleState } from './module-state';
import { localFilesystemStorage } from './local-filesystem-storage';

export const processesRules: readonly Rule[] = [inMemorySession, moduleState, localFilesystemStorage];
