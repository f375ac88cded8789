// Plain data shared by the engine, the CLI and the language server.
// Positions are 0-based lines and UTF-16 characters, exactly as in LSP, so the server can
// hand them over without conversion.
import type * as ts from 'typescript';
import type { Document as YamlDocument } from 'yaml';
import type { ProviderTokenMatch } from './secrets/providerTokens';
import type { KeywordIndex } from './keywordIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits to one file. A fix may touch the analysed file and others (.env.example, .gitignore, package.json). */
export interface FileChange {
  /** Absolute path of the file to change. */
  path: string;
  edits: TextEdit[];
  /** The file does not exist yet: create it, then apply the edits (which start at 0:0). */
  createFile?: boolean;
  /**
   * The edits contain a secret value (the `.env` line of "keep the value in .env"). Such a
   * change must never be sent to a client or logged: the language server writes it to disk
   * itself when the user picks the fix, and every other consumer leaves it out.
   */
  sensitive?: true;
}

export interface Fix {
  title: string;
  /** The fix an editor should offer first. */
  isPreferred: boolean;
  /**
   * Safe to apply without looking (fix-all / fix on save). Moving a secret is never safe:
   * the user must decide where the value goes.
   */
  safe: boolean;
  changes: FileChange[];
}

export type FactorNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export interface Finding {
  /** Absolute path of the file the finding is in. */
  file: string;
  ruleId: string;
  /** 1–12; 0 for findings about the tool's own configuration. */
  factor: FactorNumber | 0;
  severity: Severity;
  range: Range;
  message: string;
  fixes: Fix[];
}

/** Something the user should know about a file that is not a rule finding (skipped, unparsable…). */
export interface Note {
  file: string;
  message: string;
  /** `gitignore`: a .gitignore line git reads differently from what it seems to say (see gitignoreCheck.ts). */
  kind: 'skipped' | 'parse-error' | 'read-error' | 'config' | 'gitignore';
  /** Where in the file, when the note is about a place (a JSON or YAML syntax error, a .gitignore line). */
  range?: Range;
}

export type FileKind = 'script' | 'yaml' | 'packageJson' | 'envFile' | 'config' | 'other';

export interface FileInfo {
  /** Absolute, normalised with forward slashes. */
  path: string;
  kind: FileKind;
  /** Under test/, __tests__/, fixtures/ or named *.test.* / *.spec.*. */
  isTest: boolean;
}

