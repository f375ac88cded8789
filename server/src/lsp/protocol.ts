// Names shared by the language server and the VS Code client. Plain constants only: the
// client imports this file, and must not pull the engine into its bundle.

/** `Diagnostic.source`, and the prefix of every id the extension contributes. */
export const DIAGNOSTIC_SOURCE = 'twelve-factor';

/** Where rule documentation lives online; `<id>` is the rule id (`port-binding/hardcoded-port`). */
export const RULE_DOCS_BASE_URL = 'https://github.com/twelve-factor-guide/twelve-factor-guide/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}

/** The bundled copy of a rule's page, relative to the extension root. */
export function ruleDocsRelativePath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** The environment variable through which the client names a folder for the server's V8 code cache (serverMain.ts). */
export const CODE_CACHE_DIR_VARIABLE = 'TWELVE_FACTOR_CODE_CACHE_DIR';

/** The kind of the fix-all source action: `"editor.codeActionsOnSave": { "source.fixAll.twelveFactor": "explicit" }`. */
export const FIX_ALL_KIND = 'source.fixAll.twelveFactor';

/** VS Code commands the client contributes (package.json `contributes.commands`). */
export const ClientCommands = {
  scanWorkspace: 'twelveFactor.scanWorkspace',
  fixAll: 'twelveFactor.fixAll',
  showRuleDocs: 'twelveFactor.showRuleDocs',
  restartServer: 'twelveFactor.restartServer',
} as const;

/**
 * Commands the server executes (workspace/executeCommand). Distinct from the client's ids:
 * the language client registers these under their own names.
 */
export const ServerCommands = {
  /** Arguments: none. Re-lists and re-analyses every workspace folder. */
  scanWorkspace: 'twelveFactor.server.scanWorkspace',
  /** Arguments: [uri: string, version?: number]. Applies the safe fixes of one document. */
  fixAll: 'twelveFactor.server.fixAll',
  /**
   * Arguments: [SensitiveFixArguments]. Applies a fix that carries a secret value (keep it in
   * the git-ignored .env): the value never travels over LSP, so the code action names the
   * finding and the server recomputes the fix, writes the value to disk itself and sends
   * only the value-free edits through workspace/applyEdit.
   */
  applySensitiveFix: 'twelveFactor.server.applySensitiveFix',
} as const;

/** What identifies a value-carrying fix: the finding it belongs to, never the value. */
export interface SensitiveFixArguments {
  uri: string;
  /** The document version the action was computed for; null for a file not open in the editor. */
  version: number | null;
  /** The finding's range and rule. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  ruleId: string;
  /** Index of the fix among the finding's fixes. */
  fixIndex: number;
}

/** `Diagnostic.data`: what code actions need to find the finding again. */
export interface TwelveFactorDiagnosticData {
  ruleId: string;
  /** 1–12, or 0 for problems in .twelve-factor.yml. */
  factor: number;
  /** Document version (or disk generation) the diagnostic was computed for. */
  version: number | null;
  /** How many fixes the engine offered; 0 means only disable/doc actions exist. */
  fixCount: number;
}

/** Settings under `twelveFactor.*`, as the server reads them per workspace folder. */
export interface TwelveFactorSettings {
  enable: boolean;
  /** Rule id → severity; 'default' (or absent) keeps .twelve-factor.yml / the rule's default. */
  rules: Record<string, string>;
  /** Globs relative to the workspace folder, excluded from analysis. */
  exclude: string[];
  scanOnStartup: boolean;
  /** Files larger than this many bytes are skipped with a note. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: TwelveFactorSettings = {
  enable: true,
  rules: {},
  exclude: [],
  scanOnStartup: true,
  maxFileSize: 1_000_000,
};
