// The language server bundle under the sandbox preload, with every byte it writes kept:
// stdout (all JSON-RPC it sends: diagnostics, code actions, logs, progress) and stderr.
// The security tests grep these for planted secrets and read the sandbox log.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyWorkspaceEditRequest,
  ShowMessageNotification,
  CodeActionRequest,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
  WorkspaceDiagnosticRequest,
  createProtocolConnection,
  CancellationTokenSource,
  DiagnosticRefreshRequest,
  type CodeAction,
  type Command,
  type Diagnostic,
  type ProtocolConnection,
  type TextEdit,
  type WorkspaceDiagnosticReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { stopServer } from '../../lsp/helpers/lspClient';

/** Applies a workspace edit to the files on disk, as an editor with every file closed and auto-save on would. */
export function applyWorkspaceEditOnDisk(edit: WorkspaceEdit): void {
  const applyTo = (uri: string, edits: TextEdit[]) => {
    const path = fileURLToPath(uri);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    writeFileSync(path, TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, before), edits));
  };
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      const path = fileURLToPath(change.uri);
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path)) writeFileSync(path, '');
      continue;
    }
    applyTo(change.textDocument.uri, change.edits as TextEdit[]);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) applyTo(uri, edits);
}

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SERVER_BUNDLE = join(REPO_ROOT, 'dist', 'server', 'server.js');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli.js');
export const SANDBOX_PRELOAD = join(__dirname, 'sandbox-preload.cjs');

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export interface SandboxOptions {
  /** Where attempts to reach the network or run workspace code are recorded. */
  logPath: string;
  /** Loading modules from under this folder is refused and recorded. */
  workspace: string;
}

export function sandboxEnv(options: SandboxOptions): NodeJS.ProcessEnv {
  return { ...process.env, TF_SANDBOX_LOG: options.logPath, TF_SANDBOX_WORKSPACE: options.workspace, NO_COLOR: '1' };
}

/** Attempts the sandbox refused, one per line; [] when the log was never written. */
export function sandboxAttempts(logPath: string): string[] {
  return existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n').filter((line) => line.trim() !== '') : [];
}

export class TappedServer {
  readonly connection: ProtocolConnection;
  private readonly stdoutChunks: Buffer[] = [];
  private readonly stderrChunks: Buffer[] = [];
  /** window/showMessage texts, in order. */
  readonly shownMessages: string[] = [];
  /** Called for each workspace/applyEdit before it is applied to disk (tests record the order of writes). */
  beforeApplyEdit: (edit: WorkspaceEdit) => void = () => undefined;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.stdoutChunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => this.stderrChunks.push(chunk));
    this.connection = createProtocolConnection(child.stdout, child.stdin);
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ enable: true, scanOnStartup: true, rules: {}, exclude: [], maxFileSize: 1_000_000 })));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.beforeApplyEdit(params.edit);
      applyWorkspaceEditOnDisk(params.edit);
      return { applied: true };
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params.message);
    });
    this.connection.listen();
  }

  static async start(folder: string, sandbox: SandboxOptions): Promise<TappedServer> {
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\`.`);
    const child = spawn(process.execPath, ['--require', SANDBOX_PRELOAD, SERVER_BUNDLE, '--stdio'], { stdio: 'pipe', env: sandboxEnv(sandbox) });
    const server = new TappedServer(child);
    await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: uriOf(folder), name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, diagnostics: { refreshSupport: true }, applyEdit: true },
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true } },
        window: { workDoneProgress: true },
      },
      // Verbose tracing asks the server to log everything it would log.
      trace: 'verbose',
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything the server wrote to stdout (JSON-RPC) and stderr, as text. */
  get output(): { stdout: string; stderr: string } {
    return { stdout: Buffer.concat(this.stdoutChunks).toString('utf8'), stderr: Buffer.concat(this.stderrChunks).toString('utf8') };
  }

  async open(path: string, text = readFileSync(path, 'utf8'), languageId = 'typescript'): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(path), languageId, version: 1, text } });
  }

  async pull(path: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uriOf(path) } });
    return report.kind === 'full' ? report.items : [];
  }

  async codeActions(path: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(path) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    return (result ?? []).filter((item): item is CodeAction => typeof (item as Command).command !== 'string');
  }

  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async scan(): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command: 'twelveFactor.server.scanWorkspace', arguments: [] });
  }

  async workspaceDiagnostics(timeoutMs = 10_000): Promise<WorkspaceDiagnosticReport> {
    const source = new CancellationTokenSource();
    const timer = setTimeout(() => source.cancel(), timeoutMs);
    try {
      return await this.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, source.token);
    } finally {
      clearTimeout(timer);
    }
  }

  async stop(): Promise<void> {
    await stopServer(this.connection, this.child);
  }
}
