import ignore, { type Ignore } from 'ignore';
import { posix } from 'node:path';
import type { DependencySection, PackageInfo, WorkspaceFacts } from '../engine/types';
import { normalizePath } from '../engine/fileKinds';
import { typescriptCompiler } from '../engine/onDemand';
import type { FileSystemView } from './fileSystem';

const DEPENDENCY_SECTIONS: DependencySection[] = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
export const LOCKFILE_NAMES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'];
/**
 * The shared compiler options of a monorepo (Nx, many pnpm/turbo setups): projects extend it,
 * and its `paths` aliases are meant for every project below it.
 */
const SHARED_BASE_CONFIG = 'tsconfig.base.json';
/** Files whose change on disk changes some fact (and so other files' findings). */
export const FACT_FILE_NAMES = new Set(['package.json', '.gitignore', 'tsconfig.json', 'jsconfig.json', SHARED_BASE_CONFIG, 'pnpm-workspace.yaml', '.env.example', ...LOCKFILE_NAMES]);

interface ParsedManifest {
  name: string | undefined;
  dependencies: Map<string, { section: DependencySection; range: string }>;
  scripts: Record<string, string>;
  hasWorkspaces: boolean;
  malformed: boolean;
}

function parseManifest(text: string): ParsedManifest {
  const result: ParsedManifest = { name: undefined, dependencies: new Map(), scripts: {}, hasWorkspaces: false, malformed: false };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    result.malformed = true;
    return result;
  }
  if (typeof json !== 'object' || json === null) {
    result.malformed = true;
    return result;
  }
  const manifest = json as Record<string, unknown>;
  if (typeof manifest.name === 'string') result.name = manifest.name;
  for (const section of DEPENDENCY_SECTIONS) {
    const entries = manifest[section];
    if (typeof entries !== 'object' || entries === null) continue;
    for (const [name, range] of Object.entries(entries as Record<string, unknown>)) {
      // String() of a (deeply) nested array recurses through join(): 10,000 levels overflow the stack.
      if (!result.dependencies.has(name)) result.dependencies.set(name, { section, range: typeof range === 'object' && range !== null ? '' : String(range) });
    }
  }
  if (typeof manifest.scripts === 'object' && manifest.scripts !== null) {
    for (const [name, command] of Object.entries(manifest.scripts as Record<string, unknown>)) if (typeof command === 'string') result.scripts[name] = command;
  }
  result.hasWorkspaces = Array.isArray(manifest.workspaces) || (typeof manifest.workspaces === 'object' && manifest.workspaces !== null);
  return result;
}

/**
 * The workspace facts, computed lazily from a file system and cached until a fact file
 * changes. One instance per workspace folder, shared by every analysis.
 */
export class WorkspaceIndex implements WorkspaceFacts {
  readonly root: string;
  readonly gitRoot: string;
  private readonly manifests = new Map<string, ParsedManifest | null>();
  private readonly gitignores = new Map<string, Ignore | null>();
  private readonly aliases = new Map<string, readonly string[]>();
  private readonly binaries = new Map<string, ReadonlySet<string>>();
  private readonly texts = new Map<string, string | undefined>();
  /** Package facts by package directory, and the owning package directory of each source directory: rules ask for them on every file. */
  private readonly packages = new Map<string, PackageInfo>();
  private readonly packageDirs = new Map<string, string | null>();
  private readonly shutdownHandlers = new Set<string>();
  private readonly knownPackageNames = new Set<string>();

  constructor(root: string, private readonly fs: FileSystemView) {
    this.root = normalizePath(root).replace(/\/$/, '') || '/';
    this.gitRoot = this.findGitRoot();
  }

  private findGitRoot(): string {
    let dir = this.root;
    for (;;) {
      if (this.fs.exists(posix.join(dir, '.git'))) return dir;
      const parent = posix.dirname(dir);
      if (parent === dir) return this.root;
      dir = parent;
    }
  }

  /** Forget what a changed file told us. Cheap: caches refill lazily. */
  invalidate(changedPath?: string): void {
    if (changedPath === undefined || FACT_FILE_NAMES.has(posix.basename(changedPath)) || changedPath.includes('/node_modules/')) {
      this.manifests.clear();
      this.gitignores.clear();
      this.aliases.clear();
      this.binaries.clear();
      this.texts.clear();
      this.packages.clear();
      this.packageDirs.clear();
    } else {
      this.texts.delete(changedPath);
    }
  }

  /** Records whether a source file handles SIGTERM (fed by the scanner / the server). */
  setHandlesShutdown(filePath: string, handles: boolean): void {
    const path = normalizePath(filePath);
    if (this.shutdownHandlers.has(path) === handles) return;
    if (handles) this.shutdownHandlers.add(path);
    else this.shutdownHandlers.delete(path);
    this.packages.clear();
  }

