import type { FileInfo, FileKind } from './types';

const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const CONFIG_FILE_NAME = '.twelve-factor.yml';

/** Example env files document variable names; they are meant to be committed. */
const ENV_TEMPLATE_SUFFIXES = ['.example', '.sample', '.template', '.dist', '.defaults', '.schema'];

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return slash === 0 ? '/' : '.';
  return path.slice(0, slash);
}

/** `path` relative to folder `dir` when it lies below it (plain slicing, no normalisation), else undefined. */
export function pathBelow(dir: string, path: string): string | undefined {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/');
}

export function isScriptPath(path: string): boolean {
  if (path.endsWith('.d.ts') || path.endsWith('.d.mts') || path.endsWith('.d.cts')) return false;
  return SCRIPT_EXTENSIONS.some((ext) => path.endsWith(ext));
}

export function isEnvFileName(name: string): boolean {
  return name === '.env' || name.startsWith('.env.');
}

export function isEnvTemplateName(name: string): boolean {
  return isEnvFileName(name) && ENV_TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

export function fileKindOf(path: string): FileKind {
  const name = baseName(path);
  if (name === CONFIG_FILE_NAME) return 'config';
  if (name === 'package.json') return 'packageJson';
  if (isEnvFileName(name)) return 'envFile';
  if (isScriptPath(path)) return 'script';
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'yaml';
  return 'other';
}

const TEST_DIR_PATTERN = /(^|\/)(test|tests|__tests__|__mocks__|fixtures|__fixtures__|e2e|spec)\//;
const TEST_FILE_PATTERN = /\.(test|spec|e2e-spec)\.[cm]?[jt]sx?$/;

export function isTestPath(path: string): boolean {
  return TEST_FILE_PATTERN.test(path) || TEST_DIR_PATTERN.test(path);
}

/** `root` is the workspace root: test-ness is judged on the path inside it, never on where the workspace lives. */
export function describeFile(path: string, root: string): FileInfo {
  const normalised = normalizePath(path);
  const normalisedRoot = normalizePath(root).replace(/\/$/, '');
  const relative = normalised.startsWith(normalisedRoot + '/') ? normalised.slice(normalisedRoot.length + 1) : baseName(normalised);
  return { path: normalised, kind: fileKindOf(normalised), isTest: isTestPath(relative) };
}

export { CONFIG_FILE_NAME };
