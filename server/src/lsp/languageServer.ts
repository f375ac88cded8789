// The LSP wiring: documents, pull diagnostics (document + workspace), code actions, the
// workspace scan with progress, settings and file watching. Mapping lives in
// diagnostics.ts / codeActions.ts / settings.ts; analysis in the engine via Project.
import type ts = require('typescript');
import { promises as fsp } from 'node:fs';
import { posix } from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDiagnosticReport,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../engine/analyze';
import { CONFIG_FILE_NAME, baseName, describeFile, fileKindOf, isScriptPath } from '../engine/fileKinds';
import { LOCKFILE_NAMES, WorkspaceIndex } from '../workspace/workspaceIndex';
import { isGitignorePath } from '../engine/gitignoreCheck';
import type { FileChange, Fix } from '../engine/types';
import { hasSensitiveChange, parseSensitiveFixArguments, sensitiveFileText, splitSensitiveFix } from './sensitiveFix';
import { Project } from '../workspace/project';
import { diskFileSystem, type FileSystemView } from '../workspace/fileSystem';
import { analysisToDiagnostics, isTwelveFactorDiagnostic } from './diagnostics';
import {
  canApply,
  fileChangesToWorkspaceEdit,
  sameRange,
  findingForDiagnostic,
  fixAllAction,
  fixToCodeAction,
  selectFixAllFixes,
  showDocumentationAction,
  suppressionActions,
  type EditTarget,
} from './codeActions';
import { readSettings, ruleOverridesFrom } from './settings';
import { PullScheduler, cancellableDelay } from './pullScheduler';
import { WorkspaceDiagnosticsStore } from './workspaceDiagnostics';
import { DEFAULT_SETTINGS, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, ServerCommands, type SensitiveFixArguments, type TwelveFactorSettings } from './protocol';
import { isFileUri, pathToUri, uriToPath } from './uris';
import { collectGarbage } from './memory';

export interface LanguageServerOptions {
  /** Quiet period before analysing a document the user is typing into faster than we analyse. */
  debounceMs?: number;
}

interface FolderState {
  uri: string;
  root: string;
  project: Project;
  settings: TwelveFactorSettings;
  /** Files found by the last listing; undefined until the folder was scanned. */
  files: Set<string> | undefined;
  /** Bumped by every scan request: a running scan of this folder stops when it is superseded. */
  scanRequest: number;
}

interface CachedAnalysis {
  version: number | null;
  text: string;
  generation: number;
  result: AnalysisResult;
}

/** Facts files whose change on disk re-evaluates the files of their package (or folder). */
const PACKAGE_FACT_FILES = new Set(['package.json', 'tsconfig.json', 'jsconfig.json', ...LOCKFILE_NAMES]);
const FOLDER_FACT_FILES = new Set(['.gitignore', CONFIG_FILE_NAME, 'pnpm-workspace.yaml', 'lerna.json']);
const WATCHED_GLOBS = [
  '**/{package.json,tsconfig.json,jsconfig.json,pnpm-workspace.yaml,lerna.json,.gitignore,.twelve-factor.yml}',
  `**/{${LOCKFILE_NAMES.join(',')}}`,
  '**/.env*',
  '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,yml,yaml}',
];
/** How long a workspace/diagnostic request is held open when there is nothing new (long poll). */
const WORKSPACE_POLL_HOLD_MS = 60_000;
/** Files analysed between yields to the event loop during a scan, so edits stay responsive. */
const SCAN_YIELD_EVERY = 8;
/** Files analysed between full garbage collections during a scan (keeps RSS flat on big workspaces). */
const SCAN_COLLECT_EVERY = 2000;

