// The VS Code side: starts the bundled language server, shows a finding count and the
// factor checklist, and registers the commands. Analysis happens only in the server (the client never imports
// the engine), so nothing from the workspace is ever executed here.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type DocumentSelector, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientCommands, CODE_CACHE_DIR_VARIABLE, DIAGNOSTIC_SOURCE, ServerCommands, ruleDocsRelativePath, ruleDocsUrl } from '../../server/src/lsp/protocol';
import { CHECKLIST_VIEW_ID, ChecklistViewProvider } from './checklist/checklistViewProvider';
import { ClientOnlyCommands } from './commands';

const CLIENT_ID = 'twelveFactor';
const CLIENT_NAME = 'Twelve-Factor Guide';

/** Everything the server analyses: scripts, YAML, package.json, .env files, the config file. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'yaml', 'dotenv'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: '**/package.json' },
  { scheme: 'file', pattern: '**/.env*' },
  { scheme: 'file', pattern: '**/.twelve-factor.yml' },
  // Checked for lines git reads differently from how they look (and the secret fix needs its saved state).
  { scheme: 'file', pattern: '**/.gitignore' },
];

let client: LanguageClient | undefined;

/** What activate() hands to other extensions and tests: how long activation took. */
export interface TwelveFactorApi {
  /** From activate() being called to the language server answering initialize. */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<TwelveFactorApi> {
  const activationStarted = performance.now();
  client = createLanguageClient(context);
  const status = createStatusItem(context);
  const checklist = new ChecklistViewProvider(context.extensionUri, {
    scanWorkspace,
    fixAllInFolder: fixAllInWorkspace,
    showRuleDocs: (ruleId) => showRuleDocs(context, ruleId),
    isOurs: (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE,
  });
  context.subscriptions.push(
    checklist,
    vscode.window.registerWebviewViewProvider(CHECKLIST_VIEW_ID, checklist),
    vscode.commands.registerCommand(ClientOnlyCommands.showChecklist, () => checklist.reveal()),
    vscode.commands.registerCommand(ClientOnlyCommands.fixAllInWorkspace, () => fixAllInWorkspace(undefined)),
    vscode.commands.registerCommand(ClientCommands.scanWorkspace, () => scanWorkspace()),
    vscode.commands.registerCommand(ClientCommands.fixAll, () => fixAllInActiveEditor()),
    vscode.commands.registerCommand(ClientCommands.showRuleDocs, (ruleId?: unknown) => showRuleDocs(context, typeof ruleId === 'string' ? ruleId : undefined)),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      await client?.restart();
      status.refresh();
    }),
  );
  await client.start();
  return { activationMs: performance.now() - activationStarted };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  // main.js loads server.js through V8's code cache, kept in this extension's global storage.
  const serverModule = context.asAbsolutePath('dist/server/main.js');
  const codeCache = { [CODE_CACHE_DIR_VARIABLE]: context.globalStorageUri.fsPath };
  // A small young generation: the scan's per-file syntax trees die young, and big
  // semi-spaces only add resident memory (measured: about 15 MB less on a 10,000-file scan).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=1'], env: codeCache } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
    synchronize: { configurationSection: 'twelveFactor' },
    errorHandler: restartingErrorHandler(),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/**
 * The server must come back after a crash. The default handler gives up on the fourth
 * connection error — and killing a server mid-scan makes several (pending writes fail) —
 * so errors here only log, and a closed connection restarts the server unless it has
 * already crashed five times in three minutes (then something is systematically wrong).
 */
function restartingErrorHandler(): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > 3 * 60_000) restarts.shift();
      if (restarts.length >= 5) {
        return { action: CloseAction.DoNotRestart, message: 'The Twelve-Factor Guide server crashed 5 times in 3 minutes and will not be restarted. Run "Twelve-Factor: Restart Server" after checking the output channel.' };
      }
      restarts.push(now);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

// --- Status -------------------------------------------------------------------------------

interface StatusItem {
  refresh(): void;
}

function countFindings(): { total: number; errors: number; inActiveFile: number } {
  let total = 0;
  let errors = 0;
  let inActiveFile = 0;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      total++;
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
      if (uri.toString() === active) inActiveFile++;
    }
  }
  return { total, errors, inActiveFile };
}

