// A scripted LSP client: spawns the bundled server (`node dist/server/server.js --stdio`)
// and talks JSON-RPC to it with vscode-languageserver-protocol, playing the editor's part
// (documents, settings, applying workspace edits to disk and to open buffers).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  RegistrationRequest,
  ShutdownRequest,
  ExitNotification,
  WorkDoneProgressCreateRequest,
  WorkspaceDiagnosticRequest,
  createProtocolConnection,
  CancellationTokenSource,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
  type WorkspaceDiagnosticReport,
  type WorkspaceEdit,
  type TextEdit,
  type ProgressToken,
  WorkDoneProgress,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The repository root: found upwards, so this helper also works when bundled elsewhere (bench/). */
function findRepoRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server', 'src', 'server.ts'))) return dir;
  }
  return join(__dirname, '..', '..', '..');
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const SERVER_BUNDLE = join(REPO_ROOT, 'dist', 'server', 'server.js');
/** What the extension starts: SERVER_BUNDLE through V8's code cache (server/src/serverMain.ts). */
export const SERVER_MAIN = join(REPO_ROOT, 'dist', 'server', 'main.js');

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function pathOf(uri: string): string {
  return fileURLToPath(uri);
}

export interface ClientOptions {
  folders: string[];
  /** `twelveFactor` settings returned for workspace/configuration, per folder path (or '*'). */
  settings?: Record<string, unknown>;
  /** Node flags for the server process (the extension starts it with `--max-semi-space-size=1`). */
  nodeArgs?: string[];
  /** The script to start: the server bundle, or SERVER_MAIN (what the extension starts). */
  serverModule?: string;
  /** Added to the server's environment. */
  env?: NodeJS.ProcessEnv;
}

