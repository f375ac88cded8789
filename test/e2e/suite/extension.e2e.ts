// Runs inside VS Code's extension host with the extension loaded from the repository and
// the fixture app (test/e2e/fixtures/app, copied to a temp folder) as the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { after, before, describe, it } from 'mocha';
import { ClientCommands, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, ruleDocsUrl } from '../../../server/src/lsp/protocol';
import { ClientOnlyCommands } from '../../../client/src/commands';

const EXTENSION_ID = 'twelve-factor-guide.twelve-factor-guide';
/** Logged when the window shows findings; the runner (runInVsCodeServer.mjs) checks the UI then. */
const UI_CHECK_MARKER = '[twelve-factor-e2e] ui-check';

function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitForRule(uri: vscode.Uri, ruleId: string, present = true): Promise<vscode.Diagnostic[]> {
  return waitFor(`${ruleId} ${present ? 'on' : 'gone from'} ${uri.path}`, () => {
    const diagnostics = ours(uri);
    return diagnostics.some((diagnostic) => ruleOf(diagnostic) === ruleId) === present ? diagnostics : undefined;
  });
}

/** Code actions right after activation were seen to answer `Canceled` once: retry. */
async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    } catch (error) {
      if (attempt >= 2) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

describe('Twelve-Factor Guide in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const api = await extension.activate();
    // Read by the benchmark (bench/package.ts): activate() → server ready, in a real VS Code.
    console.log(`[twelve-factor-e2e] activation-ms=${api.activationMs.toFixed(0)}`);
  });

  it('reports how long its activation took', () => {
    const api = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID)!.exports;
    assert.ok(api.activationMs > 0 && api.activationMs < 60_000, `activation took ${api.activationMs} ms`);
  });

  after(async () => {
    // Leave the window showing findings and tell the runner to look at the UI now (it
    // screenshots and counts squiggles, Problems rows and the status item while we wait).
    const uri = workspaceUri('src', 'queue.ts');
    await open(uri);
    await waitForRule(uri, 'dependencies/undeclared-import');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    console.log(UI_CHECK_MARKER);
    await new Promise((resolve) => setTimeout(resolve, 4000));
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of [...Object.values(ClientCommands), ...Object.values(ClientOnlyCommands)]) assert.ok(commands.includes(command), `${command} registered`);
  });

  it('squiggles a hardcoded port with rule id, documentation link and severity', async () => {
    const uri = workspaceUri('src', 'server.ts');
    await open(uri);
    const diagnostics = await waitForRule(uri, 'port-binding/hardcoded-port');
    const port = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'port-binding/hardcoded-port')!;
    assert.equal(port.severity, vscode.DiagnosticSeverity.Warning);
    const code = port.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(true), vscode.Uri.parse(ruleDocsUrl('port-binding/hardcoded-port')).toString(true));
    assert.equal(port.range.start.line, 9);
  });

  it('lists findings of files never opened (workspace scan) in Problems', async () => {
    const envFile = workspaceUri('.env');
    const diagnostics = await waitForRule(envFile, 'config/committed-env-file');
    assert.ok(diagnostics.length >= 1);
    const jobs = await waitForRule(workspaceUri('src', 'jobs.ts'), 'port-binding/hardcoded-port');
    assert.equal(jobs.filter((diagnostic) => ruleOf(diagnostic) === 'port-binding/hardcoded-port').length, 2);
  });

  it('applies the hardcoded-port quick fix', async () => {
    const uri = workspaceUri('src', 'server.ts');
    const document = await open(uri);
    const [port] = (await waitForRule(uri, 'port-binding/hardcoded-port')).filter((diagnostic) => ruleOf(diagnostic) === 'port-binding/hardcoded-port');
    const actions = await codeActions(uri, port!.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix among: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Show documentation for port-binding/hardcoded-port'));
    assert.ok(titles.includes('Disable port-binding/hardcoded-port for this line'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(9).text, 'app.listen(Number(process.env.PORT ?? 3000));');
    await waitForRule(uri, 'port-binding/hardcoded-port', false);
  });

  it('fix-all applies every safe fix of a file', async () => {
    const uri = workspaceUri('src', 'jobs.ts');
    const document = await open(uri);
    await waitForRule(uri, 'port-binding/hardcoded-port');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActions(uri, whole, FIX_ALL_KIND);
    assert.equal(actions.length, 1, `one fix-all action, got ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(actions[0]!.kind?.value, FIX_ALL_KIND);
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
    const text = document.getText();
    assert.match(text, /jobs\.listen\(Number\(process\.env\.PORT \?\? 8080\)\);/);
    assert.match(text, /metrics\.listen\(Number\(process\.env\.PORT \?\? 9100\)\);/);
    await waitForRule(uri, 'port-binding/hardcoded-port', false);
  });

  it('fixes on save with "editor.codeActionsOnSave": { "source.fixAll.twelveFactor": "explicit" }', async () => {
    const config = vscode.workspace.getConfiguration('editor');
    await config.update('codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = workspaceUri('src', 'server.ts');
      const document = await open(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(document.lineCount, 0), 'app.listen(4000);\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForRule(uri, 'port-binding/hardcoded-port');
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the fix applied on save', () => (document.getText().includes('app.listen(Number(process.env.PORT ?? 4000));') ? true : undefined), 15_000);
      assert.equal(document.isDirty, false);
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('adds a committed .env file to .gitignore, and the finding goes away without a restart', async () => {
    const envFile = workspaceUri('.env');
    const gitignore = workspaceUri('.gitignore');
    const [committed] = (await waitForRule(envFile, 'config/committed-env-file')).filter((diagnostic) => ruleOf(diagnostic) === 'config/committed-env-file');
    // As from the Problems panel: the file opens, then the light bulb offers the fixes.
    await open(envFile);
    const actions = await codeActions(envFile, committed!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.edit?.entries().some(([uri]) => uri.toString() === gitignore.toString()));
    assert.ok(fix?.edit, `a .gitignore fix among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    // The edit opened .gitignore in the background; save it as a user would.
    const gitignoreDocument = await vscode.workspace.openTextDocument(gitignore);
    await gitignoreDocument.save();
    assert.equal(Buffer.from(await vscode.workspace.fs.readFile(gitignore)).toString('utf8'), 'node_modules/\n.env\n');
    await waitForRule(envFile, 'config/committed-env-file', false);
  });

  it('shows the finding count and restarts the server on command', async () => {
    await vscode.commands.executeCommand(ClientCommands.restartServer);
    const uri = workspaceUri('src', 'queue.ts');
    await open(uri);
    await waitForRule(uri, 'dependencies/undeclared-import');
  });
});
