// Types of codeServer.mjs (plain JavaScript so that `npm start` runs it without a compiler).
import type { ChildProcess } from 'node:child_process';

export const REPO_ROOT: string;
export const E2E_DIR: string;
export const NODE24: string;
export const CODE_SERVER: string;
export const CHROMIUM: string;
export const QUIET_SETTINGS: Record<string, unknown>;

export function missingPrerequisites(options?: { needChromium?: boolean }): string[];
export function writeUserSettings(dataDir: string, settings: Record<string, unknown>): void;
export function installVsix(dataDir: string, vsix: string): string;
export function freePort(): Promise<number>;

export interface RunningCodeServer {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  stop(): void;
  log(): string;
}

export function startCodeServer(options: { dataDir: string; folder: string; port?: number; onOutput?: (text: string) => void }): Promise<RunningCodeServer>;