  /** The files known to handle SIGTERM (to hand the facts to another thread). */
  shutdownHandlerFiles(): string[] {
    return [...this.shutdownHandlers];
  }

  /** Records a package.json seen by a workspace walk, so its name counts as a workspace package. */
  addKnownManifest(manifestPath: string): void {
    const manifest = this.manifestAt(posix.dirname(normalizePath(manifestPath)));
    if (manifest?.name) this.knownPackageNames.add(manifest.name);
  }

  get workspacePackageNames(): ReadonlySet<string> {
    return this.knownPackageNames;
  }

  textOf(absPath: string): string | undefined {
    const path = normalizePath(absPath);
    if (!this.texts.has(path)) this.texts.set(path, this.fs.readText(path));
    return this.texts.get(path);
  }

  private manifestAt(dir: string): ParsedManifest | null {
    if (!this.manifests.has(dir)) {
      const text = this.fs.readText(posix.join(dir, 'package.json'));
      this.manifests.set(dir, text === undefined ? null : parseManifest(text));
    }
    return this.manifests.get(dir) ?? null;
  }

  private ancestors(startDir: string): string[] {
    const dirs: string[] = [];
    let dir = startDir;
    for (;;) {
      dirs.push(dir);
      if (dir === this.root || dir === '/' || !dir.startsWith(this.root)) break;
      const parent = posix.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return dirs;
  }

  packageFor(filePath: string): PackageInfo | undefined {
    const path = normalizePath(filePath);
    const startDir = posix.dirname(path);
    let packageDir = this.packageDirs.get(startDir);
    if (packageDir === undefined) {
      packageDir = null;
      for (const dir of this.ancestors(startDir)) {
        if (dir.split('/').includes('node_modules')) continue;
        if (this.manifestAt(dir)) {
          packageDir = dir;
          break;
        }
      }
      this.packageDirs.set(startDir, packageDir);
    }
    if (packageDir === null) return undefined;
    let info = this.packages.get(packageDir);
    if (!info) {
      info = this.packageInfo(packageDir, this.manifestAt(packageDir)!);
      this.packages.set(packageDir, info);
    }
    return info;
  }

  private packageInfo(dir: string, manifest: ParsedManifest): PackageInfo {
    const workspaceRoot = this.workspaceRootAbove(dir);
    const lockfile = this.lockfileIn(dir) ?? (workspaceRoot ? this.lockfileIn(workspaceRoot) : undefined);
    const prefix = `${dir}/`;
    let handlesSigterm = false;
    for (const file of this.shutdownHandlers) {
      if (file.startsWith(prefix) && this.owningPackageDir(file) === dir) {
        handlesSigterm = true;
        break;
      }
    }
    return {
      dir,
      manifestPath: posix.join(dir, 'package.json'),
      name: manifest.name,
      dependencies: manifest.dependencies,
      scripts: manifest.scripts,
      lockfile,
      workspaceRoot,
      declaredBinaries: this.declaredBinaries(dir, manifest, workspaceRoot),
      handlesSigterm,
      malformed: manifest.malformed,
    };
  }

  private owningPackageDir(filePath: string): string | undefined {
    for (const dir of this.ancestors(posix.dirname(filePath))) if (this.manifestAt(dir)) return dir;
    return undefined;
  }

  private workspaceRootAbove(dir: string): string | undefined {
    const ancestors = this.ancestors(dir);
    for (const candidate of ancestors.slice(1)) {
      const manifest = this.manifestAt(candidate);
      if (manifest?.hasWorkspaces || this.fs.exists(posix.join(candidate, 'pnpm-workspace.yaml')) || this.fs.exists(posix.join(candidate, 'lerna.json'))) return candidate;
    }
    // Outside the workspace folder, a monorepo root may still sit above (a folder opened inside it).
    return undefined;
  }

  private lockfileIn(dir: string): string | undefined {
    for (const name of LOCKFILE_NAMES) {
      const path = posix.join(dir, name);
      if (this.fs.exists(path)) return path;
    }
    return undefined;
  }

  private declaredBinaries(dir: string, manifest: ParsedManifest, workspaceRoot: string | undefined): ReadonlySet<string> {
    const cached = this.binaries.get(dir);
    if (cached) return cached;
    const found = new Set<string>();
    // Only folders whose node_modules exists: in a tree that is not installed (a CI checkout,
    // the CLI on a fresh clone) that saves one failed read per dependency.
    const bases = [dir, workspaceRoot].filter((base): base is string => base !== undefined && this.fs.isDirectory(posix.join(base, 'node_modules')));
    for (const dependency of manifest.dependencies.keys()) {
      for (const base of bases) {
        const text = this.fs.readText(posix.join(base, 'node_modules', dependency, 'package.json'));
        if (text === undefined) continue;
        try {
          const bin = (JSON.parse(text) as { bin?: unknown }).bin;
          if (typeof bin === 'string') found.add(dependency.split('/').pop()!);
          else if (typeof bin === 'object' && bin !== null) for (const name of Object.keys(bin)) found.add(name);
        } catch {
          // A broken manifest in node_modules tells us nothing; the dependency name still counts below.
        }
        break;
      }
    }
    this.binaries.set(dir, found);
    return found;
  }

  pathAliasesFor(filePath: string): readonly string[] {
    const dir = posix.dirname(normalizePath(filePath));
    const cached = this.aliases.get(dir);
    if (cached) return cached;
    const aliases = new Set<string>();
    let foundProjectConfig = false;
    for (const candidate of this.ancestors(dir)) {
      if (!foundProjectConfig) {
        const configPath = ['tsconfig.json', 'jsconfig.json'].map((name) => posix.join(candidate, name)).find((path) => this.fs.exists(path));
        if (configPath) {
          for (const alias of this.readAliases(configPath, 0)) aliases.add(alias);
          foundProjectConfig = true;
        }
      }
      // A tsconfig.base.json above the file counts even when no project config extends it: an
      // Nx app may have no tsconfig.json of its own (or one that does not extend the base), yet
      // the aliases of the workspace's shared base config are meant for every project under it.
      const baseConfigPath = posix.join(candidate, SHARED_BASE_CONFIG);
      if (this.fs.exists(baseConfigPath)) for (const alias of this.readAliases(baseConfigPath, 0)) aliases.add(alias);
    }
    const result = [...aliases];
    this.aliases.set(dir, result);
    return result;
  }

  private readAliases(configPath: string, depth: number): string[] {
    const text = this.fs.readText(configPath);
    if (text === undefined || depth > 4) return [];
    // TypeScript's reader of tsconfig's JSON-with-comments; by now a rule is running, so TypeScript is loaded.
    const parsed = typescriptCompiler().parseConfigFileTextToJson(configPath, text);
    const config = (parsed.config ?? {}) as { extends?: unknown; references?: unknown; compilerOptions?: { paths?: Record<string, unknown>; baseUrl?: unknown } };
    const aliases: string[] = [];
    const paths = config.compilerOptions?.paths;
    if (paths && typeof paths === 'object') aliases.push(...Object.keys(paths));
    const baseUrl = config.compilerOptions?.baseUrl;
    if (typeof baseUrl === 'string') {
      // With baseUrl, `import x from 'services/db'` resolves to <baseUrl>/services/db.
      const baseDir = posix.join(posix.dirname(configPath), baseUrl);
      for (const entry of this.fs.listDir(baseDir)) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        aliases.push(entry.replace(/\.[cm]?[jt]sx?$/, ''), `${entry}/*`);
      }
    }
    const extendsValue = config.extends;
    for (const parent of Array.isArray(extendsValue) ? extendsValue : [extendsValue]) {
      if (typeof parent === 'string' && parent.startsWith('.')) {
        const parentPath = posix.join(posix.dirname(configPath), parent.endsWith('.json') ? parent : `${parent}.json`);
        aliases.push(...this.readAliases(parentPath, depth + 1));
      }
    }
    // A solution-style tsconfig.json (Vite, Angular) keeps `paths` in the configs it references
    // (tsconfig.app.json…); their aliases apply to the sources those configs cover.
    if (Array.isArray(config.references)) {
      for (const reference of config.references as unknown[]) {
        const referencePath = typeof reference === 'object' && reference !== null ? (reference as { path?: unknown }).path : undefined;
        if (typeof referencePath !== 'string') continue;
        const resolved = posix.join(posix.dirname(configPath), referencePath);
        const referencedConfig = resolved.endsWith('.json') ? resolved : posix.join(resolved, 'tsconfig.json');
        if (referencedConfig !== configPath) aliases.push(...this.readAliases(referencedConfig, depth + 1));
      }
    }
    return aliases;
  }

  private gitignoreAt(dir: string): Ignore | null {
    if (!this.gitignores.has(dir)) {
      const text = this.fs.readText(posix.join(dir, '.gitignore'));
      this.gitignores.set(dir, text === undefined ? null : ignore().add(text));
    }
    return this.gitignores.get(dir) ?? null;
  }

  isGitIgnored(absPath: string): boolean {
    const path = normalizePath(absPath);
    if (path.split('/').includes('node_modules')) return true;
    // Check each .gitignore from the git root down to the file's directory.
    let dir = posix.dirname(path);
    const dirs: string[] = [];
    while (dir.startsWith(this.gitRoot)) {
      dirs.push(dir);
      if (dir === this.gitRoot) break;
      const parent = posix.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const candidate of dirs.reverse()) {
      const rules = this.gitignoreAt(candidate);
      if (!rules) continue;
      const relative = posix.relative(candidate, path);
      if (relative && !relative.startsWith('..') && rules.ignores(relative)) return true;
    }
    return false;
  }
}
