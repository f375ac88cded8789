// Questions the dependency and codebase rules ask about package.json manifests, answered
// only through WorkspaceFacts (never the disk).
import type { DependencySection, PackageInfo, WorkspaceFacts } from '../types';
import { dirName, pathBelow } from '../fileKinds';

/** Keys a manifest may hold and still be a mere module-format marker, not a package. */
const MARKER_KEYS: ReadonlySet<string> = new Set(['type', 'sideEffects', 'main', 'module', 'types', 'typings', 'exports', 'imports', 'browser', 'private', 'description', '//']);

function parsedManifest(facts: WorkspaceFacts, pkg: PackageInfo): Record<string, unknown> | undefined {
  const text = facts.textOf(pkg.manifestPath);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `package.json` like `{ "type": "module" }` in `src/` or `dist/` only tells Node how to load
 * the files below it; it does not make them a separate package with its own dependencies.
 */
export function isModuleFormatMarker(facts: WorkspaceFacts, pkg: PackageInfo): boolean {
  if (pkg.malformed || pkg.name !== undefined || pkg.dependencies.size > 0 || Object.keys(pkg.scripts).length > 0) return false;
  const manifest = parsedManifest(facts, pkg);
  return manifest !== undefined && Object.keys(manifest).every((key) => MARKER_KEYS.has(key));
}

/**
 * The package a file belongs to: the nearest package.json above it, skipping module-format
 * markers when a real manifest sits further up.
 */
export function owningPackage(facts: WorkspaceFacts, filePath: string): PackageInfo | undefined {
  let pkg = facts.packageFor(filePath);
  for (let depth = 0; pkg && depth < 16 && isModuleFormatMarker(facts, pkg); depth++) {
    const parentDir = dirName(pkg.dir);
    if (parentDir === pkg.dir || pkg.dir === facts.root) return pkg;
    const above = facts.packageFor(`${parentDir}/package.json`);
    if (!above) return pkg;
    pkg = above;
  }
  return pkg;
}

/** The manifest of the npm/yarn/pnpm workspace root above a package, if it has one. */
export function workspaceRootPackage(facts: WorkspaceFacts, pkg: PackageInfo): PackageInfo | undefined {
  if (!pkg.workspaceRoot || pkg.workspaceRoot === pkg.dir) return undefined;
  const root = facts.packageFor(`${pkg.workspaceRoot}/package.json`);
  return root && root.dir === pkg.workspaceRoot ? root : undefined;
}

/** True when the manifest declares workspaces (it is a monorepo root, not an app). */
export function declaresWorkspaces(facts: WorkspaceFacts, pkg: PackageInfo): boolean {
  const manifest = parsedManifest(facts, pkg);
  if (manifest && manifest.workspaces !== undefined) return true;
  return facts.textOf(`${pkg.dir}/pnpm-workspace.yaml`) !== undefined || facts.textOf(`${pkg.dir}/lerna.json`) !== undefined;
}

/**
 * Where a dependency is declared for code in `pkg`: its own manifest, or the workspace root's
 * (package managers install a workspace root's dependencies where every member resolves them).
 */
export function declaredSection(facts: WorkspaceFacts, pkg: PackageInfo, packageName: string): DependencySection | undefined {
  const own = pkg.dependencies.get(packageName);
  if (own) return own.section;
  return workspaceRootPackage(facts, pkg)?.dependencies.get(packageName)?.section;
}

/**
 * Declarations the four sections do not hold: an optional peer listed only in
 * `peerDependenciesMeta` (how libraries declare `try { require('x') }` extras) and
 * `bundleDependencies` shipped inside the package.
 */
export function isDeclaredElsewhere(facts: WorkspaceFacts, pkg: PackageInfo, packageName: string): boolean {
  const manifest = parsedManifest(facts, pkg);
  if (!manifest) return false;
  const meta = manifest.peerDependenciesMeta;
  if (typeof meta === 'object' && meta !== null && Object.prototype.hasOwnProperty.call(meta, packageName)) return true;
  return [manifest.bundleDependencies, manifest.bundledDependencies].some((list) => Array.isArray(list) && list.includes(packageName));
}

/** `/ws/apps/api` → ['/ws/apps/api', '/ws/apps', '/ws'] (stopping at the workspace root). */
function directoriesUpToRoot(facts: WorkspaceFacts, startDir: string): string[] {
  const dirs: string[] = [];
  let dir = startDir;
  for (let depth = 0; depth < 32; depth++) {
    dirs.push(dir);
    if (dir === facts.root || !dir.startsWith(`${facts.root}/`)) break;
    const parent = dirName(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

interface LockfileVersions {
  text: string;
  versions: ReadonlyMap<string, string>;
}

/** Parsed package-lock.json versions, kept while the lockfile's text is the same string. */
const lockfileCache = new Map<string, LockfileVersions>();

function packageLockVersions(path: string, text: string): ReadonlyMap<string, string> {
  const cached = lockfileCache.get(path);
  if (cached && cached.text === text) return cached.versions;
  const versions = new Map<string, string>();
  try {
    const lock = JSON.parse(text) as { packages?: Record<string, { version?: unknown }>; dependencies?: Record<string, { version?: unknown }> };
    // lockfileVersion 2/3: "node_modules/<name>" keys; only top-level installs are what an import resolves to.
    for (const [key, entry] of Object.entries(lock.packages ?? {})) {
      const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(key);
      if (match && typeof entry.version === 'string') versions.set(match[1]!, entry.version);
    }
    // lockfileVersion 1.
    for (const [name, entry] of Object.entries(lock.dependencies ?? {})) {
      if (!versions.has(name) && typeof entry.version === 'string') versions.set(name, entry.version);
    }
  } catch {
    // An unreadable lockfile just means the version is unknown.
  }
  lockfileCache.set(path, { text, versions });
  return versions;
}

/**
 * The version of a package installed where code in `pkg` would load it from: the nearest
 * node_modules/<name>/package.json, else the package-lock.json entry. Undefined when unknown.
 */
export function installedVersion(facts: WorkspaceFacts, pkg: PackageInfo, packageName: string): string | undefined {
  for (const dir of directoriesUpToRoot(facts, pkg.dir)) {
    const text = facts.textOf(`${dir}/node_modules/${packageName}/package.json`);
    if (text === undefined) continue;
    try {
      const version = (JSON.parse(text) as { version?: unknown }).version;
      if (typeof version === 'string' && /^\d+\.\d+\.\d+/.test(version)) return version;
    } catch {
      // Keep looking: the lockfile may know.
    }
  }
  if (pkg.lockfile?.endsWith('package-lock.json') || pkg.lockfile?.endsWith('npm-shrinkwrap.json')) {
    const text = facts.textOf(pkg.lockfile);
    const version = text === undefined ? undefined : packageLockVersions(pkg.lockfile, text).get(packageName);
    if (version && /^\d+\.\d+\.\d+/.test(version)) return version;
  }
  return undefined;
}

/** The path of a file relative to the workspace root, for messages. */
export function workspaceRelative(facts: WorkspaceFacts, absPath: string): string {
  return pathBelow(facts.root, absPath) ?? absPath;
}

/**
 * Inside an installed package (`node_modules/…`), judged on the path inside the workspace so
 * that where the workspace itself lives never matters.
 */
export function isInstalledPackagePath(facts: WorkspaceFacts, absPath: string): boolean {
  return workspaceRelative(facts, absPath).split('/').includes('node_modules');
}

/** Under a test fixture folder (`fixtures/`, `__fixtures__/`) inside the workspace: test data, not project code. */
export function isFixturePath(facts: WorkspaceFacts, absPath: string): boolean {
  return /(^|\/)(fixtures|__fixtures__|test-fixtures)(\/|$)/.test(workspaceRelative(facts, absPath));
}
