// The language server recovers from being killed. Runs inside VS Code's extension host,
// whose process is the server's parent (the client forks it over IPC): the test finds the
// server among its own children, kills it mid-scan with SIGKILL, and expects the client's
// default error handler to restart it and fresh diagnostics to reach the open document.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { ClientCommands, DIAGNOSTIC_SOURCE } from '../../../server/src/lsp/protocol';

const EXTENSION_ID = 'twelve-factor-guide.twelve-factor-guide';
/** What the client starts (it loads dist/server/server.js through V8's code cache). */
const SERVER_MAIN_SUFFIX = 'dist/server/main.js';

/** PIDs of this process's children running the server (Linux /proc; the e2e tier runs on Linux). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (after the parenthesised name, which may hold spaces) is the parent PID.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (commandLine.some((argument) => argument.endsWith(SERVER_MAIN_SUFFIX))) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function portFindingLines(uri: vscode.Uri): number[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)) === 'port-binding/hardcoded-port')
    .map((diagnostic) => diagnostic.range.start.line);
}

describe('Twelve-Factor Guide recovers from a server crash', () => {
  it('killed mid-scan, the server is restarted and diagnostics come back for the open document', async function () {
    this.timeout(120_000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    // A file the other e2e tests leave alone: this test edits it and must not disturb their expectations.
    const uri = vscode.Uri.joinPath(folder.uri, 'src', 'settings.ts');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const original = document.getText();

    const [victim] = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length === 1 ? pids : undefined;
    });
    // Mid-scan: ask for a full scan and kill the server while it runs.
    void vscode.commands.executeCommand(ClientCommands.scanWorkspace).then(undefined, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.kill(victim!, 'SIGKILL');

    const restarted = await waitFor('a restarted language server', () => {
      const pids = serverPids().filter((pid) => pid !== victim);
      return pids.length > 0 ? pids[0] : undefined;
    });
    assert.notEqual(restarted, victim);

    // Only a living server can diagnose a line that did not exist before the crash.
    const newLine = document.lineCount;
    const applied = await editor.edit((builder) => builder.insert(new vscode.Position(newLine, 0), '\napp.listen(4567);\n'));
    assert.ok(applied);
    const expectedLine = document.getText().split(/\r?\n/).findIndex((line) => line.includes('app.listen(4567)'));
    await waitFor(`a hardcoded-port diagnostic on the new line ${expectedLine} from the restarted server`, () => (portFindingLines(uri).includes(expectedLine) ? true : undefined), 60_000);
    assert.deepEqual(serverPids(), [restarted], 'exactly one server runs after the restart');

    // Put the file back as it was (and not dirty) for the tests that follow.
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    assert.ok(await editor.edit((builder) => builder.replace(whole, original)));
    await document.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