function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** A file's text exactly as on disk (BOM included, as the workspace facts read it); undefined when missing. */
async function readRawText(path: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class TwelveFactorLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  /** Open documents by engine path → their URI as the client spelled it. */
  private readonly openPaths = new Map<string, string>();
  private readonly folders = new Map<string, FolderState>();
  /** Projects for files outside every workspace folder (a single file opened on its own). */
  private readonly looseFolders = new Map<string, FolderState>();
  private readonly store = new WorkspaceDiagnosticsStore();
  private readonly scheduler: PullScheduler;
  private readonly analysisCache = new Map<string, CachedAnalysis>();
  /** The last syntax tree of each open script document, for incremental reparsing. */
  private readonly syntaxTrees = new Map<string, ts.SourceFile>();
  /** Bumped whenever facts or settings change: cached analyses and fixes become stale. */
  private generation = 0;
  private clientCapabilities: ClientCapabilities = {};
  private readonly overlay: FileSystemView;
  private readonly pendingReanalysis = new Set<string>();
  private scanQueue: Promise<void> = Promise.resolve();
  private scanning = false;
  private refreshTimer: NodeJS.Timeout | undefined;
  private shuttingDown = false;

  constructor(
    private readonly connection: Connection,
    options: LanguageServerOptions = {},
  ) {
    this.scheduler = new PullScheduler(options.debounceMs ?? 200);
    const openText = (path: string): string | undefined => {
      const uri = this.openPaths.get(path);
      return uri === undefined ? undefined : this.documents.get(uri)?.getText();
    };
    // The engine reads project files (package.json, .env.example…) through this view: an
    // unsaved editor buffer wins over the disk, so fixes and facts match what the user sees.
    this.overlay = {
      readText: (path) => openText(path) ?? diskFileSystem.readText(path),
      exists: (path) => this.openPaths.has(path) || diskFileSystem.exists(path),
      listDir: (path) => diskFileSystem.listDir(path),
      isDirectory: (path) => diskFileSystem.isDirectory(path),
    };
    this.registerHandlers();
  }

  listen(): void {
    this.documents.listen(this.connection);
    this.connection.listen();
  }

  // --- Lifecycle ------------------------------------------------------------------------

  private registerHandlers(): void {
    const connection = this.connection;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.guard('initialized', undefined, () => this.afterInitialized()));
    connection.onShutdown(() => {
      this.shuttingDown = true;
      this.store.poke();
    });
    connection.onDidChangeConfiguration(() => void this.guard('didChangeConfiguration', undefined, () => this.reloadAllSettings()));
    connection.onDidChangeWatchedFiles((params) => void this.guard('didChangeWatchedFiles', undefined, () => this.watchedFilesChanged(params.changes)));

    this.documents.onDidOpen((event) => this.safely('didOpen', () => this.documentOpened(event.document)));
    this.documents.onDidChangeContent((event) => this.safely('didChange', () => this.documentChanged(event.document)));
    this.documents.onDidClose((event) => void this.guard('didClose', undefined, () => this.documentClosed(event.document)));

    connection.languages.diagnostics.on((params, token) => this.guardRequest('textDocument/diagnostic', () => this.documentDiagnostics(params.textDocument.uri, token)));
    connection.languages.diagnostics.onWorkspace((params, token, _workDone, resultProgress) =>
      this.guardRequest('workspace/diagnostic', () => this.workspaceDiagnostics(params.previousResultIds, token, resultProgress)),
    );
    connection.onCodeAction((params, token) => this.guard('textDocument/codeAction', [], () => this.codeActions(params, token)));
    connection.onExecuteCommand((params) => this.guard('workspace/executeCommand', null, () => this.executeCommand(params.command, params.arguments ?? [])));
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.clientCapabilities = params.capabilities;
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: baseName(uriToPath(params.rootUri)) }] : []);
    for (const folder of folders) this.addFolder(folder, DEFAULT_SETTINGS);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: true, workspaceDiagnostics: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [ServerCommands.scanWorkspace, ServerCommands.fixAll, ServerCommands.applySensitiveFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'twelve-factor-language-server', version: '0.1.0' },
    };
  }

  private async afterInitialized(): Promise<void> {
    if (this.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (this.clientCapabilities.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((event) =>
        void this.guard('didChangeWorkspaceFolders', undefined, async () => {
          for (const removed of event.removed) this.removeFolder(removed.uri);
          for (const added of event.added) this.addFolder(added, DEFAULT_SETTINGS);
          await this.reloadAllSettings();
        }),
      );
    }
    await this.reloadAllSettings({ startup: true });
  }

  // --- Folders and settings -------------------------------------------------------------

  private addFolder(folder: WorkspaceFolder, settings: TwelveFactorSettings): FolderState | undefined {
    if (!isFileUri(folder.uri)) return undefined;
    const root = uriToPath(folder.uri).replace(/\/$/, '') || '/';
    const state: FolderState = { uri: folder.uri, root, settings, files: undefined, scanRequest: 0, project: new Project({ root, fs: this.overlay, maxFileBytes: settings.maxFileSize }) };
    this.folders.set(root, state);
    return state;
  }

  private removeFolder(uri: string): void {
    const root = uriToPath(uri).replace(/\/$/, '') || '/';
    const state = this.folders.get(root);
    if (!state) return;
    this.folders.delete(root);
    for (const path of this.store.paths()) if (path.startsWith(`${root}/`)) this.store.clear(path);
  }

  /** The folder a file belongs to: the innermost workspace folder containing it. */
  private folderFor(path: string): FolderState {
    let best: FolderState | undefined;
    for (const folder of this.folders.values()) {
      if ((path.startsWith(`${folder.root}/`) || folder.root === '/') && (!best || folder.root.length > best.root.length)) best = folder;
    }
    if (best) return best;
    // A file outside every folder is analysed with its own directory as the root.
    const root = posix.dirname(path);
    let loose = this.looseFolders.get(root);
    if (!loose) {
      loose = { uri: pathToUri(root), root, settings: DEFAULT_SETTINGS, files: undefined, scanRequest: 0, project: new Project({ root, fs: this.overlay }) };
      this.looseFolders.set(root, loose);
    }
    return loose;
  }

  private async fetchSettings(folder: FolderState): Promise<TwelveFactorSettings> {
    if (!this.clientCapabilities.workspace?.configuration) return DEFAULT_SETTINGS;
    const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'twelveFactor' });
    return readSettings(raw);
  }

  private async reloadAllSettings(options: { startup?: boolean } = {}): Promise<void> {
    const rescan: FolderState[] = [];
    for (const folder of this.folders.values()) {
      const previous = folder.settings;
      folder.settings = await this.fetchSettings(folder);
      const { overrides, problems } = ruleOverridesFrom(folder.settings);
      for (const problem of problems) this.connection.console.warn(problem);
      folder.project.updateOptions({ ruleOverrides: overrides, extraIgnore: folder.settings.exclude, maxFileBytes: folder.settings.maxFileSize });
      if (!folder.settings.enable) {
        this.clearFolder(folder);
        continue;
      }
      const shouldScan = options.startup ? folder.settings.scanOnStartup : folder.files !== undefined || (folder.settings.scanOnStartup && !previous.scanOnStartup);
      if (shouldScan) rescan.push(folder);
    }
    this.generation++;
    this.analysisCache.clear();
    if (!options.startup) this.requestRefresh();
    this.scheduleScan(rescan);
  }

  private clearFolder(folder: FolderState): void {
    folder.files = undefined;
    folder.scanRequest++;
    for (const path of this.store.paths()) if (path.startsWith(`${folder.root}/`)) this.store.clear(path);
  }

  // --- Documents ------------------------------------------------------------------------

  private documentOpened(document: TextDocument): void {
    const path = uriToPath(document.uri);
    this.openPaths.set(path, document.uri);
    this.factsMayHaveChanged(path, document.getText());
  }

  private documentChanged(document: TextDocument): void {
    // Unsaved edits to package.json & co. refresh the open documents only; closed files
    // are re-evaluated when the file is saved (the watcher reports it).
    this.factsMayHaveChanged(uriToPath(document.uri), document.getText());
  }

  private async documentClosed(document: TextDocument): Promise<void> {
    const path = uriToPath(document.uri);
    this.openPaths.delete(path);
    this.analysisCache.delete(path);
    // Never keep the syntax tree of a closed file.
    this.syntaxTrees.delete(path);
    this.scheduler.forget(document.uri);
    if (!isFileUri(document.uri)) return;
    // The editor buffer no longer overrides the disk: facts and the workspace report go back to the saved file.
    const diskText = await this.readDisk(path);
    this.factsMayHaveChanged(path, diskText);
    const folder = this.folderFor(path);
    if (folder.files !== undefined && diskText !== undefined && this.belongsToScan(folder, path)) {
      folder.files.add(path);
      await this.analyzeForStore(folder, path, diskText);
    }
    this.store.poke();
  }

  /**
   * An open or closed file's text changed. Project files (package.json, .gitignore…) change
   * facts for others; a script starting or stopping to handle SIGTERM changes its package.
   */
  private factsMayHaveChanged(path: string, text: string | undefined): void {
    const folder = this.folderFor(path);
    const name = baseName(path);
    const before = isScriptPath(path) ? folder.project.index.packageFor(path)?.handlesSigterm : undefined;
    folder.project.fileChanged(path, text);
    const after = isScriptPath(path) ? folder.project.index.packageFor(path)?.handlesSigterm : undefined;
    const sigtermFlipped = before !== after;
    if (PACKAGE_FACT_FILES.has(name) || FOLDER_FACT_FILES.has(name) || name === '.env.example' || sigtermFlipped) {
      this.generation++;
      this.requestRefresh();
    }
    // Whether a server in this package needs a SIGTERM handler depends on every file of the package.
    if (sigtermFlipped) {
      const pkg = folder.project.index.packageFor(path);
      this.scheduleReanalysis(folder, pkg?.dir ?? folder.root);
    }
  }

  /** A file the workspace scan would list: analysable, not excluded, not git-ignored. */
  private belongsToScan(folder: FolderState, path: string): boolean {
    return Project.isAnalysable(path) && !folder.project.isExcluded(path) && !folder.project.index.isGitIgnored(path);
  }

  private async readDisk(path: string): Promise<string | undefined> {
    try {
      const text = await fsp.readFile(path, 'utf8');
      // VS Code hides a UTF-8 BOM from the document text it syncs; a file read from disk must
      // look the same, or every first-line position of a scanned file is one character off.
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      return undefined;
    }
  }

  private textOf(path: string): { text: string; version: number | null } | undefined {
    const uri = this.openPaths.get(path);
    const document = uri === undefined ? undefined : this.documents.get(uri);
    return document ? { text: document.getText(), version: document.version } : undefined;
  }

  // --- Analysis ---------------------------------------------------------------------------

  private isAnalysed(folder: FolderState, path: string): boolean {
    return folder.settings.enable && !folder.project.isExcluded(path) && (fileKindOf(path) !== 'other' || isGitignorePath(path));
  }

  /** Analysis of a file's current text, cached per version and facts generation (for code actions). */
  private async analysisFor(path: string, text: string, version: number | null): Promise<AnalysisResult> {
    const cached = this.analysisCache.get(path);
    if (cached && cached.generation === this.generation && cached.version === version && cached.text === text) return cached.result;
    const folder = this.folderFor(path);
    if (!this.isAnalysed(folder, path)) return { findings: [], notes: [] };
    const generation = this.generation;
    // Open documents keep their last syntax tree so each keystroke reparses incrementally.
    // Taken out while in use: TypeScript's incremental parser reuses (and so invalidates) it.
    const previousTree = this.syntaxTrees.get(path);
    this.syntaxTrees.delete(path);
    const { sourceFile, ...result } = await folder.project.analyze(path, text, { ...(previousTree ? { previousSourceFile: previousTree } : {}), keepSyntaxTree: this.openPaths.has(path) });
    if (this.openPaths.has(path)) {
      if (sourceFile) this.syntaxTrees.set(path, sourceFile);
      this.analysisCache.set(path, { version, text, generation, result });
    }
    return result;
  }

  private async documentDiagnostics(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    if (!(await this.scheduler.admit(uri, token))) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Superseded by a newer edit.');
    const path = uriToPath(uri);
    const document = this.documents.get(uri);
    const snapshot = document ? { text: document.getText(), version: document.version } : { text: (isFileUri(uri) ? await this.readDisk(path) : undefined) ?? '', version: null };
    const result = await this.analysisFor(path, snapshot.text, snapshot.version);
    if (token.isCancellationRequested) {
      this.scheduler.noteCancelled(uri);
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Superseded by a newer edit.');
    }
    if (document && this.documents.get(uri)?.version !== snapshot.version) {
      // Without data the client reschedules the pull for the newest version.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed during analysis.');
    }
    const items = analysisToDiagnostics(result.findings, result.notes, snapshot.version);
    for (const note of result.notes) if (note.kind === 'parse-error') this.connection.console.log(`${path}: ${note.message}`);
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }

  // --- Workspace scan and workspace diagnostics -------------------------------------------------

  /** Queues a full scan (listing + analysis) of these folders, superseding any scan of them in progress. */
  private scheduleScan(folders: Iterable<FolderState>): void {
    const requests = [...folders].filter((folder) => folder.settings.enable).map((folder) => ({ folder, request: ++folder.scanRequest }));
    if (requests.length === 0) return;
    this.scanQueue = this.scanQueue.then(() => this.guard('workspace scan', undefined, () => this.scanFolders(requests)));
  }

  /** Re-analyses the scanned files under `dir` (a package whose facts changed). */
  private scheduleReanalysis(folder: FolderState, dir: string): void {
    const key = `${folder.root}\0${dir}`;
    if (folder.files === undefined || this.pendingReanalysis.has(key)) return;
    this.pendingReanalysis.add(key);
    const request = folder.scanRequest;
    this.scanQueue = this.scanQueue.then(() =>
      this.guard('re-analysis', undefined, async () => {
        this.pendingReanalysis.delete(key);
        const files = [...(folder.files ?? [])].filter((file) => dir === folder.root || file.startsWith(`${dir}/`));
        for (let i = 0; i < files.length; i++) {
          // A full scan queued since then covers these files.
          if (folder.scanRequest !== request || this.shuttingDown) return;
          const file = files[i]!;
          if (this.openPaths.has(file)) continue;
          const text = await this.readDisk(file);
          if (text !== undefined) await this.analyzeForStore(folder, file, text);
          if (i % SCAN_YIELD_EVERY === 0) await yieldToEventLoop();
        }
      }),
    );
  }

  private async scanFolders(requests: Array<{ folder: FolderState; request: number }>): Promise<void> {
    const current = requests.filter(({ folder, request }) => folder.scanRequest === request && this.folders.get(folder.root) === folder);
    if (current.length === 0 || this.shuttingDown) return;
    const progress = await this.connection.window.createWorkDoneProgress();
    const superseded = () => current.some(({ folder, request }) => folder.scanRequest !== request);
    const stopped = () => superseded() || progress.token.isCancellationRequested || this.shuttingDown;
    this.scanning = true;
    const started = Date.now();
    let analysed = 0;
    try {
      progress.begin('Twelve-Factor: scanning workspace', 0, 'Listing files…', true);
      const listings: Array<{ folder: FolderState; files: string[] }> = [];
      for (const { folder } of current) {
        const files = await folder.project.listFiles(stopped);
        if (stopped()) return;
        try {
          await folder.project.primeFacts(files, async (path) => this.textOf(path)?.text ?? this.readDisk(path));
        } catch (error) {
          // Facts from one bad file must not cost the whole folder its scan: analyse with what we have.
          this.connection.console.warn(`Workspace facts incomplete for ${folder.root}: ${errorMessage(error)}`);
        }
        listings.push({ folder, files });
      }
      const total = listings.reduce((sum, listing) => sum + listing.files.length, 0);
      for (const { folder, files } of listings) {
        const previous = folder.files;
        folder.files = new Set(files);
        // Files that vanished from the listing (deleted, now ignored or excluded) lose their diagnostics.
        for (const path of previous ?? this.store.paths()) if (path.startsWith(`${folder.root}/`) && !folder.files.has(path)) this.store.clear(path);
        for (const file of files) {
          if (stopped()) return;
          if (!this.openPaths.has(file)) {
            const text = await this.readDisk(file);
            if (text !== undefined) await this.analyzeForStore(folder, file, text);
          }
          analysed++;
          if (analysed % SCAN_COLLECT_EVERY === 0) collectGarbage();
          if (analysed % SCAN_YIELD_EVERY === 0) {
            progress.report(Math.floor((analysed / Math.max(total, 1)) * 100), `${analysed}/${total} files`);
            await yieldToEventLoop();
          }
        }
      }
      this.connection.console.log(`Workspace scan: ${analysed} files in ${Date.now() - started} ms, ${this.store.size} findings.`);
    } finally {
      if (stopped() && !this.shuttingDown) this.connection.console.log(`Workspace scan stopped after ${analysed} files.`);
      this.scanning = false;
      collectGarbage();
      progress.done();
      this.store.poke();
    }
  }

  private async analyzeForStore(folder: FolderState, path: string, text: string): Promise<void> {
    if (!this.isAnalysed(folder, path)) {
      this.store.clear(path);
      return;
    }
    let result: AnalysisResult;
    try {
      result = await folder.project.analyze(path, text);
    } catch (error) {
      this.connection.console.error(`Analysis of ${path} failed: ${errorMessage(error)}`);
      return;
    }
    this.store.set(path, pathToUri(path), analysisToDiagnostics(result.findings, result.notes, null));
  }

  private async workspaceDiagnostics(
    previousResultIds: ReadonlyArray<{ uri: string; value: string }>,
    token: CancellationToken,
    resultProgress: { report(data: { items: WorkspaceDiagnosticReport['items'] }): void } | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    const known = new Map(previousResultIds.map((entry) => [uriToPath(entry.uri), entry.value]));
    // Open documents are reported by document pulls, which the client prefers anyway.
    const skip = (path: string) => this.openPaths.has(path);
    let streamed = false;
    for (;;) {
      if (token.isCancellationRequested || this.shuttingDown) return { items: [] };
      const reports = this.store.reportsSince(known, skip);
      if (reports.length > 0) {
        if (!resultProgress) return { items: reports };
        // While a scan runs, results stream in as partial results: Problems fills as we go.
        resultProgress.report({ items: reports });
        streamed = true;
      }
      if (streamed && !this.scanning) return { items: [] };
      if (streamed) {
        // Batch the stream: a partial result per file would flood the client.
        await cancellableDelay(250, token);
        continue;
      }
      // Long poll: hold the request until something changes, so the client does not re-pull in a loop.
      const outcome = await this.store.waitForChange(token, WORKSPACE_POLL_HOLD_MS);
      if (outcome !== 'changed') return { items: [] };
    }
  }

  // --- File watching --------------------------------------------------------------------

  private async watchedFilesChanged(changes: readonly FileEvent[]): Promise<void> {
    const rescan = new Set<FolderState>();
    for (const change of changes) {
      if (!isFileUri(change.uri)) continue;
      const path = uriToPath(change.uri);
      const folder = this.folderFor(path);
      if (!this.folders.has(folder.root)) continue;
      const name = baseName(path);
      // An open document's buffer is the truth; its save changes nothing we do not know.
      if (this.openPaths.has(path)) continue;
      const deleted = change.type === FileChangeType.Deleted;
      const diskText = deleted ? undefined : await this.readDisk(path);
      this.factsMayHaveChanged(path, diskText);
      this.generation++;
      if (FOLDER_FACT_FILES.has(name) || (name === 'package.json' && change.type !== FileChangeType.Changed)) {
        // Ignore rules, excludes, severities or package boundaries changed: list and analyse again.
        rescan.add(folder);
      } else if (PACKAGE_FACT_FILES.has(name)) {
        this.scheduleReanalysis(folder, posix.dirname(path));
      }
      if (folder.files === undefined) continue;
      if (deleted || !this.belongsToScan(folder, path)) {
        folder.files.delete(path);
        this.store.clear(path);
      } else if (diskText !== undefined) {
        folder.files.add(path);
        await this.analyzeForStore(folder, path, diskText);
      }
    }
    this.scheduleScan([...rescan].filter((folder) => folder.files !== undefined || folder.settings.scanOnStartup));
    this.analysisCache.clear();
    this.requestRefresh();
  }

  /** Asks the client to re-pull diagnostics (coalesced: a burst of file events → one refresh). */
  private requestRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.store.poke();
      if (this.clientCapabilities.workspace?.diagnostics?.refreshSupport) {
        this.connection.languages.diagnostics.refresh().catch((error: unknown) => this.connection.console.warn(`Diagnostic refresh failed: ${errorMessage(error)}`));
      }
    }, 50);
  }

  // --- Code actions -------------------------------------------------------------------------

  private editTarget(): EditTarget {
    const workspaceEdit = this.clientCapabilities.workspace?.workspaceEdit;
    return {
      uriFor: (path) => this.openPaths.get(path) ?? pathToUri(path),
      versionFor: (path) => this.textOf(path)?.version ?? null,
      documentChanges: workspaceEdit?.documentChanges === true,
      createFiles: workspaceEdit?.documentChanges === true && (workspaceEdit.resourceOperations ?? []).includes('create'),
      applyEdit: this.clientCapabilities.workspace?.applyEdit === true,
    };
  }

  private async currentAnalysis(uri: string): Promise<{ path: string; text: string; result: AnalysisResult } | undefined> {
    const path = uriToPath(uri);
    const open = this.textOf(path);
    const text = open?.text ?? (isFileUri(uri) ? await this.readDisk(path) : undefined);
    if (text === undefined) return undefined;
    return { path, text, result: await this.analysisFor(path, text, open?.version ?? null) };
  }

  private async codeActions(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
    const ours = params.context.diagnostics.filter(isTwelveFactorDiagnostic);
    const wantsQuickFixes = wants(CodeActionKind.QuickFix) && ours.length > 0;
    // Fix-all only when asked for by kind (save, the source action menu): not in every lightbulb.
    const wantsFixAll = only !== undefined && wants(FIX_ALL_KIND);
    if (!wantsQuickFixes && !wantsFixAll) return [];
    const analysis = await this.currentAnalysis(params.textDocument.uri);
    if (!analysis || token.isCancellationRequested) return [];
    const { path, text, result } = analysis;
    const target = this.editTarget();
    const actions: CodeAction[] = [];

    if (wantsQuickFixes) {
      const kind = describeFile(path, this.folderFor(path).root).kind;
      const fixActions: CodeAction[] = [];
      const otherActions: CodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = findingForDiagnostic(result.findings, diagnostic);
        if (!finding) continue;
        const version = this.textOf(path)?.version ?? null;
        finding.fixes.forEach((fix, fixIndex) => {
          // Only used by a fix carrying a secret value: it names the finding, never the value.
          const sensitive = { uri: params.textDocument.uri, version, range: finding.range, ruleId: finding.ruleId, fixIndex };
          if (canApply(fix, target)) fixActions.push(fixToCodeAction(fix, diagnostic, target, sensitive));
        });
        otherActions.push(...suppressionActions(finding, diagnostic, { path, text, kind, target }));
        const docs = showDocumentationAction(finding.ruleId, diagnostic);
        if (docs) otherActions.push(docs);
      }
      actions.push(...fixActions);
      // Like ESLint's "Fix all auto-fixable problems": offered when it does more than the single fix.
      if (fixActions.length > 0 && selectFixAllFixes(result.findings, target).length > 1) {
        const fixAll = fixAllAction(result.findings, target, CodeActionKind.QuickFix);
        if (fixAll) actions.push(fixAll);
      }
      actions.push(...otherActions);
    }
    if (wantsFixAll) {
      const fixAll = fixAllAction(result.findings, target);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  // --- Commands -----------------------------------------------------------------------------

  private async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    if (command === ServerCommands.scanWorkspace) {
      this.generation++;
      this.analysisCache.clear();
      for (const folder of this.folders.values()) {
        folder.project.index.invalidate();
        folder.project.reloadConfig();
      }
      this.scheduleScan(this.folders.values());
      this.requestRefresh();
      await this.scanQueue;
      return { findings: this.store.size };
    }
    if (command === ServerCommands.fixAll) {
      const uri = typeof args[0] === 'string' ? args[0] : undefined;
      if (!uri) return { applied: false, reason: 'No document given.' };
      const analysis = await this.currentAnalysis(uri);
      const version = typeof args[1] === 'number' ? args[1] : undefined;
      const current = this.documents.get(uri)?.version;
      if (!analysis || (version !== undefined && current !== undefined && version !== current)) return { applied: false, reason: 'The document changed.' };
      const target = this.editTarget();
      const fixes = selectFixAllFixes(analysis.result.findings, target);
      if (fixes.length === 0) return { applied: false, fixes: 0 };
      const edit = fileChangesToWorkspaceEdit(fixes.flatMap((fix) => fix.changes), target);
      const response = await this.connection.workspace.applyEdit({ label: 'Fix all Twelve-Factor problems', edit });
      return { applied: response.applied, fixes: fixes.length };
    }
    if (command === ServerCommands.applySensitiveFix) return this.applySensitiveFix(args[0]);
    throw new ResponseError(-32601, `Unknown command ${command}`);
  }

  /**
   * "Keep the value in the git-ignored .env". The code action carried only the finding's
   * identity; the fix is recomputed from the current document, and the value is written to
   * disk here, never sent in a response, a request or a log line. Order:
   *  1. the other files' edits (.gitignore when .env is not ignored yet, .env.example) go
   *     through workspace/applyEdit, flagged as a refactoring so VS Code saves them
   *     (`files.refactoring.autoSave`, on by default, saves edits spanning several files);
   *  2. .env must then be git-ignored, per the workspace facts and per the .gitignore files
   *     on disk (git reads the disk, not an unsaved buffer) — otherwise nothing is written;
   *  3. the value is appended to .env on disk (created 0600 when missing). An open, unchanged
   *     .env editor reloads it; an unsaved one makes us refuse rather than clobber it;
   *  4. only then the literal becomes process.env.NAME, so a refusal at 2 or 3 never leaves
   *     the user without the value.
   */
  private async applySensitiveFix(rawArguments: unknown): Promise<{ applied: boolean; reason?: string }> {
    const refuse = (reason: string) => {
      this.showMessage(MessageType.Error, `Twelve-Factor: the value was not written to .env. ${reason}`);
      return { applied: false, reason };
    };
    const request = parseSensitiveFixArguments(rawArguments);
    if (!request) return refuse('The quick fix was called without a valid finding.');
    const currentVersion = this.documents.get(request.uri)?.version ?? null;
    if (currentVersion !== request.version) return refuse('The document changed since the quick fix was offered; try it again.');

    const located = await this.locateSensitiveFix(request);
    if (!located) return refuse('The finding changed since the quick fix was offered; try it again.');
    const { path, fix } = located;
    const { sensitive, guards, source } = splitSensitiveFix(fix, path);
    const folder = this.folderFor(path);
    const target = this.editTarget();

    if (guards.length > 0) {
      const applied = await this.connection.workspace.applyEdit({ label: fix.title, edit: fileChangesToWorkspaceEdit(guards, target), metadata: { isRefactoring: true } });
      if (!applied.applied) return refuse('The editor did not apply the changes to .gitignore / .env.example.');
      // The client wrote (or will write) these files: read them back before trusting the facts.
      for (const guard of guards) this.factsMayHaveChanged(guard.path, this.textOf(guard.path)?.text ?? (await this.readDisk(guard.path)));
    }

    const diskFacts = new WorkspaceIndex(folder.root, diskFileSystem);
    for (const change of sensitive) {
      const name = posix.relative(folder.root, change.path) || baseName(change.path);
      if (!folder.project.index.isGitIgnored(change.path)) return refuse(`Git does not ignore ${name}; add it to .gitignore first.`);
      if (!diskFacts.isGitIgnored(change.path)) return refuse(`Git does not ignore ${name} yet: save .gitignore, then apply the quick fix again.`);
    }

    for (const change of sensitive) {
      const written = await this.writeSensitiveChange(change);
      if (written !== 'written') return refuse(written);
    }

    if (source.length > 0) {
      const applied = await this.connection.workspace.applyEdit({ label: fix.title, edit: fileChangesToWorkspaceEdit(source, target) });
      if (!applied.applied) {
        this.showMessage(MessageType.Warning, `Twelve-Factor: the value is in .env, but the editor did not replace the hardcoded value in ${baseName(path)}.`);
        return { applied: false, reason: 'The source edit was not applied.' };
      }
    }
    return { applied: true };
  }

  /** window/showMessage (a notification: nothing to wait for, no answer needed). */
  private showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
  }

  /** The fix a sensitive code action named, recomputed; the analysis is refreshed once if a sensitive file changed on disk since. */
  private async locateSensitiveFix(request: SensitiveFixArguments): Promise<{ path: string; fix: Fix } | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const analysis = await this.currentAnalysis(request.uri);
      const finding = analysis?.result.findings.find((candidate) => candidate.ruleId === request.ruleId && sameRange(candidate.range, request.range));
      const fix = finding?.fixes[request.fixIndex];
      if (!analysis || !fix || !hasSensitiveChange(fix)) return undefined;
      const folder = this.folderFor(analysis.path);
      let stale = false;
      for (const change of fix.changes) {
        if (!change.sensitive || this.openPaths.has(change.path)) continue;
        const disk = await readRawText(change.path);
        if (disk !== folder.project.index.textOf(change.path)) {
          // The facts hold an older .env than the disk (no watcher event yet): recompute against the disk.
          this.factsMayHaveChanged(change.path, disk);
          this.generation++;
          this.analysisCache.delete(analysis.path);
          stale = true;
        }
      }
      if (!stale) return { path: analysis.path, fix };
    }
    return undefined;
  }

  /** Applies a sensitive change on disk. Returns 'written', or why it refused (without the value). */
  private async writeSensitiveChange(change: FileChange): Promise<'written' | string> {
    const name = baseName(change.path);
    const open = this.textOf(change.path);
    const raw = await readRawText(change.path);
    // The editor hides a BOM: an open file's edits were computed without it, and it is kept on write.
    const bom = open && raw?.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    // Writing behind an unsaved editor would make the user choose between two versions of the file.
    if (open && open.text !== raw?.slice(bom.length)) return `${name} has unsaved changes in the editor: save it, then apply the quick fix again.`;
    const base = open ? open.text : raw;
    const analysed = this.folderFor(change.path).project.index.textOf(change.path);
    const next = sensitiveFileText(change, base, analysed);
    if (next === undefined) return `${name} changed since the quick fix was offered; try it again.`;
    try {
      await fsp.mkdir(posix.dirname(change.path), { recursive: true });
      // 0600: a new file holding secrets is readable by its owner only (the mode applies on creation).
      await fsp.writeFile(change.path, bom + next, { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      return `Could not write ${name}: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`;
    }
    this.factsMayHaveChanged(change.path, open ? undefined : next);
    this.generation++;
    this.analysisCache.clear();
    return 'written';
  }

  // --- Error containment --------------------------------------------------------------------

  /** Runs a handler; a failure is logged and answered with `fallback`, never a crash. */
  private async guard<T>(what: string, fallback: T, action: () => T | Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      this.connection.console.error(`${what} failed: ${errorMessage(error)}`);
      return fallback;
    }
  }

  /** Like guard, but for requests: cancellation errors pass through, others become a clean error response. */
  private async guardRequest<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      this.connection.console.error(`${what} failed: ${errorMessage(error)}`);
      throw new ResponseError(-32603, `${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private safely(what: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      this.connection.console.error(`${what} failed: ${errorMessage(error)}`);
    }
  }

  /** For tests and benchmarks: findings the workspace store holds for a path. */
  storedDiagnostics(path: string): Diagnostic[] | undefined {
    return this.store.get(path);
  }
}