export class TestLspClient {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  readonly refreshes: number[] = [];
  readonly progressTokens: ProgressToken[] = [];
  readonly progressEvents: Array<{ token: ProgressToken; kind: string; message?: string }> = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  private readonly documents = new Map<string, TextDocument>();
  private settings: Record<string, unknown>;
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
    this.connection = createProtocolConnection(child.stdout, child.stdin);
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        const folder = item.scopeUri ? pathOf(item.scopeUri) : '*';
        return this.settings[folder] ?? this.settings['*'] ?? null;
      }),
    );
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
      this.connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
        this.progressEvents.push({ token: params.token, kind: value.kind, message: 'message' in value ? value.message : undefined });
      });
      return undefined;
    });
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes.push(Date.now());
      return undefined;
    });
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.applyWorkspaceEdit(params.edit);
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  static async start(options: ClientOptions): Promise<TestLspClient> {
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` (the lsp tier runner does).`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverModule ?? SERVER_BUNDLE, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    const client = new TestLspClient(child, options);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.folders.map((folder) => ({ uri: uriOf(folder), name: folder.split('/').pop() ?? folder })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          diagnostics: { refreshSupport: true },
          applyEdit: true,
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
        },
        window: { workDoneProgress: true },
      },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  setSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
  }

  // --- Documents --------------------------------------------------------------------------

  async open(path: string, text = readFileSync(path, 'utf8'), languageId = languageIdOf(path)): Promise<void> {
    const uri = uriOf(path);
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async close(path: string): Promise<void> {
    const uri = uriOf(path);
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Sends incremental changes (applied in order, as an editor does) and returns the new version. */
  async change(path: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const uri = uriOf(path);
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${path} is not open`);
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  textOf(path: string): string {
    const document = this.documents.get(uriOf(path));
    return document ? document.getText() : readFileSync(path, 'utf8');
  }

  versionOf(path: string): number | undefined {
    return this.documents.get(uriOf(path))?.version;
  }

  // --- Requests ---------------------------------------------------------------------------

  async pullDiagnostics(path: string, token?: CancellationTokenSource): Promise<Diagnostic[]> {
    const report: DocumentDiagnosticReport = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uriOf(path) } }, token?.token);
    if (report.kind !== 'full') throw new Error('expected a full report');
    return report.items;
  }

  async workspaceDiagnostics(previousResultIds: Array<{ uri: string; value: string }> = [], timeoutMs = 20_000): Promise<WorkspaceDiagnosticReport> {
    const source = new CancellationTokenSource();
    const timer = setTimeout(() => source.cancel(), timeoutMs);
    try {
      return await this.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds }, source.token);
    } finally {
      clearTimeout(timer);
    }
  }

  async codeActions(path: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(path) }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (result ?? []).filter((item): item is CodeAction => !isCommand(item));
  }

  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async filesChanged(changes: Array<{ path: string; type: FileEvent['type'] }>): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map(({ path, type }) => ({ uri: uriOf(path), type })) });
  }

  // --- Applying edits (the editor's job) ---------------------------------------------------------

  /**
   * Applies a workspace edit like VS Code: creates files, edits open buffers (checking the
   * version) and files on disk. Returns the paths it touched.
   */
  applyWorkspaceEdit(edit: WorkspaceEdit): string[] {
    const touched: string[] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
        const path = pathOf(change.uri);
        if (existsSync(path) && !change.options?.ignoreIfExists && !change.options?.overwrite) throw new Error(`${path} exists`);
        if (!existsSync(path) || change.options?.overwrite) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, '');
        }
        touched.push(path);
        continue;
      }
      const path = pathOf(change.textDocument.uri);
      const document = this.documents.get(change.textDocument.uri);
      if (document) {
        if (change.textDocument.version !== null && change.textDocument.version !== document.version) throw new Error(`version mismatch for ${path}: edit for ${change.textDocument.version}, document at ${document.version}`);
        const updated = TextDocument.create(document.uri, document.languageId, document.version, TextDocument.applyEdits(document, change.edits as TextEdit[]));
        this.documents.set(document.uri, updated);
      } else {
        const before = TextDocument.create(change.textDocument.uri, 'plaintext', 0, readFileSync(path, 'utf8'));
        writeFileSync(path, TextDocument.applyEdits(before, change.edits as TextEdit[]));
      }
      touched.push(path);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const path = pathOf(uri);
      const before = TextDocument.create(uri, 'plaintext', 0, readFileSync(path, 'utf8'));
      writeFileSync(path, TextDocument.applyEdits(before, edits));
      touched.push(path);
    }
    return [...new Set(touched)];
  }

  /** Sends the buffer of an open document after an edit was applied to it (what VS Code does). */
  async syncOpenDocument(path: string): Promise<void> {
    const uri = uriOf(path);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version + 1;
    const text = document.getText();
    this.documents.set(uri, TextDocument.create(uri, document.languageId, version, text));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async stop(): Promise<void> {
    await stopServer(this.connection, this.child);
  }
}

function isCommand(item: CodeAction | Command): item is Command {
  return typeof (item as Command).command === 'string';
}

export function languageIdOf(path: string): string {
  if (/\.tsx$/.test(path)) return 'typescriptreact';
  if (/\.[cm]?ts$/.test(path)) return 'typescript';
  if (/\.jsx$/.test(path)) return 'javascriptreact';
  if (/\.[cm]?js$/.test(path)) return 'javascript';
  if (/\.ya?ml$/.test(path)) return 'yaml';
  if (/package\.json$/.test(path)) return 'json';
  if (/(^|\/)\.env/.test(path)) return 'dotenv';
  return 'plaintext';
}

/** Polls `check` until it returns a value (or throws after `timeoutMs`). */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Shuts a server down politely (shutdown, exit), then kills it if it is still there after 2 s. */
export async function stopServer(connection: ProtocolConnection, child: ChildProcessWithoutNullStreams): Promise<void> {
  try {
    await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))]);
    await connection.sendNotification(ExitNotification.type);
  } catch {
    // The server may already be gone; the kill below makes sure.
  }
  connection.dispose();
  await new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 2000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
