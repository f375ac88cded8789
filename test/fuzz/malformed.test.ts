// Malformed project files and over-limit inputs, as the editor and the CLI report them:
// a syntax error in package.json or a YAML manifest is a warning at its place (editor) and a
// located note (CLI stderr / SARIF notification) — never a finding in the JSON results;
// problems in .twelve-factor.yml are diagnostics on the offending key or value; files over
// the limits get exactly one information diagnostic and are never parsed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestLspClient } from '../lsp/helpers/lspClient';
import { runCliBundle } from './helpers/processes';

const BROKEN_PACKAGE_JSON = '{\n  "name": "broken",\n  "dependencies": {\n    "express": "^4.19.2"\n    "pg": "^8.11.0"\n  }\n}\n';
/** Where TypeScript's JSON parser reports the missing comma: the start of `"pg"` (line 4, 0-based). */
const PACKAGE_JSON_ERROR_AT = { line: 4, character: 4 };
const BROKEN_COMPOSE = 'services:\n  db:\n    image: postgres:16\n    environment: [unclosed\n  cache:\n    image: redis:7\n';
const CONFIG_WITH_MISTAKES = ['rules:', '  port-binding/hardcoded-prot: error', '  config/hardcoded-secret: loud', 'ignore:', '  - "legacy/**"', 'colour: blue', ''].join('\n');

const SMALL_LIMIT = 2_000;
const OVER_LIMIT: Record<string, string | Buffer> = {
  'src/big.ts': `// generated\n${'export const a = 1;\n'.repeat(200)}`,
  'src/bundle.js': `${'var a=1;'.repeat(1_000)}\n`,
  'src/blob.js': Buffer.concat([Buffer.from('app.listen(3000);\n'), Buffer.from([0, 0, 1, 2])]),
};

function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

