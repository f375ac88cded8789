// A malformed .gitignore over the real server: the workspace scan reports its problems on the
// file, an open .gitignore is checked as it is typed, and fixing a line clears its warning.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestLspClient, pathOf, waitFor } from './helpers/lspClient';

const BROKEN = 'node_modules/\nsecrets[z-a].json\n.env\\\n';

function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.source} ${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

describe('.gitignore problems in the editor', () => {
  let base: string;
  let root: string;
  let gitignore: string;
  let client: TestLspClient;

  before(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'tf-lsp-gitignore-')));
    root = join(base, 'ws');
    gitignore = join(root, '.gitignore');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{ "name": "gi", "version": "1.0.0" }\n');
    writeFileSync(join(root, 'src', 'index.ts'), 'export const answer = 42;\n');
    writeFileSync(gitignore, BROKEN);
    client = await TestLspClient.start({ folders: [root], settings: { '*': { enable: true, scanOnStartup: true, rules: {}, exclude: [], maxFileSize: 1_000_000 } } });
  });

  after(async () => {
    await client?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  const expected = ['twelve-factor twelve-factor/gitignore 2 1:8-1:11', 'twelve-factor twelve-factor/gitignore 2 2:4-2:5'];

  test('the workspace scan reports each problem at its place, as a warning', async () => {
    const items = await waitFor('.gitignore in the workspace report', async () => {
      const report = await client.workspaceDiagnostics([], 5000);
      const entry = report.items.find((item) => pathOf(item.uri) === gitignore);
      return entry && entry.kind === 'full' && entry.items.length > 0 ? entry.items : undefined;
    });
    assert.deepEqual(summary(items), expected);
    assert.ok(items.every((item) => item.severity === DiagnosticSeverity.Warning));
    assert.match(String(items[0]!.message), /"z-a" runs backwards/);
  });

  test('an open .gitignore is checked as typed; fixing the lines clears the warnings', async () => {
    await client.open(gitignore, BROKEN, 'ignore');
    assert.deepEqual(summary(await client.pullDiagnostics(gitignore)), expected);
    // Fix the range: `[z-a]` → `[a-z]`.
    await client.change(gitignore, [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } }, text: 'a-z' }]);
    assert.deepEqual(summary(await client.pullDiagnostics(gitignore)), [expected[1]]);
    // Drop the trailing backslash.
    await client.change(gitignore, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 5 } }, text: '' }]);
    assert.deepEqual(await client.pullDiagnostics(gitignore), []);
    // No quick fixes are invented for them, and nothing breaks when asked.
    await client.change(gitignore, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'b[c\n' }]);
    const [unclosed] = await client.pullDiagnostics(gitignore);
    assert.ok(unclosed);
    assert.deepEqual(await client.codeActions(gitignore, [unclosed]), []);
    await client.close(gitignore);
  });

  test('a fixed file on disk clears the workspace report', async () => {
    writeFileSync(gitignore, 'node_modules/\nsecrets[a-z].json\n.env\n');
    await client.filesChanged([{ path: gitignore, type: FileChangeType.Changed }]);
    await waitFor('the .gitignore warnings to clear', async () => {
      const report = await client.workspaceDiagnostics([], 3000);
      const entry = report.items.find((item) => pathOf(item.uri) === gitignore);
      return entry && entry.kind === 'full' && entry.items.length === 0 ? true : undefined;
    });
  });
});
