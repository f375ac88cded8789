// The CLI as users and CI run it: the real bin, a real folder on disk, real exit codes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'twelve-factor.js');

function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

interface JsonFinding {
  file: string;
  ruleId: string;
  factor: number;
  severity: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  fixable: boolean;
}

describe('twelve-factor CLI', () => {
  let workspace: string;

  before(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'tf-cli-')));
    writeTree(workspace, {
      'app/package.json': '{\n  "name": "app",\n  "dependencies": { "express": "^4.19.2" }\n}\n',
      'app/package-lock.json': '{}\n',
      'app/.gitignore': 'node_modules/\nignored/\n.env\n',
      'app/src/server.ts': "import express from 'express';\nconst app = express();\nprocess.on('SIGTERM', () => process.exit(0));\napp.listen(3000);\n",
      'app/src/clean.ts': "export const port = Number(process.env.PORT ?? 3000);\n",
      'app/ignored/server.ts': "app.listen(4000);\n",
      'app/node_modules/dep/index.js': "app.listen(5000);\n",
      'app/bundle.min.js': 'var a=1;',
      'app/src/blob.js': Buffer.from([0x00, 0x01, 0x02, 0x6c, 0x69, 0x73, 0x74, 0x65, 0x6e]),
      'clean/package.json': '{\n  "name": "clean",\n  "dependencies": {}\n}\n',
      'clean/src/index.ts': "export const port = Number(process.env.PORT ?? 3000);\n",
    });
  });

  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('prints one JSON array with the contract fields, paths relative to the cwd and 0-based ranges', () => {
    const { code, stdout } = runCli(['app', '--format', 'json'], workspace);
    const findings = JSON.parse(stdout) as JsonFinding[];
    assert.ok(Array.isArray(findings));
    const port = findings.filter((finding) => finding.ruleId === 'port-binding/hardcoded-port');
    assert.deepEqual(port, [
      {
        file: 'app/src/server.ts',
        ruleId: 'port-binding/hardcoded-port',
        factor: 7,
        severity: 'warning',
        range: { start: { line: 3, character: 11 }, end: { line: 3, character: 15 } },
        message: port[0]?.message,
        fixable: true,
      },
    ]);
    assert.match(port[0]!.message, /3000/);
    assert.equal(code, findings.some((finding) => finding.severity === 'error') ? 1 : 0);
  });

  it('honours .gitignore, skips node_modules, and notes minified and binary files without failing', () => {
    const { stdout, stderr } = runCli(['app', '--format', 'json'], workspace);
    const files = new Set((JSON.parse(stdout) as JsonFinding[]).map((finding) => finding.file));
    assert.ok(![...files].some((file) => file.includes('ignored/') || file.includes('node_modules')), [...files].join(', '));
    assert.match(stderr, /blob\.js: Skipped: the file looks binary/);
    assert.match(stderr, /bundle\.min\.js: Skipped: minified/);
  });

  it('exits 0 on a clean project and says so in text mode', () => {
    const { code, stdout } = runCli(['clean'], workspace);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /No twelve-factor problems found/);
  });

  it('exits 1 when a rule raised to error fires, and 0 when it is turned off', () => {
    const raised = runCli(['app', '--format', 'json', '--rule', 'port-binding/hardcoded-port=error'], workspace);
    assert.equal(raised.code, 1);
    assert.ok((JSON.parse(raised.stdout) as JsonFinding[]).some((finding) => finding.ruleId === 'port-binding/hardcoded-port' && finding.severity === 'error'));
    const off = runCli(['app/src/server.ts', '--format', 'json', '--rule', 'port-binding/hardcoded-port=off', '--rule', 'disposability/no-graceful-shutdown=off'], workspace);
    assert.ok(!(JSON.parse(off.stdout) as JsonFinding[]).some((finding) => finding.ruleId === 'port-binding/hardcoded-port'));
  });

  it('prints ESLint-like text lines with file:line:col, severity, message, rule id and factor', () => {
    const { stdout } = runCli(['app'], workspace);
    assert.match(stdout, /app\/src\/server\.ts:4:12 {2}warning {2}.*3000.* {2}port-binding\/hardcoded-port \(factor VII Port binding\)/);
    assert.match(stdout, /✖ \d+ problems? \(/);
  });

  it('writes SARIF 2.1.0 with rule metadata, help links and 1-based regions', () => {
    const { stdout } = runCli(['app', '--format', 'sarif'], workspace);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; shortDescription: { text: string } }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
      }>;
    };
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0]!;
    assert.equal(run.tool.driver.rules.length, 25);
    for (const rule of run.tool.driver.rules) assert.match(rule.helpUri, new RegExp(`docs/rules/${rule.id}\\.md$`));
    const result = run.results.find((candidate) => candidate.ruleId === 'port-binding/hardcoded-port')!;
    assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0]!.physicalLocation.region, { startLine: 4, startColumn: 12, endLine: 4, endColumn: 16 });
    assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uri, 'app/src/server.ts');
  });

  it('reports .twelve-factor.yml problems as findings in the config file and still applies its valid parts', () => {
    writeTree(workspace, { 'app/.twelve-factor.yml': 'rules:\n  port-binding/hardcoded-port: error\n  no-such/rule: warn\n  port-binding/loopback-only: loud\n' });
    try {
      const { code, stdout } = runCli(['app', '--format', 'json'], workspace);
      const findings = JSON.parse(stdout) as JsonFinding[];
      const configFindings = findings.filter((finding) => finding.file === 'app/.twelve-factor.yml');
      assert.deepEqual(
        configFindings.map((finding) => [finding.range.start.line, finding.message.split('.')[0]]),
        [
          [2, 'Unknown rule id "no-such/rule"'],
          [3, 'Invalid severity "loud" for port-binding/loopback-only; use off, hint, info, warning or error'],
        ],
      );
      assert.ok(findings.some((finding) => finding.ruleId === 'port-binding/hardcoded-port' && finding.severity === 'error'));
      assert.equal(code, 1);
    } finally {
      rmSync(join(workspace, 'app/.twelve-factor.yml'));
    }
  });

  it('lists findings by file in code-unit order (the same on every machine and locale), then by position', () => {
    const sorted = realpathSync(mkdtempSync(join(tmpdir(), 'tf-cli-order-')));
    try {
      // A locale-aware sort puts alpha.ts first; code units put the capital Z first.
      writeTree(sorted, {
        'package.json': '{ "name": "order" }\n',
        'src/alpha.ts': 'app.listen(3001);\n',
        'src/Zeta.ts': 'app.listen(3002);\napp.listen(3003);\n',
      });
      const { stdout } = runCli(['.', '--format', 'json', '--no-cache'], sorted);
      const listed = (JSON.parse(stdout) as JsonFinding[]).filter((finding) => finding.ruleId === 'port-binding/hardcoded-port').map((finding) => `${finding.file}:${finding.range.start.line}`);
      assert.deepEqual(listed, ['src/Zeta.ts:0', 'src/Zeta.ts:1', 'src/alpha.ts:0']);
    } finally {
      rmSync(sorted, { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message on usage errors and missing paths', () => {
    const badFormat = runCli(['--format', 'xml'], workspace);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /Unknown format "xml"/);
    const badRule = runCli(['--rule', 'config/hardcoded-secret=loud'], workspace);
    assert.equal(badRule.code, 2);
    assert.match(badRule.stderr, /Invalid severity/);
    const missing = runCli(['does-not-exist'], workspace);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: does-not-exist/);
  });
});