export interface RuleMeta {
  id: string;
  factor: FactorNumber;
  /** A short imperative title, used in docs tables and SARIF. */
  title: string;
  /** One or two sentences: what the rule flags and why it matters for the factor. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
}

/** What a rule hands to `report`. */
export interface Report {
  range: Range;
  message: string;
  fixes?: Fix[];
  /** Caps the configured severity (e.g. secrets in test files are information at most). */
  maxSeverity?: Severity;
}

export interface RuleContextBase {
  file: FileInfo;
  text: string;
  facts: WorkspaceFacts;
  /**
   * Provider-format tokens secretlint found in this file's text (offsets), computed once
   * per file before the walk; empty when no rule asked for them.
   */
  providerTokens: readonly ProviderTokenMatch[];
  report(report: Report): void;
}

export type ScriptVisitor = {
  [kind: number]: ((node: ts.Node) => void) | undefined;
} & {
  /** Called after the walk, for rules that decide once the whole file is known. */
  onEnd?: () => void;
};

/** What a rule's `scriptMayReport` can look at: the text and what can be read from it without parsing. */
export interface PrefilterContext {
  file: FileInfo;
  text: string;
  facts: WorkspaceFacts;
  keywords: KeywordIndex;
  /** Every static module specifier, as written, found without parsing (a superset); undefined when the text cannot be read that way. */
  moduleSpecifiers(): readonly string[] | undefined;
}

export interface ScriptContext extends RuleContextBase {
  sourceFile: ts.SourceFile;
  /** Local names bound to modules by top-level imports/requires. */
  bindings: ModuleBindings;
  /** Exact "does the text contain …" answers, cheaper than `text.includes` for many keywords. */
  keywords: KeywordIndex;
  /** The node's range from its first token (no leading trivia) to its end. */
  rangeOf(node: ts.Node): Range;
  /**
   * The editor position of an offset. Use this, never `sourceFile.getLineAndCharacterOfPosition`:
   * TypeScript's line map also breaks lines at U+2028/U+2029, editors do not.
   */
  positionAt(offset: number): Position;
}

export interface YamlContext extends RuleContextBase {
  documents: YamlDocument.Parsed[];
  rangeOfOffsets(start: number, end: number): Range;
}

export interface PackageJsonContext extends RuleContextBase {
  json: ts.JsonSourceFile;
  /** The manifest's top-level object, if the file is an object. */
  root: ts.ObjectLiteralExpression | undefined;
  rangeOf(node: ts.Node): Range;
}

export type FileContext = RuleContextBase;

export interface Rule {
  meta: RuleMeta;
  /**
   * Cheap prefilter: the rule can only fire on a script file whose text contains one of
   * these substrings. Omit to always run.
   */
  scriptKeywords?: readonly string[];
  /**
   * A finer prefilter, run after the keywords pass: false when the rule cannot report on this
   * script whatever its syntax tree says — so a file no rule may report on is never parsed.
   * It must never answer false where the rule would report; a test holds every rule's answer
   * to that on every script of the examples and the corpora. Omit to always run.
   */
  scriptMayReport?(ctx: PrefilterContext): boolean;
  /**
   * Set when `scriptMayReport` costs about what the rule's own walk does: it is then asked only
   * when its answer can spare the parse, not when another rule has the file parsed anyway.
   */
  costlyPrefilter?: boolean;
  /** The rule reads `ctx.providerTokens`: the engine runs the secretlint scan before the walk. */
  needsProviderTokens?: boolean;
  script?(ctx: ScriptContext): ScriptVisitor;
  yaml?(ctx: YamlContext): void;
  packageJson?(ctx: PackageJsonContext): void;
  /** Whole-file check for files of any kind (e.g. committed .env files). */
  file?(ctx: FileContext): void;
}

export interface ModuleBinding {
  /** The module specifier, e.g. 'child_process' (a 'node:' prefix is removed). */
  module: string;
  /** 'default', '*' (namespace / whole require) or the imported export's name. */
  imported: string;
}

export type ModuleBindings = ReadonlyMap<string, ModuleBinding>;

export type DependencySection = 'dependencies' | 'devDependencies' | 'peerDependencies' | 'optionalDependencies';

export interface PackageInfo {
  /** Absolute directory holding package.json. */
  dir: string;
  manifestPath: string;
  name: string | undefined;
  /** Every declared dependency, all sections. */
  dependencies: ReadonlyMap<string, { section: DependencySection; range: string }>;
  scripts: Readonly<Record<string, string>>;
  /** Lockfile beside it or in the workspace root above it. */
  lockfile: string | undefined;
  /** The directory of the npm/yarn/pnpm workspace root containing this package, if any. */
  workspaceRoot: string | undefined;
  /** Executables shipped by declared packages, when node_modules tells us. */
  declaredBinaries: ReadonlySet<string>;
  /** Some source file in the package handles SIGTERM (or uses a graceful-shutdown library). */
  handlesSigterm: boolean;
  /** The manifest could not be parsed. */
  malformed: boolean;
}

/**
 * Everything a rule may know beyond its own file. Computed once by the workspace layer
 * (from disk, or from memory in tests) and kept incrementally; rules never touch the disk.
 */
export interface WorkspaceFacts {
  /** Absolute workspace root. */
  root: string;
  /** The nearest package.json at or above the file's directory. */
  packageFor(filePath: string): PackageInfo | undefined;
  /** Names of packages defined in this workspace (monorepo siblings). */
  workspacePackageNames: ReadonlySet<string>;
  /** tsconfig `paths` patterns (e.g. '@/*', '~lib') that apply to the file. */
  pathAliasesFor(filePath: string): readonly string[];
  /** True when git would ignore the path (per .gitignore files in the workspace). */
  isGitIgnored(absPath: string): boolean;
  /** Text of a small project file the workspace layer keeps (package.json, .gitignore, .env.example…); undefined if absent. */
  textOf(absPath: string): string | undefined;
  /** Directory of the git repository root (where .gitignore fixes go), or the workspace root. */
  gitRoot: string;
}
