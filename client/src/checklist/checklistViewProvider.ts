// The factor checklist: a webview view in its own activity-bar container. Status per factor
// comes from the diagnostics the language client already has (nothing is analysed here);
// attestations come from `.twelve-factor.yml`, one per workspace folder, and ticking a box
// writes that file so the team shares it through git.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { FACTORS, MANUAL_CHECKS } from '../../../server/src/engine/checklist';
import { buildChecklistState, type ChecklistDiagnostic } from './checklistModel';
import { CONFIG_FILE_NAME, readAttestations, updateAttestation, type Attestations } from './attestationsYaml';
import { parseViewMessage, type FolderItem, type HostMessage, type Severity, type ViewMessage } from './protocol';

export const CHECKLIST_VIEW_ID = 'twelveFactor.checklist';
/** Where the build puts the view's script, styles and codicons; the only folder the webview may load from. */
const MEDIA_SEGMENTS = ['dist', 'media', 'checklist'];

/** What the view asks the rest of the extension to do. */
export interface ChecklistActions {
  scanWorkspace(): Promise<void>;
  fixAllInFolder(folder: vscode.Uri | undefined): Promise<void>;
  showRuleDocs(ruleId: string): Promise<void>;
  /** Whether a diagnostic is one of ours (source 'twelve-factor'). */
  isOurs(diagnostic: vscode.Diagnostic): boolean;
}

const SEVERITIES: Record<vscode.DiagnosticSeverity, Severity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