describe('malformed files and limits', () => {
  let workspace: string;
  let root: string;
  let client: TestLspClient;

  before(async () => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'tf-malformed-')));
    root = join(workspace, 'app');
    const files: Record<string, string | Buffer> = {
      'package.json': BROKEN_PACKAGE_JSON,
      'package-lock.json': '{}\n',
      'docker-compose.yml': BROKEN_COMPOSE,
      '.twelve-factor.yml': CONFIG_WITH_MISTAKES,
      'src/server.ts': "import express from 'express';\nexpress().listen(3000);\n",
      ...OVER_LIMIT,
    };
    for (const [relative, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, relative)), { recursive: true });
      writeFileSync(join(root, relative), content);
    }
    client = await TestLspClient.start({ folders: [root], settings: { '*': { enable: true, scanOnStartup: false, rules: {}, exclude: [], maxFileSize: SMALL_LIMIT } } });
  });

  after(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('editor: invalid package.json gets one warning at the JSON error', async () => {
    const path = join(root, 'package.json');
    await client.open(path);
    const parseErrors = (await client.pullDiagnostics(path)).filter((diagnostic) => diagnostic.code === 'twelve-factor/parse-error');
    assert.equal(parseErrors.length, 1);
    assert.equal(parseErrors[0]!.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(parseErrors[0]!.range.start, PACKAGE_JSON_ERROR_AT);
    assert.match(messageOf(parseErrors[0]!), /package\.json is not valid JSON: ',' expected/);
  });

  test('editor: a YAML manifest with a syntax error gets a warning at the error, and the readable parts are still checked', async () => {
    const path = join(root, 'docker-compose.yml');
    await client.open(path);
    const diagnostics = await client.pullDiagnostics(path);
    const parseError = diagnostics.find((diagnostic) => diagnostic.code === 'twelve-factor/parse-error');
    assert.ok(parseError, `a parse-error diagnostic among ${codes(diagnostics).join(', ')}`);
    assert.equal(parseError.severity, DiagnosticSeverity.Warning);
    // The flow sequence opened on line 3 is never closed: the error is reported from there on, not at the top of the file.
    assert.ok(parseError.range.start.line >= 3, `error at line ${parseError.range.start.line}`);
    assert.match(messageOf(parseError), /YAML syntax error/);
  });

  test('editor: .twelve-factor.yml reports an unknown rule id, a bad severity and an unknown key, each on its own text', async () => {
    const path = join(root, '.twelve-factor.yml');
    await client.open(path, undefined, 'yaml');
    const diagnostics = (await client.pullDiagnostics(path)).filter((diagnostic) => diagnostic.code === 'twelve-factor/config');
    const lines = CONFIG_WITH_MISTAKES.split('\n');
    const at = (needle: string) => {
      const line = lines.findIndex((text) => text.includes(needle));
      return { line, character: lines[line]!.indexOf(needle) };
    };
    const unknownRule = diagnostics.find((diagnostic) => /Unknown rule id "port-binding\/hardcoded-prot"/.test(messageOf(diagnostic)));
    assert.ok(unknownRule, diagnostics.map((diagnostic) => messageOf(diagnostic)).join('\n'));
    assert.deepEqual(unknownRule.range.start, at('port-binding/hardcoded-prot'));
    assert.match(messageOf(unknownRule), /Did you mean "port-binding\/hardcoded-port"/);
    const badSeverity = diagnostics.find((diagnostic) => /Invalid severity "loud"/.test(messageOf(diagnostic)));
    assert.ok(badSeverity);
    assert.deepEqual(badSeverity.range.start, at('loud'));
    const unknownKey = diagnostics.find((diagnostic) => /Unknown key "colour"/.test(messageOf(diagnostic)));
    assert.ok(unknownKey);
    assert.deepEqual(unknownKey.range.start, at('colour'));
  });

  test('editor: files over the size limit, minified bundles and binary files get exactly one information diagnostic each, quickly', async () => {
    for (const relative of Object.keys(OVER_LIMIT)) {
      const path = join(root, relative);
      await client.open(path, client.textOf(path));
      const started = performance.now();
      const diagnostics = await client.pullDiagnostics(path);
      assert.ok(performance.now() - started < 2_000, `${relative} answered without parsing`);
      assert.equal(diagnostics.length, 1, `${relative}: ${codes(diagnostics).join(', ')}`);
      assert.equal(diagnostics[0]!.code, 'twelve-factor/skipped');
      assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
    }
    const big = (await client.pullDiagnostics(join(root, 'src/big.ts')))[0]!;
    assert.match(messageOf(big), /over the 0\.0 MB limit|over the .* limit/);
    assert.match(messageOf(big), /twelveFactor\.maxFileSize/);
  });

  test('editor: the twelveFactor.maxFileSize setting is live — raised, the big file is analysed', async () => {
    client.setSettings({ '*': { enable: true, scanOnStartup: false, rules: {}, exclude: [], maxFileSize: 1_000_000 } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const path = join(root, 'src/big.ts');
    const deadline = Date.now() + 10_000;
    for (;;) {
      const diagnostics = await client.pullDiagnostics(path);
      if (!codes(diagnostics).includes('twelve-factor/skipped')) break;
      assert.ok(Date.now() < deadline, 'the new limit applies');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  test('CLI: parse problems are located notes on stderr and in SARIF, never findings in the JSON results', async () => {
    const json = await runCliBundle(['.', '--format', 'json', '--max-file-size', String(SMALL_LIMIT)], { cwd: root });
    const rows = JSON.parse(json.stdout) as Array<{ ruleId: string; file: string }>;
    assert.ok(!rows.some((row) => row.ruleId === 'twelve-factor/parse-error'), 'no parse-error rows in the results');
    assert.match(json.stderr, new RegExp(`^package\\.json:${PACKAGE_JSON_ERROR_AT.line + 1}:${PACKAGE_JSON_ERROR_AT.character + 1}: package\\.json is not valid JSON`, 'm'));
    assert.match(json.stderr, /^docker-compose\.yml:\d+:\d+: YAML syntax error/m);
    for (const relative of Object.keys(OVER_LIMIT)) assert.equal(json.stderr.split('\n').filter((line) => line.startsWith(`${relative}: Skipped`)).length, 1, relative);

    const sarif = JSON.parse((await runCliBundle(['.', '--format', 'sarif'], { cwd: root })).stdout) as {
      runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }> }> }> }>;
    };
    const notification = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.find((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri === 'package.json');
    assert.ok(notification);
    assert.deepEqual(notification.locations[0]!.physicalLocation.region, { startLine: PACKAGE_JSON_ERROR_AT.line + 1, startColumn: PACKAGE_JSON_ERROR_AT.character + 1, endLine: PACKAGE_JSON_ERROR_AT.line + 1, endColumn: PACKAGE_JSON_ERROR_AT.character + 5 });
  });
});
