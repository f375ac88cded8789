// "Keep the secret value in the git-ignored .env" over the real server: the code action is a
// command naming the finding, the server writes .env on disk itself and sends only the
// value-free edits, in the safe order (.gitignore before the value, the literal last).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplyWorkspaceEditRequest, FileChangeType, ShowMessageNotification, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { FIX_ALL_KIND, ServerCommands } from '../../server/src/lsp/protocol';
import { FAKE } from '../unit/secrets/fakeTokens';
import { TestLspClient, pathOf, uriOf } from './helpers/lspClient';

const STRIPE = FAKE.stripeLive;
const PASSWORD = 'Vq9!rT2#mZ7xLp4@wE';
const SOURCE = `export const stripeKey = '${STRIPE}';\nexport const adminPassword = '${PASSWORD}';\n`;
const SETTINGS = { '*': { enable: true, scanOnStartup: false, rules: {}, exclude: [], maxFileSize: 1_000_000 } };

function writeWorkspace(root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "keep-in-env", "version": "1.0.0" }\n');
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(root, 'src', 'config.ts'), SOURCE);
}

/** Every path a workspace edit touches. */
function pathsOf(edit: WorkspaceEdit): string[] {
  const paths: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!('kind' in change)) paths.push(pathOf(change.textDocument.uri));
    else if (change.kind === 'create') paths.push(pathOf(change.uri));
  }
  for (const uri of Object.keys(edit.changes ?? {})) paths.push(pathOf(uri));
  return paths;
}

