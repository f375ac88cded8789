// The CLI reports .gitignore problems as located notes (stderr, SARIF notifications), never
// as rows of the JSON findings array, which is scored against a labelled corpus.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'twelve-factor.js');

function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface SarifNotification {
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
}

describe('CLI: .gitignore problems', () => {
  let root: string;

  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'tf-cli-gitignore-')));
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{ "name": "gi", "version": "1.0.0" }\n');
    writeFileSync(join(root, 'src', 'index.ts'), 'export const answer = 42;\n');
    writeFileSync(join(root, '.gitignore'), 'node_modules/\nsrc/**.js\n.env\\\n');
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  test('json: no finding rows, located notes on stderr', () => {
    const run = runCli(['.', '--format', 'json'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), []);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    assert.match(lines[0]!, /^\.gitignore:2:5: "\*\*" only matches across folders/);
    assert.match(lines[1]!, /^\.gitignore:3:5: This pattern ends with a backslash/);
  });

  test('sarif: warning-level notifications with regions, no results', () => {
    const run = runCli(['.', '--format', 'sarif'], root);
    assert.equal(run.code, 0, run.stderr);
    const sarif = JSON.parse(run.stdout) as { runs: Array<{ results: unknown[]; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }> }> };
    const [only] = sarif.runs;
    assert.deepEqual(only!.results, []);
    const notifications = only!.invocations[0]!.toolExecutionNotifications;
    assert.equal(only!.invocations[0]!.executionSuccessful, true);
    assert.deepEqual(
      notifications.map((notification) => [notification.level, notification.locations[0]!.physicalLocation.artifactLocation.uri, notification.locations[0]!.physicalLocation.region]),
      [
        ['warning', '.gitignore', { startLine: 2, startColumn: 5, endLine: 2, endColumn: 7 }],
        ['warning', '.gitignore', { startLine: 3, startColumn: 5, endLine: 3, endColumn: 6 }],
      ],
    );
  });

  test('text: notes after the (empty) report; a .gitignore named on the command line is checked too', () => {
    const run = runCli(['.gitignore'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /note: \.gitignore:2:5: "\*\*"/);
    assert.match(run.stdout, /note: \.gitignore:3:5: This pattern ends with a backslash/);
    assert.match(run.stdout, /No twelve-factor problems found\./);
  });
});