/** A status bar item with the workspace's finding count; clicking it opens Problems. */
function createStatusItem(context: vscode.ExtensionContext): StatusItem {
  const item = vscode.window.createStatusBarItem('twelveFactor.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = CLIENT_NAME;
  item.command = 'workbench.actions.view.problems';
  let timer: NodeJS.Timeout | undefined;
  const refresh = () => {
    const { total, errors, inActiveFile } = countFindings();
    item.text = `$(checklist) 12-Factor: ${total}`;
    item.tooltip = `Twelve-Factor Guide: ${total} finding${total === 1 ? '' : 's'} in the workspace (${errors} error${errors === 1 ? '' : 's'}), ${inActiveFile} in this file. Click to open Problems.`;
    item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  // Diagnostics arrive in bursts during a scan; count at most a few times a second.
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      refresh();
    }, 250);
  };
  refresh();
  context.subscriptions.push(item, vscode.languages.onDidChangeDiagnostics(schedule), vscode.window.onDidChangeActiveTextEditor(schedule), { dispose: () => clearTimeout(timer) });
  return { refresh };
}

// --- Commands -----------------------------------------------------------------------------

async function scanWorkspace(): Promise<void> {
  if (!client) return;
  await client.sendRequest('workspace/executeCommand', { command: ServerCommands.scanWorkspace, arguments: [] });
}

async function fixAllInActiveEditor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor) return;
  const document = editor.document;
  await client.sendRequest('workspace/executeCommand', {
    command: ServerCommands.fixAll,
    arguments: [client.code2ProtocolConverter.asUri(document.uri), document.version],
  });
}

interface FixAllResult {
  applied?: boolean;
  fixes?: number;
}

/**
 * Applies the safe fixes of every file with findings (in `folder`, or the whole workspace),
 * one file at a time through the server's fix-all, so each file's fixes are computed on
 * its current text. The edits stay unsaved for review, as any code action's would.
 */
async function fixAllInWorkspace(folder: vscode.Uri | undefined): Promise<void> {
  if (!client) return;
  const languageClient = client;
  const uris = vscode.languages
    .getDiagnostics()
    .filter(([uri, diagnostics]) => uri.scheme === 'file' && diagnostics.some((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE))
    .map(([uri]) => uri)
    .filter((uri) => !folder || vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === folder.toString());
  let files = 0;
  let fixes = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Twelve-Factor: applying safe fixes', cancellable: true }, async (progress, token) => {
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      const args: unknown[] = [languageClient.code2ProtocolConverter.asUri(uri)];
      if (open) args.push(open.version);
      const result = (await languageClient.sendRequest('workspace/executeCommand', { command: ServerCommands.fixAll, arguments: args })) as FixAllResult | null;
      if (result?.applied && typeof result.fixes === 'number' && result.fixes > 0) {
        files++;
        fixes += result.fixes;
      }
    }
  });
  if (fixes === 0) {
    void vscode.window.showInformationMessage('Twelve-Factor: no safe fixes to apply.');
    return;
  }
  const saveAll = 'Save All';
  void vscode.window.showInformationMessage(`Twelve-Factor: applied ${fixes} safe fix${fixes === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'}. Review the changes, then save.`, saveAll).then((choice) => {
    if (choice === saveAll) void vscode.commands.executeCommand('workbench.action.files.saveAll');
  });
}

/** Opens the rule's page bundled with the extension (Markdown preview), or the online copy. */
async function showRuleDocs(context: vscode.ExtensionContext, ruleId: string | undefined): Promise<void> {
  const id = ruleId ?? (await pickRule(context));
  if (!id) return;
  const bundled = vscode.Uri.joinPath(context.extensionUri, ...ruleDocsRelativePath(id).split('/'));
  try {
    await vscode.workspace.fs.stat(bundled);
    await vscode.commands.executeCommand('markdown.showPreview', bundled);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(id)));
  }
}

/** The rule ids come from the contributed settings (generated from the rule metadata). */
async function pickRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const manifest = context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, { markdownDescription?: string }> }> } } };
  const rules = manifest.contributes?.configuration?.properties?.['twelveFactor.rules']?.properties ?? {};
  const items = Object.entries(rules).map(([id, schema]) => ({ label: id, detail: (schema.markdownDescription ?? '').split('\n')[0] }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Show the documentation of a Twelve-Factor rule' });
  return picked?.label;
}
