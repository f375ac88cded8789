// The CLI's result cache (server/src/cliCache.ts), through the real bin on a real folder: a
// second run answers unchanged files from the cache, and anything a finding depends on — the
// file's text, a project file the facts were read from, a cross-file fact, the settings —
// makes it analyse again. Whether an answer came from the cache is observed by marking the
// stored findings, not by timing.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'twelve-factor.js');
const MARK = 'ANSWERED FROM THE CACHE';
const SECRET = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';

interface JsonFinding {
  file: string;
  ruleId: string;
  message: string;
}

describe('CLI result cache', () => {
  let workspace: string;
  let cacheDirectory: string;

  const write = (relative: string, content: string) => {
    const path = join(workspace, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };

  const run = (args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync(process.execPath, [BIN, 'app', '--format', 'json', ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, TWELVE_FACTOR_CACHE_DIR: cacheDirectory, ...env } });
    assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
    return { findings: JSON.parse(result.stdout) as JsonFinding[], stdout: result.stdout, stderr: result.stderr };
  };

  const cacheFiles = () => (existsSync(cacheDirectory) ? readdirSync(cacheDirectory).filter((name) => name.endsWith('.json')) : []);

  /** Replaces every stored message with MARK: a run that prints MARK answered from the cache. */
  const markStoredFindings = () => {
    const [name] = cacheFiles();
    assert.ok(name, 'a cache file was written');
    const path = join(cacheDirectory, name);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { findings: JsonFinding[] }> };
    let marked = 0;
    for (const entry of Object.values(file.entries)) {
      for (const finding of entry.findings) {
        finding.message = MARK;
        marked++;
      }
    }
    assert.ok(marked > 0, 'the cache holds findings');
    writeFileSync(path, JSON.stringify(file));
  };

  const marked = (findings: JsonFinding[]) => findings.filter((finding) => finding.message === MARK).map((finding) => `${finding.file} ${finding.ruleId}`);

  beforeEach(() => {
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'tf-cache-')));
    cacheDirectory = join(workspace, 'cache');
    write('app/package.json', '{\n  "name": "app",\n  "dependencies": { "express": "^4.19.2" }\n}\n');
    write('app/package-lock.json', '{}\n');
    write('app/.gitignore', 'node_modules/\n');
    write('app/src/server.ts', "import express from 'express';\nconst app = express();\napp.listen(3000);\n");
    write('app/src/billing.ts', `export const stripeSecretKey = '${SECRET}';\n`);
    write('app/src/clean.ts', 'export const port = Number(process.env.PORT ?? 3000);\n');
    write('app/docker-compose.yml', 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: hunter2hunter2\n');
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('prints the same output from the cache as without it, and answers unchanged files from it', () => {
    const uncached = run(['--no-cache']);
    assert.deepEqual(cacheFiles(), [], '--no-cache writes no cache');
    const cold = run();
    assert.equal(cacheFiles().length, 1);
    const warm = run();
    assert.equal(cold.stdout, uncached.stdout);
    assert.equal(warm.stdout, uncached.stdout);
    assert.ok(uncached.findings.some((finding) => finding.ruleId === 'port-binding/hardcoded-port'));
    assert.ok(uncached.findings.some((finding) => finding.file.endsWith('docker-compose.yml')));

    markStoredFindings();
    const fromCache = run();
    assert.equal(fromCache.findings.length, uncached.findings.length);
    assert.deepEqual(marked(fromCache.findings).length, uncached.findings.length, 'every finding came from the cache');
  });

  it('analyses a file again when its text changes, and only that file', () => {
    run();
    markStoredFindings();
    write('app/src/server.ts', "import express from 'express';\nconst app = express();\napp.listen(8080);\n");
    const { findings } = run();
    const port = findings.find((finding) => finding.ruleId === 'port-binding/hardcoded-port');
    assert.match(port!.message, /8080/);
    assert.ok(marked(findings).some((entry) => entry.startsWith('app/src/billing.ts')), 'an unchanged file is still answered from the cache');
    assert.ok(!marked(findings).some((entry) => entry.startsWith('app/src/server.ts')));
  });

  it('does not read a file whose size, times and inode are as stored, and reads one whose times moved', async () => {
    // A modification time in whole seconds, which utimes can put back exactly below.
    const server = join(workspace, 'app/src/server.ts');
    const minuteAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(server, minuteAgo, minuteAgo);
    // Signatures count only for files that had been unchanged for two seconds (cliCache.ts).
    await new Promise((resolve) => setTimeout(resolve, 2100));
    run();
    markStoredFindings();
    // Every stored hash made wrong: a file the CLI reads and hashes again no longer matches its entry.
    const [name] = cacheFiles();
    const path = join(cacheDirectory, name!);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { hash: string; signature?: unknown }> };
    assert.ok(Object.values(file.entries).every((entry) => Array.isArray(entry.signature)), 'settled files were stored with their signature');
    for (const entry of Object.values(file.entries)) entry.hash = 'not the hash of any text';
    writeFileSync(path, JSON.stringify(file));

    const unread = run();
    assert.equal(marked(unread.findings).length, unread.findings.length, 'every file answered by its signature, none read');

    // The same text written again (same size, same inode) with its modification time put back:
    // only the status-change time tells.
    const { ino } = statSync(server);
    writeFileSync(server, readFileSync(server));
    utimesSync(server, minuteAgo, minuteAgo);
    assert.equal(statSync(server).mtimeMs, minuteAgo.getTime());
    assert.equal(statSync(server).ino, ino);
    // Settled again, so it is the stored signature, not the settling rule, that must tell.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const reread = run();
    assert.ok(reread.findings.some((finding) => finding.file === 'app/src/server.ts' && finding.message !== MARK), 'server.ts was read again (and missed the wrong hash)');
    assert.ok(marked(reread.findings).some((entry) => entry.startsWith('app/src/billing.ts')), 'billing.ts was still not read');
  });

  it('analyses everything again when a project file the facts read changes', () => {
    run();
    markStoredFindings();
    // express leaves the dependencies: server.ts's import becomes undeclared.
    write('app/package.json', '{\n  "name": "app",\n  "dependencies": {}\n}\n');
    const { findings } = run();
    assert.deepEqual(marked(findings), []);
    assert.ok(findings.some((finding) => finding.ruleId === 'dependencies/undeclared-import' && finding.file === 'app/src/server.ts'));
  });

  it('analyses everything again when a cross-file fact changes (SIGTERM handled in another file)', () => {
    const before = run();
    assert.ok(before.findings.some((finding) => finding.ruleId === 'disposability/no-graceful-shutdown'));
    write('app/src/clean.ts', "export const port = Number(process.env.PORT ?? 3000);\nprocess.on('SIGTERM', () => process.exit(0));\n");
    const after = run();
    assert.ok(!after.findings.some((finding) => finding.ruleId === 'disposability/no-graceful-shutdown'), 'the handler in clean.ts quiets server.ts, unchanged itself');
  });

  it('analyses everything again when the settings change: --rule and .twelve-factor.yml', () => {
    run();
    markStoredFindings();
    const overridden = run(['--rule', 'port-binding/hardcoded-port=error']);
    assert.deepEqual(marked(overridden.findings), []);

    run();
    markStoredFindings();
    write('app/.twelve-factor.yml', 'rules:\n  port-binding/hardcoded-port: off\n');
    const configured = run();
    assert.deepEqual(marked(configured.findings), []);
    assert.ok(!configured.findings.some((finding) => finding.ruleId === 'port-binding/hardcoded-port'));
  });

  it('survives a corrupt cache file and an unwritable cache folder', () => {
    const expected = run(['--no-cache']).stdout;
    run();
    const [name] = cacheFiles();
    writeFileSync(join(cacheDirectory, name!), '{"format": 1, "entries": ');
    assert.equal(run().stdout, expected);
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(cacheDirectory, name!), 'utf8')), 'the corrupt file is replaced');

    // Valid JSON of the wrong shape: a damaged entry and a damaged record of the facts.
    const stored = JSON.parse(readFileSync(join(cacheDirectory, name!), 'utf8')) as { entries: Record<string, { findings: unknown[] }>; factReads: unknown[] };
    for (const entry of Object.values(stored.entries)) entry.findings = [{ message: 42 }];
    writeFileSync(join(cacheDirectory, name!), JSON.stringify(stored));
    assert.equal(run().stdout, expected);
    stored.factReads.push(['deleteEverything', '/', 'x']);
    writeFileSync(join(cacheDirectory, name!), JSON.stringify(stored));
    assert.equal(run().stdout, expected);

    // A file where the folder should be: the run goes on uncached.
    const blocked = join(workspace, 'not-a-folder');
    writeFileSync(blocked, '');
    const unwritable = run(['--cache-location', blocked]);
    assert.equal(unwritable.stdout, expected);
  });

  it('keeps no secret value: findings are stored without their fix edits', () => {
    const { findings } = run();
    assert.ok(findings.some((finding) => finding.ruleId === 'config/hardcoded-secret' && finding.file === 'app/src/billing.ts'));
    const stored = readFileSync(join(cacheDirectory, cacheFiles()[0]!), 'utf8');
    assert.ok(!stored.includes(SECRET), 'the Stripe key is not in the cache');
    assert.ok(!stored.includes('hunter2hunter2'), 'the YAML password is not in the cache');
  });

  it('gives the same answers through worker threads, cold and warm', () => {
    const expected = run(['--no-cache']).stdout;
    const threads = { TWELVE_FACTOR_PARALLEL_THRESHOLD: '1' };
    assert.equal(run([], threads).stdout, expected);
    markStoredFindings();
    const warm = run([], threads);
    assert.equal(marked(warm.findings).length, warm.findings.length);
    // A fact file read only while workers analysed (package.json's dependencies, for server.ts's import).
    write('app/package.json', '{\n  "name": "app",\n  "dependencies": {}\n}\n');
    const changed = run([], threads);
    assert.deepEqual(marked(changed.findings), []);
  });
});
