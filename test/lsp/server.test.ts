// The language server as an editor sees it: the real bundle over stdio, a real workspace on
// disk (copied from fixtures), every answer checked against a fresh engine analysis or the
// exact text after an edit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, DiagnosticSeverity, FileChangeType, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { Project } from '../../server/src/workspace/project';
import { analysisToDiagnostics } from '../../server/src/lsp/diagnostics';
import { FIX_ALL_KIND, ServerCommands, ruleDocsUrl } from '../../server/src/lsp/protocol';
import { TestLspClient, pathOf, uriOf, waitFor } from './helpers/lspClient';

const FIXTURES = join(__dirname, 'fixtures');

function copyFixture(name: string, into: string): string {
  const target = join(into, name);
  cpSync(join(FIXTURES, name), target, { recursive: true });
  return target;
}

/** What a fresh engine run over the same files says about `text` (no server involved). */
async function freshDiagnostics(root: string, path: string, text: string, version: number | null): Promise<Diagnostic[]> {
  const project = new Project({ root });
  await project.primeFacts(await project.listFiles());
  project.fileChanged(path, text);
  const result = await project.analyze(path, text);
  return analysisToDiagnostics(result.findings, result.notes, version);
}

function comparable(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${typeof d.message === 'string' ? d.message : d.message.value}`).sort();
}

function byRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic | undefined {
  return diagnostics.find((diagnostic) => diagnostic.code === ruleId);
}

async function workspaceItems(client: TestLspClient, path: string): Promise<Diagnostic[] | undefined> {
  const report = await client.workspaceDiagnostics([], 5000);
  const entry = report.items.find((item) => pathOf(item.uri) === path);
  return entry && entry.kind === 'full' ? entry.items : undefined;
}

describe('language server over stdio', () => {
  let workspace: string;
  let app: string;
  let bare: string;
  let client: TestLspClient;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'tf-lsp-'));
    app = copyFixture('app', workspace);
    bare = copyFixture('bare', workspace);
    client = await TestLspClient.start({ folders: [app, bare], settings: { '*': { enable: true, scanOnStartup: true, rules: {}, exclude: [], maxFileSize: 1_000_000 } } });
  });

  after(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('diagnostics after several incremental edits equal a fresh analysis of the final text', async () => {
    const path = join(app, 'src', 'server.ts');
    await client.open(path);
    const initial = await client.pullDiagnostics(path);
    const port = byRule(initial, 'port-binding/hardcoded-port');
    assert.ok(port, `hardcoded-port expected, got ${comparable(initial).join('\n')}`);
    assert.equal(port.source, 'twelve-factor');
    assert.deepEqual(port.codeDescription, { href: ruleDocsUrl('port-binding/hardcoded-port') });
    assert.equal((port.data as { factor: number }).factor, 7);
    assert.equal(port.severity, DiagnosticSeverity.Warning);

    // Step 1: add an undeclared import at the top.
    await client.change(path, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "import { Pool } from 'pg';\n" }]);
    // Step 2: change the port (line 9 now: `app.listen(3000);`).
    const listenLine = client.textOf(path).split('\n').findIndex((line) => line.startsWith('app.listen('));
    await client.change(path, [{ range: { start: { line: listenLine, character: 11 }, end: { line: listenLine, character: 15 } }, text: '8080' }]);
    // Step 3: two changes in one notification: a new line in the middle, then a typo fixed.
    await client.change(path, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: "const pool = new Pool({ connectionString: 'postgres://app:app@localhost:5432/orders' });\n" },
      { range: { start: { line: 6, character: 10 }, end: { line: 6, character: 16 } }, text: 'status' },
    ]);
    // Step 4: delete the health route's body line.
    await client.change(path, [{ range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }, text: '' }]);

    const text = client.textOf(path);
    assert.match(text, /app\.listen\(8080\)/);
    assert.match(text, /app\.get\('\/status'/);
    const pulled = await client.pullDiagnostics(path);
    const fresh = await freshDiagnostics(app, path, text, client.versionOf(path) ?? null);
    assert.deepEqual(comparable(pulled), comparable(fresh));
    assert.ok(byRule(pulled, 'dependencies/undeclared-import'), 'the added pg import is reported');
    assert.match(String(byRule(pulled, 'port-binding/hardcoded-port')?.message ?? ''), /8080/);
  });

  test('the preferred quick fix rewrites the port, and the finding disappears', async () => {
    const path = join(app, 'src', 'server.ts');
    const diagnostics = await client.pullDiagnostics(path);
    const port = byRule(diagnostics, 'port-binding/hardcoded-port')!;
    const actions = await client.codeActions(path, [port]);
    const titles = actions.map((action) => action.title);
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix, `a preferred fix among ${titles.join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.ok(titles.includes('Disable port-binding/hardcoded-port for this line'));
    assert.ok(titles.includes('Disable port-binding/hardcoded-port for the entire file'));
    const docs = actions.find((action) => action.title === 'Show documentation for port-binding/hardcoded-port');
    assert.deepEqual(docs?.command?.arguments, ['port-binding/hardcoded-port']);

    const before = client.textOf(path);
    const touched = client.applyWorkspaceEdit(fix.edit!);
    assert.deepEqual(touched, [path]);
    const after = client.textOf(path);
    assert.equal(after, before.replace('app.listen(8080)', 'app.listen(Number(process.env.PORT ?? 8080))'));
    await client.syncOpenDocument(path);
    const again = await client.pullDiagnostics(path);
    assert.equal(byRule(again, 'port-binding/hardcoded-port'), undefined);
  });

  test('a fix that edits another file (package.json) applies cleanly, and the watched-file change clears the finding', async () => {
    const path = join(app, 'src', 'server.ts');
    const manifest = join(app, 'package.json');
    const diagnostics = await client.pullDiagnostics(path);
    const undeclared = byRule(diagnostics, 'dependencies/undeclared-import');
    assert.ok(undeclared);
    const actions = await client.codeActions(path, [undeclared]);
    const fix = actions.find((action) => action.edit?.documentChanges?.some((change) => 'textDocument' in change && pathOf(change.textDocument.uri) === manifest));
    assert.ok(fix, `a fix editing package.json among ${actions.map((a) => a.title).join(' | ')}`);
    // package.json is not open: its edit must not claim a version.
    for (const change of fix.edit!.documentChanges!) if ('textDocument' in change) assert.equal(change.textDocument.version, null);

    const refreshesBefore = client.refreshes.length;
    const touched = client.applyWorkspaceEdit(fix.edit!);
    assert.ok(touched.includes(manifest));
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies: Record<string, string> };
    assert.ok('pg' in parsed.dependencies, 'pg declared');
    assert.equal(parsed.dependencies.express, '^4.19.2', 'existing dependencies kept');

    await client.filesChanged([{ path: manifest, type: FileChangeType.Changed }]);
    await waitFor('a diagnostic refresh request', () => (client.refreshes.length > refreshesBefore ? true : undefined));
    const after = await client.pullDiagnostics(path);
    assert.equal(byRule(after, 'dependencies/undeclared-import'), undefined);
  });

  test('the workspace scan reports files that were never opened, with progress', async () => {
    const cache = join(app, 'src', 'cache.ts');
    const items = await waitFor('cache.ts in the workspace report', () => workspaceItems(client, cache));
    const fresh = await freshDiagnostics(app, cache, readFileSync(cache, 'utf8'), null);
    assert.deepEqual(comparable(items), comparable(fresh));
    assert.ok(byRule(items, 'dependencies/undeclared-import'), 'ioredis is undeclared');
    assert.ok(client.progressTokens.length > 0, 'the scan created a work-done progress');
    const kinds = client.progressEvents.map((event) => event.kind);
    assert.ok(kinds.includes('begin') && kinds.includes('end'), `progress begin/end seen: ${kinds.join(',')}`);
  });

  test('a workspace report for a closed .env file offers the .gitignore fix; applying it and the watcher clear the finding', async () => {
    const envFile = join(app, '.env');
    const gitignore = join(app, '.gitignore');
    const items = await waitFor('.env in the workspace report', () => workspaceItems(client, envFile));
    const committed = byRule(items, 'config/committed-env-file');
    assert.ok(committed, `committed-env-file expected in ${comparable(items).join('\n')}`);
    const actions = await client.codeActions(envFile, [committed]);
    const fix = actions.find((action) => action.edit?.documentChanges?.some((change) => 'textDocument' in change && pathOf(change.textDocument.uri) === gitignore));
    assert.ok(fix, `a .gitignore fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((action) => action.title === 'Disable config/committed-env-file for the entire file'));
    assert.ok(!actions.some((action) => action.title.endsWith('for this line')), 'no line directive in a .env file');

    client.applyWorkspaceEdit(fix.edit!);
    assert.equal(readFileSync(gitignore, 'utf8'), 'node_modules/\n.env\n');
    await client.filesChanged([{ path: gitignore, type: FileChangeType.Changed }]);
    await waitFor('the .env finding to clear', async () => {
      const report = await client.workspaceDiagnostics([], 3000);
      const entry = report.items.find((item) => pathOf(item.uri) === envFile);
      return entry && entry.kind === 'full' && entry.items.length === 0 ? true : undefined;
    });
  });

  test('a fix that creates a missing file (.gitignore in the second workspace folder) uses CreateFile', async () => {
    const envFile = join(bare, '.env');
    const gitignore = join(bare, '.gitignore');
    assert.equal(existsSync(gitignore), false);
    const items = await waitFor('bare/.env in the workspace report', () => workspaceItems(client, envFile));
    const committed = byRule(items, 'config/committed-env-file')!;
    assert.ok(committed);
    const actions = await client.codeActions(envFile, [committed]);
    const fix = actions.find((action) => action.edit?.documentChanges?.some((change) => 'kind' in change && change.kind === 'create'));
    assert.ok(fix, `a creating fix among ${actions.map((a) => a.title).join(' | ')}`);
    const creation = fix.edit!.documentChanges![0]!;
    assert.ok('kind' in creation && creation.kind === 'create' && pathOf(creation.uri) === gitignore, 'CreateFile comes first');
    client.applyWorkspaceEdit(fix.edit!);
    assert.equal(readFileSync(gitignore, 'utf8'), '.env\n');
  });

  test('disable for this line inserts a // directive that silences exactly that rule', async () => {
    const path = join(app, 'src', 'cache.ts');
    await client.open(path);
    const diagnostics = await client.pullDiagnostics(path);
    const undeclared = byRule(diagnostics, 'dependencies/undeclared-import')!;
    const actions = await client.codeActions(path, [undeclared]);
    const disable = actions.find((action) => action.title === 'Disable dependencies/undeclared-import for this line');
    assert.ok(disable);
    const before = client.textOf(path);
    client.applyWorkspaceEdit(disable.edit!);
    assert.equal(client.textOf(path), `// twelve-factor-disable-next-line dependencies/undeclared-import\n${before}`);
    await client.syncOpenDocument(path);
    assert.equal(byRule(await client.pullDiagnostics(path), 'dependencies/undeclared-import'), undefined);
  });

  test('fix-all applies only safe fixes, non-overlapping, and leaves a file a fresh analysis has no safe fix for', async () => {
    const path = join(app, 'src', 'api.ts');
    const text = [
      "import express from 'express';",
      "import http from 'node:http';",
      '',
      'const app = express();',
      'app.listen(3000);',
      'const server = http.createServer(app);',
      'server.listen(4000);',
      '',
    ].join('\n');
    writeFileSync(path, text);
    await client.open(path, text);
    await client.pullDiagnostics(path);
    const project = new Project({ root: app });
    await project.primeFacts(await project.listFiles());
    const fresh = await project.analyze(path, text);
    const safeTitles = new Set(fresh.findings.flatMap((finding) => finding.fixes.filter((fix) => fix.safe).map((fix) => fix.title)));
    const unsafeFixes = fresh.findings.flatMap((finding) => finding.fixes.filter((fix) => !fix.safe));

    const actions = await client.codeActions(path, [], [FIX_ALL_KIND]);
    assert.equal(actions.length, 1, `one fix-all action, got ${actions.map((a) => a.title).join(' | ')}`);
    const [fixAll] = actions as [CodeAction];
    assert.equal(fixAll.kind, FIX_ALL_KIND);
    assert.ok(safeTitles.size >= 2, 'the file has at least two safely fixable findings');
    client.applyWorkspaceEdit(fixAll.edit!);
    const fixed = client.textOf(path);
    assert.match(fixed, /app\.listen\(Number\(process\.env\.PORT \?\? 3000\)\)/);
    assert.match(fixed, /server\.listen\(Number\(process\.env\.PORT \?\? 4000\)\)/);
    // No unsafe fix's text made it in.
    for (const fix of unsafeFixes) for (const change of fix.changes) for (const edit of change.edits) if (edit.newText.trim()) assert.ok(!fixed.includes(edit.newText), `unsafe fix "${fix.title}" was applied`);
    await client.syncOpenDocument(path);

    // The server-side fix-all command goes through workspace/applyEdit.
    const other = join(app, 'src', 'admin.ts');
    const adminText = "import express from 'express';\nconst admin = express();\nadmin.listen(9000);\n";
    writeFileSync(other, adminText);
    await client.open(other, adminText);
    const result = (await client.executeCommand(ServerCommands.fixAll, [uriOf(other), client.versionOf(other)])) as { applied: boolean };
    assert.equal(result.applied, true);
    assert.equal(client.textOf(other), adminText.replace('admin.listen(9000)', 'admin.listen(Number(process.env.PORT ?? 9000))'));
  });

  test('per-rule severity settings apply after a configuration change', async () => {
    const path = join(app, 'src', 'admin.ts');
    await client.syncOpenDocument(path);
    const text = "import express from 'express';\nconst admin = express();\nadmin.listen(9001);\n";
    await client.change(path, [{ range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, text }]);
    client.setSettings({ '*': { enable: true, scanOnStartup: true, rules: { 'port-binding/hardcoded-port': 'error', 'disposability/no-graceful-shutdown': 'off' }, exclude: [], maxFileSize: 1_000_000 } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const diagnostics = await waitFor('the error severity', async () => {
      const pulled = await client.pullDiagnostics(path);
      return byRule(pulled, 'port-binding/hardcoded-port')?.severity === DiagnosticSeverity.Error ? pulled : undefined;
    });
    assert.equal(byRule(diagnostics, 'disposability/no-graceful-shutdown'), undefined);
  });

  test('bad input never takes the server down', async () => {
    const binary = join(app, 'src', 'blob.js');
    const garbage = '\u0000\u0001\u0002'.repeat(1000);
    await client.open(binary, garbage);
    const skipped = await client.pullDiagnostics(binary);
    assert.ok(skipped.every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Information));
    const broken = join(app, 'src', 'broken.ts');
    await client.open(broken, 'app.listen(3000 {{{ ]]] ' + '('.repeat(5000));
    await client.pullDiagnostics(broken);
    const badManifest = join(app, 'nested', 'package.json');
    await client.open(badManifest, '{ "dependencies": { "x": ');
    await client.pullDiagnostics(badManifest);
    // A cancelled pull answers with a cancellation, and the next one works.
    const source = new CancellationTokenSource();
    const cancelled = client.pullDiagnostics(join(app, 'src', 'server.ts'), source);
    source.cancel();
    await cancelled.catch(() => undefined);
    assert.ok((await client.pullDiagnostics(join(app, 'src', 'server.ts'))).length >= 0);
    assert.doesNotMatch(client.serverStderr, /Error/);
    const failures = client.logs.filter((line) => /failed|Uncaught|Unhandled/.test(line));
    assert.deepEqual(failures, [], 'no handler failed');
  });
});