interface FolderAttestations {
  attestations: Attestations;
  problem?: string;
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

/** A fresh, unguessable nonce per page: the CSP lets only the script carrying it run. */
function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

export class ChecklistViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly attestationCache = new Map<string, FolderAttestations>();
  /** Finding id (as sent to the view) → where it is. Rebuilt with every state. */
  private findingTargets = new Map<string, { uri: vscode.Uri; range: vscode.Range }>();
  private selectedFolder: string | undefined;
  private busy: 'scan' | 'fixAll' | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Attestation writes run one after another, so two quick clicks cannot overwrite each other. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly actions: ChecklistActions,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const forget = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) this.attestationCache.delete(folder.uri.toString());
      this.scheduleRefresh();
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(forget),
      watcher.onDidCreate(forget),
      watcher.onDidDelete(forget),
      // Typing in the config file updates the boxes before it is saved.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) forget(event.document.uri);
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.scheduleRefresh()),
      // In a multi-root workspace the checklist follows the active editor's folder until one is picked.
      vscode.window.onDidChangeActiveTextEditor(() => {
        if (!this.selectedFolder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.attestationCache.clear();
        this.scheduleRefresh();
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view = webviewView;
    const mediaRoot = vscode.Uri.joinPath(this.extensionUri, ...MEDIA_SEGMENTS);
    webviewView.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot] };
    webviewView.webview.html = this.html(webviewView.webview, mediaRoot);
    webviewView.webview.onDidReceiveMessage((raw: unknown) => {
      const message = parseViewMessage(raw);
      // Anything else is a bug or a hostile page: ignore it, never act on it.
      if (message) void this.handle(message);
    }, undefined, this.disposables);
    webviewView.onDidChangeVisibility(() => {
      if (webviewView.visible) this.scheduleRefresh();
    }, undefined, this.disposables);
    webviewView.onDidDispose(() => {
      if (this.view === webviewView) this.view = undefined;
    }, undefined, this.disposables);
  }

  /** Opens the checklist's container and focuses the view. */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${CHECKLIST_VIEW_ID}.focus`);
  }

  private html(webview: vscode.Webview, mediaRoot: vscode.Uri): string {
    const nonce = makeNonce();
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, name)).toString();
    // Nothing inline, nothing remote: styles and fonts from the media folder, the one script by nonce.
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicon.css')}">
<link rel="stylesheet" href="${asset('checklist.css')}">
<title>Twelve-Factor checklist</title>
</head>
<body>
<main id="checklist" aria-busy="true"><p class="loading">Loading the factor checklist…</p></main>
<script nonce="${nonce}" src="${asset('checklist.js')}"></script>
</body>
</html>`;
  }

  // --- Messages from the view ---------------------------------------------------------------

  private async handle(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.scheduleRefresh(0);
        return;
      case 'scan':
        return this.runBusy('scan', () => this.actions.scanWorkspace());
      case 'fixAll':
        return this.runBusy('fixAll', () => this.actions.fixAllInFolder(this.currentFolder()?.uri));
      case 'reveal':
        return this.revealFinding(message.findingId);
      case 'attest':
        this.writes = this.writes.then(() => this.attest(message.folder, message.checkId, message.done));
        return this.writes;
      case 'selectFolder':
        if (vscode.workspace.workspaceFolders?.some((folder) => folder.uri.toString() === message.folder)) {
          this.selectedFolder = message.folder;
          this.scheduleRefresh(0);
        }
        return;
      case 'openFactorDocs': {
        const factor = FACTORS.find((info) => info.factor === message.factor);
        if (factor) await vscode.env.openExternal(vscode.Uri.parse(factor.url));
        return;
      }
      case 'showRuleDocs':
        return this.actions.showRuleDocs(message.ruleId);
    }
  }

  private async runBusy(what: 'scan' | 'fixAll', action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = what;
    this.scheduleRefresh(0);
    try {
      await action();
    } catch (error) {
      void vscode.window.showErrorMessage(`Twelve-Factor: ${what === 'scan' ? 'the scan' : 'applying the fixes'} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.busy = undefined;
      this.scheduleRefresh(0);
    }
  }

  private async revealFinding(findingId: string): Promise<void> {
    const target = this.findingTargets.get(findingId);
    if (!target) return;
    await vscode.window.showTextDocument(target.uri, { selection: target.range, preserveFocus: false, preview: true });
  }

  private async attest(folderUri: string, checkId: string, done: boolean): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.uri.toString() === folderUri);
    if (!folder || !MANUAL_CHECKS.some((check) => check.id === checkId)) return;
    const fileUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    const openDocument = vscode.workspace.textDocuments.find((document) => document.uri.toString() === fileUri.toString());
    const current = openDocument ? openDocument.getText() : await readText(fileUri);
    const update = updateAttestation(current ?? '', checkId, done);
    try {
      if (!update.ok) {
        const choice = await vscode.window.showWarningMessage(update.reason, 'Open File');
        if (choice === 'Open File') await vscode.window.showTextDocument(fileUri);
        return;
      }
      if (openDocument) {
        // The user has the file open: edit the buffer (undo works), save unless they had unsaved work in it.
        const wasDirty = openDocument.isDirty;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(fileUri, new vscode.Range(0, 0, openDocument.lineCount, 0), update.text);
        await vscode.workspace.applyEdit(edit);
        if (!wasDirty) await openDocument.save();
      } else {
        await vscode.workspace.fs.writeFile(fileUri, new TextEncoder().encode(update.text));
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`Twelve-Factor: could not save ${CONFIG_FILE_NAME}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.attestationCache.delete(folder.uri.toString());
      this.scheduleRefresh(0);
    }
  }

  // --- State to the view --------------------------------------------------------------------

  private scheduleRefresh(delayMs = 150): void {
    if (!this.view) return;
    // Diagnostics arrive in bursts during a scan: post at most a few states a second.
    if (this.refreshTimer && delayMs > 0) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.postState();
    }, delayMs);
  }

  private currentFolder(): vscode.WorkspaceFolder | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const selected = folders.find((folder) => folder.uri.toString() === this.selectedFolder);
    if (selected) return selected;
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && vscode.workspace.getWorkspaceFolder(active)) || folders[0];
  }

  private async attestationsOf(folder: vscode.WorkspaceFolder): Promise<FolderAttestations> {
    const key = folder.uri.toString();
    const cached = this.attestationCache.get(key);
    if (cached) return cached;
    const fileUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    const openDocument = vscode.workspace.textDocuments.find((document) => document.uri.toString() === fileUri.toString());
    const text = openDocument ? openDocument.getText() : await readText(fileUri);
    const loaded: FolderAttestations = { attestations: text === undefined ? {} : readAttestations(text) };
    // A file that does not parse can be read (partly) but not written: say so in the view.
    if (text !== undefined) {
      const probe = updateAttestation(text, MANUAL_CHECKS[0]!.id, true);
      if (!probe.ok) loaded.problem = probe.reason;
    }
    this.attestationCache.set(key, loaded);
    return loaded;
  }

  private diagnosticsOf(folder: vscode.WorkspaceFolder | undefined): ChecklistDiagnostic[] {
    const result: ChecklistDiagnostic[] = [];
    this.findingTargets = new Map();
    if (!folder) return result;
    const folderKey = folder.uri.toString();
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      if (vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() !== folderKey) continue;
      const location = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
      for (const diagnostic of diagnostics) {
        if (!this.actions.isOurs(diagnostic)) continue;
        const id = `f${this.findingTargets.size}`;
        this.findingTargets.set(id, { uri, range: diagnostic.range });
        result.push({ id, ruleId: ruleIdOf(diagnostic), severity: SEVERITIES[diagnostic.severity], message: diagnostic.message, location, line: diagnostic.range.start.line });
      }
    }
    return result;
  }

  private async postState(): Promise<void> {
    const view = this.view;
    if (!view || !view.visible) return;
    const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
    const folder = this.currentFolder();
    const folders: FolderItem[] = workspaceFolders.map((candidate) => ({ uri: candidate.uri.toString(), name: candidate.name }));
    const attestations = folder ? await this.attestationsOf(folder) : { attestations: {} };
    const state = buildChecklistState({
      folders,
      ...(folder ? { folder: { uri: folder.uri.toString(), name: folder.name } } : {}),
      diagnostics: this.diagnosticsOf(folder),
      attestations: attestations.attestations,
      ...(this.busy ? { busy: this.busy } : {}),
      ...(attestations.problem ? { attestationProblem: attestations.problem } : {}),
    });
    const message: HostMessage = { type: 'state', state };
    await view.webview.postMessage(message);
    const withFindings = state.factors.filter((factor) => factor.status === 'findings').length;
    view.badge = withFindings > 0 ? { value: withFindings, tooltip: `${withFindings} factor${withFindings === 1 ? '' : 's'} with findings` } : undefined;
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
