import { promises as fsp, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import picomatch from 'picomatch';
import ignore, { type Ignore } from 'ignore';
import type { AnalysisResult, AnalyzeOptions } from '../engine/analyze';
import { emptyConfig, parseConfig, type ConfigProblem, type TwelveFactorConfig } from '../engine/config';
import { CONFIG_FILE_NAME, baseName, fileKindOf, isScriptPath, normalizePath, pathBelow } from '../engine/fileKinds';
import { checkInput, DEFAULT_MAX_FILE_BYTES } from '../engine/inputGuards';
import { gitignoreNotes, isGitignorePath } from '../engine/gitignoreCheck';
import { analysisEngine, shutdownFacts } from '../engine/onDemand';
import { RULE_IDS } from '../engine/ruleIds';
import type { SeveritySetting } from '../engine/types';
import { diskFileSystem, type FileSystemView } from './fileSystem';
import { WorkspaceIndex } from './workspaceIndex';

/** Folders never worth walking, whatever .gitignore says. */
const ALWAYS_SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Generated files of a kind we analyse that never hold hand-written config. */
const SKIPPED_FILE_NAMES = new Set(['pnpm-lock.yaml', 'package-lock.json', 'npm-shrinkwrap.json']);

export interface ProjectOptions {
  /** The workspace folder. */
  root: string;
  fs?: FileSystemView;
  /** Severities from the editor settings or `--rule`; they win over .twelve-factor.yml. */
  ruleOverrides?: Record<string, SeveritySetting>;
  /** Extra exclude globs (editor setting), relative to the root. */
  extraIgnore?: readonly string[];
  maxFileBytes?: number;
}

/** posix.relative for the common case of a path below `base`, without its normalisation work (asked for every path the walk sees). */
function relativeWithin(base: string, path: string): string {
  const rest = pathBelow(base, path);
  // `.`/`..` segments and doubled slashes need posix.relative's normalisation.
  return rest === undefined || /(^|\/)\.\.?(\/|$)|\/\/|^\//.test(rest) ? posix.relative(base, path) : rest.replace(/\/$/, '');
}

/**
 * One workspace folder as the CLI and the language server see it: its facts, its
 * `.twelve-factor.yml`, the files to analyse, and analysis with the input guards applied.
 */
export class Project {
  readonly root: string;
  readonly index: WorkspaceIndex;
  config: TwelveFactorConfig = emptyConfig();
  configProblems: ConfigProblem[] = [];
  private readonly fs: FileSystemView;
  private ignoreMatcher: (relativePath: string) => boolean = () => false;

  constructor(private readonly options: ProjectOptions) {
    this.root = normalizePath(options.root).replace(/\/$/, '') || '/';
    this.fs = options.fs ?? diskFileSystem;
    this.index = new WorkspaceIndex(this.root, this.fs);
    this.reloadConfig();
  }

  /** The file system the workspace layer reads project files through. */
  get fileSystem(): FileSystemView {
    return this.fs;
  }

  get configPath(): string {
    return posix.join(this.root, CONFIG_FILE_NAME);
  }

  get maxFileBytes(): number {
    return this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  /** Re-reads .twelve-factor.yml; a broken file keeps the valid parts and records problems. */
  reloadConfig(): void {
    const text = this.fs.readText(this.configPath);
    if (text === undefined) {
      this.config = emptyConfig();
      this.configProblems = [];
    } else {
      const parsed = parseConfig(text, RULE_IDS);
      this.config = parsed.config;
      this.configProblems = parsed.problems;
    }
    const globs = [...this.config.ignore, ...(this.options.extraIgnore ?? [])];
    const matchers = globs.map((glob) => picomatch(glob, { dot: true }));
    this.ignoreMatcher = (relativePath) => matchers.some((matches) => matches(relativePath) || matches(`${relativePath}/`));
  }

  updateOptions(update: Pick<ProjectOptions, 'ruleOverrides' | 'extraIgnore' | 'maxFileBytes'>): void {
    Object.assign(this.options, update);
    this.reloadConfig();
  }

  /** Effective severities: rule defaults < .twelve-factor.yml < editor settings / CLI flags. */
  severities(): Record<string, SeveritySetting> {
    return { ...this.config.rules, ...(this.options.ruleOverrides ?? {}) };
  }

  relativePath(absPath: string): string {
    return relativeWithin(this.root, normalizePath(absPath));
  }

  /** Excluded by .twelve-factor.yml `ignore`, an editor exclude, or a folder we never lint. */
  isExcluded(absPath: string): boolean {
    const relative = this.relativePath(absPath);
    if (relative.startsWith('..')) return true;
    if (relative.split('/').some((segment) => ALWAYS_SKIPPED_DIRECTORIES.has(segment))) return true;
    return this.ignoreMatcher(relative);
  }

  /** Whether a file is one the engine analyses (by name), regardless of excludes. */
  static isAnalysable(path: string): boolean {
    if (SKIPPED_FILE_NAMES.has(baseName(path))) return false;
    // JSON other than package.json is outside the catalog's scope (a blind review counted
    // config/*.json findings as false positives). A .gitignore is checked for lines git reads
    // differently from how they look.
    return fileKindOf(path) !== 'other' || isGitignorePath(path);
  }

  /**
   * Every analysable file under the root, honouring .gitignore files (nested ones too),
   * the config's ignore globs and editor excludes. Sorted, absolute paths.
   */
  async listFiles(shouldStop: () => boolean = () => false): Promise<string[]> {
    const found: string[] = [];
    let visited = 0;
    const walk = async (dir: string, gitignores: Array<{ dir: string; rules: Ignore }>): Promise<void> => {
      if (shouldStop()) return;
      // Synchronous reads, yielding to the event loop now and then (the server answers requests
      // meanwhile): a thread-pool round trip per folder left the CLI idle for most of its walk.
      if (++visited % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      const ownIgnore = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? this.fs.readText(posix.join(dir, '.gitignore')) : undefined;
      const activeIgnores = ownIgnore === undefined ? gitignores : [...gitignores, { dir, rules: ignore().add(ownIgnore) }];
      const isIgnored = (path: string, isDirectory: boolean) =>
        activeIgnores.some(({ dir: base, rules }) => {
          const relative = relativeWithin(base, path);
          return relative !== '' && !relative.startsWith('..') && rules.ignores(isDirectory ? `${relative}/` : relative);
        });
      const subdirectories: string[] = [];
      for (const entry of entries) {
        const path = posix.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name) || isIgnored(path, true) || this.isExcluded(path)) continue;
          subdirectories.push(path);
        } else if (entry.isFile() && Project.isAnalysable(path) && !isIgnored(path, false) && !this.isExcluded(path)) {
          found.push(path);
        }
      }
      for (const subdirectory of subdirectories) await walk(subdirectory, activeIgnores);
    };
    await walk(this.root, this.inheritedGitignores());
    return found.sort();
  }

  /** .gitignore files between the git root and the workspace root also apply inside it. */
  private inheritedGitignores(): Array<{ dir: string; rules: Ignore }> {
    const inherited: Array<{ dir: string; rules: Ignore }> = [];
    let dir = posix.dirname(this.root);
    while (this.index.gitRoot !== this.root && dir.startsWith(this.index.gitRoot)) {
      const text = this.fs.readText(posix.join(dir, '.gitignore'));
      const rules = text === undefined ? undefined : ignore().add(text);
      // A folder the user asked for explicitly is linted even when a parent .gitignore ignores it whole.
      if (rules && !rules.ignores(`${posix.relative(dir, this.root)}/`)) inherited.unshift({ dir, rules });
      if (dir === this.index.gitRoot) break;
      dir = posix.dirname(dir);
    }
    return inherited;
  }

  /**
   * Facts that need more than one file: which packages handle SIGTERM and which package
   * names exist. Files are read once here; only those mentioning a shutdown keyword are parsed.
   */
  async primeFacts(
    files: readonly string[],
    readText: (path: string) => Promise<string | undefined> = (path) => fsp.readFile(path, 'utf8').catch(() => undefined),
    /** Whether a script's text handles SIGTERM; the CLI answers from its cache when it can. */
    judgeShutdown: (path: string, text: string) => boolean = (path, text) => shutdownFacts().handlesShutdown(path, text),
    /** The answer for a script known unchanged since it was judged (the CLI's cache), which is then not read; undefined: read it. */
    knownShutdown: (path: string) => boolean | undefined = () => undefined,
  ): Promise<void> {
    for (const file of files) {
      if (baseName(file) === 'package.json') this.index.addKnownManifest(file);
      else if (isScriptPath(file)) {
        const known = knownShutdown(file);
        if (known !== undefined) {
          this.index.setHandlesShutdown(file, known);
          continue;
        }
        const text = await readText(file);
        if (text !== undefined && checkInput(file, text, this.maxFileBytes).skip === false) this.index.setHandlesShutdown(file, judgeShutdown(file, text));
      }
    }
  }

  /** Tells the facts a file changed (on disk or in the editor) so dependent findings are recomputed. */
  fileChanged(path: string, text?: string): void {
    const normalised = normalizePath(path);
    this.index.invalidate(normalised);
    if (baseName(normalised) === CONFIG_FILE_NAME && posix.dirname(normalised) === this.root) this.reloadConfig();
    if (baseName(normalised) === 'package.json') this.index.addKnownManifest(normalised);
    if (text !== undefined && isScriptPath(normalised)) this.index.setHandlesShutdown(normalised, shutdownFacts().handlesShutdown(normalised, text));
  }

  /** Analyses one file's text with the guards (size, binary, minified) and this folder's severities. */
  async analyze(path: string, text: string, tree: Pick<AnalyzeOptions, 'previousSourceFile' | 'keepSyntaxTree'> = {}): Promise<AnalysisResult> {
    const normalised = normalizePath(path);
    if (isGitignorePath(normalised)) {
      // NUL bytes are one of the problems the check locates, so only the size limit skips a .gitignore.
      const sizeGuard = checkInput(normalised, text, this.maxFileBytes);
      if (sizeGuard.skip && text.length > this.maxFileBytes) return { findings: [], notes: [{ file: normalised, kind: 'skipped', message: sizeGuard.message }] };
      return { findings: [], notes: gitignoreNotes(normalised, text) };
    }
    const guard = checkInput(normalised, text, this.maxFileBytes);
    if (guard.skip) return { findings: [], notes: [{ file: normalised, kind: 'skipped', message: guard.message }] };
    return analysisEngine().analyzeFile(normalised, text, this.index, { ...tree, severities: this.severities() });
  }
}
