// No full secret value ever appears in what the tool shows or writes, except in the one place
// it is asked to put it: a git-ignored .env on disk, written by the server itself (the value
// never travels over LSP). Secrets are planted in TypeScript, YAML manifests, a Kubernetes
// Secret, package.json and a committed .env; then every output channel is searched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { ServerCommands } from '../../server/src/lsp/protocol';
import { runCliBundle } from '../fuzz/helpers/processes';
import { PLANTED, leaksIn, plantedWorkspace } from './helpers/plantedSecrets';
import { SANDBOX_PRELOAD, TappedServer, sandboxAttempts, sandboxEnv } from './helpers/tappedServer';

const SECRET_RULES = new Set(['config/hardcoded-secret', 'config/secret-fallback']);
const FILES = ['src/config.ts', 'docker-compose.yml', 'k8s/secret.yaml', 'package.json', '.env'];

function languageOf(relative: string): string {
  if (relative.endsWith('.ts')) return 'typescript';
  if (relative.endsWith('.yml') || relative.endsWith('.yaml')) return 'yaml';
  if (relative.endsWith('.json')) return 'json';
  return 'dotenv';
}

/** Every text edit of a workspace edit, with the file it targets. */
function editsOf(edit: WorkspaceEdit | undefined): Array<{ path: string; newText: string; order: number }> {
  const edits: Array<{ path: string; newText: string; order: number }> = [];
  let order = 0;
  for (const change of edit?.documentChanges ?? []) {
    if ('kind' in change) continue;
    for (const textEdit of (change as TextDocumentEdit).edits) edits.push({ path: fileURLToPath(change.textDocument.uri), newText: 'newText' in textEdit ? textEdit.newText : textEdit.snippet.value, order: order++ });
  }
  for (const [uri, textEdits] of Object.entries(edit?.changes ?? {})) for (const textEdit of textEdits) edits.push({ path: fileURLToPath(uri), newText: textEdit.newText, order: order++ });
  return edits;
}

/** Whether the .gitignore text makes git ignore `relative` (the `ignore` package follows git's rules). */
function gitIgnores(gitignoreText: string, relative: string): boolean {
  return ignore().add(gitignoreText).ignores(relative);
}

/** The "keep the value in .env" action among a finding's actions: a command, no edit. */
function sensitiveActionOf(actions: readonly CodeAction[]): CodeAction | undefined {
  return actions.find((action) => action.command?.command === ServerCommands.applySensitiveFix);
}

