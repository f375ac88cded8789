// No full secret value ever appears in what the tool shows or writes, except in the one place
// it is asked to put it: a git-ignored .env. Secrets are planted in TypeScript, YAML manifests,
// a Kubernetes Secret, package.json and a committed .env; then every output channel is searched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
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

/** The server's JSON-RPC output with the .env edits removed: the only place a value may travel. */
function serverOutputWithoutDotenvEdits(stdout: string): string {
  const messages: unknown[] = [];
  for (const part of stdout.split(/Content-Length: \d+\r\n\r\n/)) {
    if (part.trim() === '') continue;
    messages.push(JSON.parse(part));
  }
  const scrub = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(scrub);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    const document = record.textDocument as { uri?: unknown } | undefined;
    if (Array.isArray(record.edits) && typeof document?.uri === 'string' && basename(fileURLToPath(document.uri)) === '.env') return { ...record, edits: '[.env edits removed]' };
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, scrub(inner)]));
  };
  return JSON.stringify(messages.map(scrub));
}

describe('planted secrets never leak', () => {
  const temporary: string[] = [];
  let notIgnored: string;
  let ignored: string;

  before(() => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'tf-secrets-')));
    temporary.push(base);
    notIgnored = join(base, 'not-ignored');
    ignored = join(base, 'ignored');
    plantedWorkspace(notIgnored, { envIgnored: false });
    plantedWorkspace(ignored, { envIgnored: true });
  });

  after(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['text', 'json', 'sarif'] as const) {
    test(`CLI --format ${format}: secrets are found, and neither stdout nor stderr shows one`, async () => {
      const logPath = join(temporary[0]!, `cli-${format}.log`);
      const run = await runCliBundle(['.', '--format', format], { cwd: notIgnored, preload: SANDBOX_PRELOAD, env: sandboxEnv({ logPath, workspace: notIgnored }), timeoutMs: 60_000 });
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
      assert.deepEqual(sandboxAttempts(logPath), []);
    });
  }

  test('language server: diagnostics, code action titles, logs, stderr and every message it sends show no secret (bar the edit to a git-ignored .env)', async () => {
    const logPath = join(temporary[0]!, 'server.log');
    const server = await TappedServer.start(notIgnored, { logPath, workspace: notIgnored });
    try {
      await server.scan();
      await server.workspaceDiagnostics(3000).catch(() => undefined);
      let secretDiagnostics = 0;
      const titles: string[] = [];
      const messages: string[] = [];
      for (const relative of FILES) {
        const path = join(notIgnored, relative);
        await server.open(path, readFileSync(path, 'utf8'), languageOf(relative));
        const diagnostics: Diagnostic[] = await server.pull(path);
        for (const diagnostic of diagnostics) {
          messages.push(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
          if (!SECRET_RULES.has(String(diagnostic.code))) continue;
          secretDiagnostics++;
          const actions: CodeAction[] = await server.codeActions(path, diagnostic);
          titles.push(...actions.map((action) => action.title));
        }
      }
      assert.ok(secretDiagnostics >= 8, `the planted secrets are diagnosed (${secretDiagnostics})`);
      assert.ok(titles.length > 0, 'code actions were offered');
      assert.deepEqual(leaksIn(messages.join('\n')), [], 'diagnostic messages');
      assert.deepEqual(leaksIn(titles.join('\n')), [], 'code action titles');
      const { stdout, stderr } = server.output;
      assert.deepEqual(leaksIn(serverOutputWithoutDotenvEdits(stdout)), [], 'JSON-RPC output (logs, progress, diagnostics, actions)');
      assert.deepEqual(leaksIn(stderr), [], 'server stderr');
    } finally {
      await server.stop();
    }
    assert.deepEqual(sandboxAttempts(logPath), []);
  });

  for (const envIgnored of [false, true]) {
    test(`quick fixes put a value only into .env, and only once .env is git-ignored (.env ${envIgnored ? 'already' : 'not yet'} ignored)`, async () => {
      const root = envIgnored ? ignored : notIgnored;
      const logPath = join(temporary[0]!, `fixes-${envIgnored}.log`);
      const server = await TappedServer.start(root, { logPath, workspace: root });
      const gitignoreBefore = readFileSync(join(root, '.gitignore'), 'utf8');
      let valueCarryingActions = 0;
      try {
        for (const relative of ['src/config.ts', 'docker-compose.yml', 'k8s/secret.yaml']) {
          const path = join(root, relative);
          await server.open(path, readFileSync(path, 'utf8'), languageOf(relative));
          for (const diagnostic of await server.pull(path)) {
            if (!SECRET_RULES.has(String(diagnostic.code))) continue;
            for (const action of await server.codeActions(path, diagnostic)) {
              const edits = editsOf(action.edit);
              const carrying = edits.filter((edit) => leaksIn(edit.newText).length > 0);
              if (carrying.length === 0) continue;
              valueCarryingActions++;
              for (const edit of carrying) assert.equal(basename(edit.path), '.env', `"${action.title}" writes a secret value only to .env, not to ${edit.path}`);
              const envEdit = carrying[0]!;
              const gitignoreEdits = edits.filter((edit) => basename(edit.path) === '.gitignore');
              const gitignoreAfter = gitignoreBefore + gitignoreEdits.map((edit) => edit.newText).join('');
              assert.ok(ignore().add(gitignoreAfter).ignores(envEdit.path.slice(root.length + 1)), `"${action.title}": after the fix git ignores .env`);
              if (!envIgnored) {
                assert.ok(gitignoreEdits.length > 0, `"${action.title}" adds .env to .gitignore`);
                assert.ok(gitignoreEdits.every((edit) => edit.order < envEdit.order), `"${action.title}": the .gitignore line comes before the value`);
              }
            }
            for (const action of await server.codeActions(path, diagnostic)) {
              for (const edit of editsOf(action.edit)) {
                if (basename(edit.path) === '.env.example') assert.deepEqual(leaksIn(edit.newText), [], `"${action.title}" never writes a value to .env.example`);
              }
            }
          }
        }
      } finally {
        await server.stop();
      }
      assert.ok(valueCarryingActions > 0, 'some fix offers to keep the value in .env (else this test proves nothing)');
      assert.deepEqual(sandboxAttempts(logPath), []);
    });
  }

  test('the leak check itself catches a partial echo (it can fail)', () => {
    const value = PLANTED.stripeLive!;
    assert.notDeepEqual(leaksIn(`key: ${value.slice(0, -2)}`), []);
    assert.deepEqual(leaksIn(`key: ${value.slice(0, 10)}…`), []);
  });
});
