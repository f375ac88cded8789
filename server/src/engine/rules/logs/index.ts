import type { Rule } from '../../types';
import { fileTransport } from './file-transport';
import { manualFileWrite } from './manual-file-write';

export const logsRules: readonly Rule[] = [fileTransport, manualFileWrite];