describe('planted secrets never leak', () => {
  const temporary: string[] = [];
  let notIgnored: string;
  let ignored: string;
  let leakChecked: string;

  before(() => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'tf-secrets-')));
    temporary.push(base);
    notIgnored = join(base, 'not-ignored');
    ignored = join(base, 'ignored');
    leakChecked = join(base, 'leak-checked');
    plantedWorkspace(notIgnored, { envIgnored: false });
    plantedWorkspace(ignored, { envIgnored: true });
    plantedWorkspace(leakChecked, { envIgnored: false });
  });

  after(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['text', 'json', 'sarif'] as const) {
    test(`CLI --format ${format}: secrets are found, and neither stdout nor stderr shows one`, async () => {
      const logPath = join(temporary[0]!, `cli-${format}.log`);
      // The result cache is a place the CLI writes too (second and third formats read it).
      const cacheDirectory = join(temporary[0]!, 'cli-cache');
      const run = await runCliBundle(['.', '--format', format], { cwd: notIgnored, preload: SANDBOX_PRELOAD, env: { ...sandboxEnv({ logPath, workspace: notIgnored }), TWELVE_FACTOR_CACHE_DIR: cacheDirectory }, timeoutMs: 60_000 });
      assert.equal(run.code, 1, `error-level secrets found (exit 1); stderr: ${run.stderr}`);
      if (format === 'json') {
        const rows = JSON.parse(run.stdout) as Array<{ ruleId: string; file: string }>;
        const secretFiles = new Set(rows.filter((row) => SECRET_RULES.has(row.ruleId)).map((row) => row.file));
        // The test must be able to fail: the planted secrets are really detected…
        for (const file of ['src/config.ts', 'docker-compose.yml', 'k8s/secret.yaml']) assert.ok(secretFiles.has(file), `a secret finding in ${file}`);
      }
      // …and never echoed.
      assert.deepEqual(leaksIn(run.stdout), [], 'stdout');
      assert.deepEqual(leaksIn(run.stderr), [], 'stderr');
      const cacheFiles = readdirSync(cacheDirectory);
      assert.ok(cacheFiles.length > 0, 'the run wrote its result cache');
      for (const name of cacheFiles) assert.deepEqual(leaksIn(readFileSync(join(cacheDirectory, name), 'utf8')), [], `result cache ${name}`);
      assert.deepEqual(sandboxAttempts(logPath), []);
    });
  }

  test('language server: diagnostics, code actions, logs, stderr and every message it sends show no secret, even after the value is moved to .env', async () => {
    const root = leakChecked;
    const logPath = join(temporary[0]!, 'server.log');
    const server = await TappedServer.start(root, { logPath, workspace: root });
    try {
      await server.scan();
      await server.workspaceDiagnostics(3000).catch(() => undefined);
      let secretDiagnostics = 0;
      const titles: string[] = [];
      const messages: string[] = [];
      for (const relative of FILES) {
        const path = join(root, relative);
        await server.open(path, readFileSync(path, 'utf8'), languageOf(relative));
        const diagnostics: Diagnostic[] = await server.pull(path);
        for (const diagnostic of diagnostics) {
          messages.push(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
          if (!SECRET_RULES.has(String(diagnostic.code))) continue;
          secretDiagnostics++;
          // VS Code asks again on every cursor move: each answer lands in the trace.
          for (let request = 0; request < 10; request++) {
            const actions: CodeAction[] = await server.codeActions(path, diagnostic);
            if (request === 0) titles.push(...actions.map((action) => action.title));
          }
        }
      }
      assert.ok(secretDiagnostics >= 8, `the planted secrets are diagnosed (${secretDiagnostics})`);
      assert.ok(titles.length > 0, 'code actions were offered');

      // Then the user picks "keep the value in .env" for the Stripe key: the server writes it to disk itself.
      const config = join(root, 'src', 'config.ts');
      const stripe = (await server.pull(config)).find((diagnostic) => diagnostic.code === 'config/hardcoded-secret' && diagnostic.range.start.line === 0);
      assert.ok(stripe, 'the Stripe key is diagnosed');
      const keep = sensitiveActionOf(await server.codeActions(config, stripe));
      assert.ok(keep?.command, 'the keep-in-.env fix is offered as a command');
      assert.deepEqual(await server.executeCommand(keep.command.command, keep.command.arguments ?? []), { applied: true });
      assert.ok(readFileSync(join(root, '.env'), 'utf8').includes(`STRIPE_SECRET_KEY=${PLANTED.stripeLive}\n`), 'the value reached .env (else the leak check below proves little)');
      assert.ok(readFileSync(config, 'utf8').startsWith('export const stripeKey = process.env.STRIPE_SECRET_KEY;'), 'the source reads it from the environment');
      for (let request = 0; request < 5; request++) for (const diagnostic of await server.pull(config)) await server.codeActions(config, diagnostic);

      assert.deepEqual(leaksIn(messages.join('\n')), [], 'diagnostic messages');
      assert.deepEqual(leaksIn(titles.join('\n')), [], 'code action titles');
      const { stdout, stderr } = server.output;
      assert.deepEqual(leaksIn(stdout), [], 'JSON-RPC output (logs, progress, diagnostics, code actions, edits, messages)');
      assert.deepEqual(leaksIn(stderr), [], 'server stderr');
    } finally {
      await server.stop();
    }
    assert.deepEqual(sandboxAttempts(logPath), []);
  });

  for (const envIgnored of [false, true]) {
    test(`quick fixes put a value only into .env, only once .env is git-ignored, and never over LSP (.env ${envIgnored ? 'already' : 'not yet'} ignored)`, async () => {
      const root = envIgnored ? ignored : notIgnored;
      const logPath = join(temporary[0]!, `fixes-${envIgnored}.log`);
      const server = await TappedServer.start(root, { logPath, workspace: root });
      const gitignorePath = join(root, '.gitignore');
      const envPath = join(root, '.env');
      const gitignoreBefore = readFileSync(gitignorePath, 'utf8');
      assert.equal(gitIgnores(gitignoreBefore, '.env'), envIgnored);
      let sensitiveActions = 0;
      try {
        for (const relative of ['src/config.ts', 'docker-compose.yml', 'k8s/secret.yaml']) {
          const path = join(root, relative);
          await server.open(path, readFileSync(path, 'utf8'), languageOf(relative));
          for (const diagnostic of await server.pull(path)) {
            if (!SECRET_RULES.has(String(diagnostic.code))) continue;
            for (const action of await server.codeActions(path, diagnostic)) {
              // No edit of any action carries a value, to .env or anywhere else.
              for (const edit of editsOf(action.edit)) assert.deepEqual(leaksIn(edit.newText), [], `"${action.title}" sends no value in its edit to ${basename(edit.path)}`);
              assert.deepEqual(leaksIn(JSON.stringify(action.command ?? null)), [], `"${action.title}" names no value in its command`);
              if (action.command?.command !== ServerCommands.applySensitiveFix) continue;
              sensitiveActions++;
              assert.equal(action.edit, undefined, `"${action.title}" carries no edit`);
            }
          }
        }
        assert.ok(sensitiveActions > 0, 'some fix offers to keep the value in .env (else this test proves nothing)');

        // Apply it for the admin password: record what .env holds whenever an edit reaches the editor.
        const config = join(root, 'src', 'config.ts');
        const diagnostic = (await server.pull(config)).find((candidate) => candidate.code === 'config/hardcoded-secret' && candidate.range.start.line === 5);
        assert.ok(diagnostic, 'the admin password is diagnosed');
        const keep = sensitiveActionOf(await server.codeActions(config, diagnostic));
        assert.ok(keep?.command);
        const envWhenGitignoreEdited: string[] = [];
        server.beforeApplyEdit = (edit) => {
          if (editsOf(edit).some((entry) => basename(entry.path) === '.gitignore')) envWhenGitignoreEdited.push(existsSync(envPath) ? readFileSync(envPath, 'utf8') : '');
        };
        assert.deepEqual(await server.executeCommand(keep.command.command, keep.command.arguments ?? []), { applied: true });
        assert.deepEqual(server.shownMessages, [], 'no refusal');

        const source = readFileSync(config, 'utf8');
        assert.ok(source.includes('export const adminPassword = process.env.ADMIN_PASSWORD;'), 'the literal became process.env.ADMIN_PASSWORD');
        assert.deepEqual(leaksIn(source, { adminPassword: PLANTED.adminPassword! }), [], 'the value left the source');
        const example = readFileSync(join(root, '.env.example'), 'utf8');
        assert.match(example, /^ADMIN_PASSWORD=$/m, '.env.example documents the name');
        assert.deepEqual(leaksIn(example), [], '.env.example holds no value');
        const gitignoreAfter = readFileSync(gitignorePath, 'utf8');
        assert.ok(gitIgnores(gitignoreAfter, '.env'), '.gitignore ignores .env');
        assert.match(readFileSync(envPath, 'utf8'), new RegExp(`^ADMIN_PASSWORD='${PLANTED.adminPassword!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'$`, 'm'), '.env holds the value, quoted for dotenv');
        if (envIgnored) {
          assert.equal(gitignoreAfter, gitignoreBefore, '.gitignore already ignored .env: unchanged');
          assert.deepEqual(envWhenGitignoreEdited, []);
        } else {
          // The order: .gitignore was edited while .env did not hold the value yet.
          assert.equal(envWhenGitignoreEdited.length, 1, 'one edit of .gitignore');
          assert.ok(!envWhenGitignoreEdited[0]!.includes('ADMIN_PASSWORD'), '.gitignore ignored .env before the value was written');
        }
        assert.deepEqual(leaksIn(server.output.stdout), [], 'nothing the server sent holds a value');
      } finally {
        await server.stop();
      }
      assert.deepEqual(sandboxAttempts(logPath), []);
    });
  }

  test('the leak check itself catches a partial echo (it can fail)', () => {
    const value = PLANTED.stripeLive!;
    assert.notDeepEqual(leaksIn(`key: ${value.slice(0, -2)}`), []);
    assert.deepEqual(leaksIn(`key: ${value.slice(0, 10)}…`), []);
  });
});