describe('the value-carrying secret fix is applied by the server, never sent', () => {
  let base: string;
  let root: string;
  let client: TestLspClient;
  const shown: Array<{ type: number; message: string }> = [];
  /** What .env held each time an edit touching .gitignore reached the editor. */
  const envWhenGitignoreEdited: string[] = [];
  const applied: WorkspaceEdit[] = [];

  before(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'tf-lsp-sensitive-')));
    root = join(base, 'ws');
    writeWorkspace(root);
    client = await TestLspClient.start({ folders: [root], settings: SETTINGS });
    client.connection.onNotification(ShowMessageNotification.type, (params) => {
      shown.push({ type: params.type, message: params.message });
    });
    // Like VS Code: apply, and tell the server about open buffers that changed.
    client.connection.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
      const envPath = join(root, '.env');
      if (pathsOf(params.edit).some((path) => path.endsWith('/.gitignore'))) envWhenGitignoreEdited.push(existsSync(envPath) ? readFileSync(envPath, 'utf8') : '');
      applied.push(params.edit);
      const touched = client.applyWorkspaceEdit(params.edit);
      for (const path of touched) if (client.versionOf(path) !== undefined) await client.syncOpenDocument(path);
      return { applied: true };
    });
  });

  beforeEach(async () => {
    for (const path of [join(root, 'src', 'config.ts'), join(root, '.gitignore')]) if (client.versionOf(path) !== undefined) await client.close(path);
    writeWorkspace(root);
    await client.filesChanged([{ path: join(root, '.gitignore'), type: FileChangeType.Changed }]);
    shown.length = 0;
    envWhenGitignoreEdited.length = 0;
    applied.length = 0;
  });

  after(async () => {
    await client?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  async function keepInEnvAction(path: string, line: number): Promise<{ diagnostic: Diagnostic; action: CodeAction; all: CodeAction[] }> {
    const diagnostic = (await client.pullDiagnostics(path)).find((candidate) => candidate.code === 'config/hardcoded-secret' && candidate.range.start.line === line);
    assert.ok(diagnostic, `a hardcoded-secret finding on line ${line}`);
    const all = await client.codeActions(path, [diagnostic]);
    const action = all.find((candidate) => candidate.command?.command === ServerCommands.applySensitiveFix);
    assert.ok(action, `a keep-in-.env action among ${all.map((candidate) => candidate.title).join(' | ')}`);
    return { diagnostic, action, all };
  }

  test('the action carries a command naming the finding, no edit and no value', async () => {
    const path = join(root, 'src', 'config.ts');
    await client.open(path);
    const { action, all } = await keepInEnvAction(path, 0);
    assert.equal(action.edit, undefined);
    assert.match(action.title, /keep the value \(sk_live_.{1,8}…\)/);
    const [argument] = action.command!.arguments ?? [];
    assert.deepEqual(Object.keys(argument as object).sort(), ['fixIndex', 'range', 'ruleId', 'uri', 'version']);
    assert.equal((argument as { version: number }).version, 1);
    const everything = JSON.stringify(all);
    assert.ok(!everything.includes(STRIPE.slice(0, Math.ceil(STRIPE.length / 2) + 1)), 'no action shows the value');
    // The preferred fix (no .env) is still a plain edit.
    const preferred = all.find((candidate) => candidate.isPreferred);
    assert.ok(preferred?.edit && !preferred.command);
  });

  test('executing it: .gitignore first, then the value in .env (0600), then the literal becomes process.env.NAME', async () => {
    const path = join(root, 'src', 'config.ts');
    await client.open(path);
    const { action } = await keepInEnvAction(path, 0);
    const result = await client.executeCommand(action.command!.command, action.command!.arguments ?? []);
    assert.deepEqual(result, { applied: true });
    assert.deepEqual(shown, []);

    const envPath = join(root, '.env');
    assert.equal(readFileSync(envPath, 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\n`);
    assert.equal(statSync(envPath).mode & 0o777, 0o600, 'a new .env is private to its owner');
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules/\n.env\n');
    assert.equal(readFileSync(join(root, '.env.example'), 'utf8'), 'STRIPE_SECRET_KEY=\n');
    assert.equal(client.textOf(path).split('\n')[0], 'export const stripeKey = process.env.STRIPE_SECRET_KEY;');
    // The order: the .gitignore edit reached the editor before .env existed; the source edit came last.
    assert.deepEqual(envWhenGitignoreEdited, ['']);
    assert.equal(applied.length, 2);
    assert.deepEqual(pathsOf(applied[1]!), [path]);
    assert.ok(!JSON.stringify(applied).includes(STRIPE.slice(0, Math.ceil(STRIPE.length / 2) + 1)), 'no edit sent holds the value');

    // The finding is gone, and the next secret appends to the now ignored .env (no .gitignore edit).
    const after = await client.pullDiagnostics(path);
    assert.ok(!after.some((diagnostic) => diagnostic.range.start.line === 0 && diagnostic.code === 'config/hardcoded-secret'));
    const { action: next } = await keepInEnvAction(path, 1);
    assert.deepEqual(await client.executeCommand(next.command!.command, next.command!.arguments ?? []), { applied: true });
    assert.equal(readFileSync(envPath, 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\nADMIN_PASSWORD='${PASSWORD}'\n`);
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules/\n.env\n');
    assert.equal(envWhenGitignoreEdited.length, 1, 'no second .gitignore edit');
  });

  test('a stale action (the document changed since) is refused: nothing is written', async () => {
    const path = join(root, 'src', 'config.ts');
    await client.open(path);
    const { action } = await keepInEnvAction(path, 0);
    await client.change(path, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '// edited\n' }]);
    const result = (await client.executeCommand(action.command!.command, action.command!.arguments ?? [])) as { applied: boolean };
    assert.equal(result.applied, false);
    assert.equal(shown.length, 1);
    assert.equal(shown[0]!.type, 1, 'an error message');
    assert.match(shown[0]!.message, /not written to \.env.*changed/);
    assert.equal(existsSync(join(root, '.env')), false);
    assert.equal(applied.length, 0);
  });

  test('when .gitignore only changed in an unsaved editor, the value is not written and the literal stays', async () => {
    const path = join(root, 'src', 'config.ts');
    const gitignore = join(root, '.gitignore');
    await client.open(path);
    await client.open(gitignore, readFileSync(gitignore, 'utf8'), 'ignore');
    const { action } = await keepInEnvAction(path, 0);
    const result = (await client.executeCommand(action.command!.command, action.command!.arguments ?? [])) as { applied: boolean; reason: string };
    assert.equal(result.applied, false);
    assert.match(result.reason, /save \.gitignore/);
    assert.equal(shown.length, 1);
    assert.equal(existsSync(join(root, '.env')), false, 'no value on disk');
    assert.equal(client.textOf(gitignore), 'node_modules/\n.env\n', 'the .gitignore buffer got the line');
    assert.equal(client.textOf(path), SOURCE, 'the literal is still there: the value is not lost');

    // The user saves .gitignore and tries again: now it works, without a second .gitignore edit.
    writeFileSync(gitignore, client.textOf(gitignore));
    await client.close(gitignore);
    await client.filesChanged([{ path: gitignore, type: FileChangeType.Changed }]);
    shown.length = 0;
    const { action: retry } = await keepInEnvAction(path, 0);
    assert.deepEqual(await client.executeCommand(retry.command!.command, retry.command!.arguments ?? []), { applied: true });
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\n`);
    assert.equal(readFileSync(gitignore, 'utf8'), 'node_modules/\n.env\n');
  });

  test('fix-all never moves a secret: no action, and the fixAll command writes nothing', async () => {
    const path = join(root, 'src', 'config.ts');
    await client.open(path);
    const diagnostics = await client.pullDiagnostics(path);
    const fixAll = await client.codeActions(path, diagnostics, [FIX_ALL_KIND]);
    assert.deepEqual(fixAll, []);
    const result = (await client.executeCommand(ServerCommands.fixAll, [uriOf(path), client.versionOf(path)])) as { fixes?: number };
    assert.equal(result.fixes, 0);
    assert.equal(existsSync(join(root, '.env')), false);
    assert.equal(applied.length, 0);
  });

  test('nonsense arguments are refused cleanly', async () => {
    const result = (await client.executeCommand(ServerCommands.applySensitiveFix, [{ uri: 42 }])) as { applied: boolean };
    assert.equal(result.applied, false);
    assert.equal(shown.length, 1);
  });
});
