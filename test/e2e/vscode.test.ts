// The e2e tier: the extension-host suite (test/e2e/suite) inside a real VS Code 1.139,
// run by runInVsCodeServer.mjs (VS Code server from code-server + Chromium). Never skipped:
// missing prerequisites fail with the command that installs them (test/e2e/install.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

test('the extension passes its suite in a real VS Code (code-server 4.139 + Chromium)', { timeout: 420_000 }, async () => {
  const runner = join(__dirname, 'runInVsCodeServer.mjs');
  const child = spawn(process.execPath, [runner], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const summary = output
    .split('\n')
    .filter((line) => /✔|passing|failing|\d\) |Error|e2e:/.test(line) && !/open-vsx|github|Service Worker/.test(line))
    .join('\n');
  console.log(summary);
  assert.equal(code, 0, `the e2e runner failed:\n${output.slice(-6000)}`);
  assert.match(output, /passing/);
  assert.doesNotMatch(output, /\d+ failing/);
});
