// The extension starts the server through dist/server/main.js, which loads the server bundle
// through V8's code cache in the folder the client names (server/src/serverMain.ts). Over real
// JSON-RPC: the first session writes the cache when the server exits, the next one uses it
// (and leaves it as it is), a corrupt cache is replaced, and every session analyses alike.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_CACHE_DIR_VARIABLE } from '../../server/src/lsp/protocol';
import { SERVER_MAIN, TestLspClient } from './helpers/lspClient';

let base: string;
let root: string;
let cacheDirectory: string;
const cacheFile = () => join(cacheDirectory, 'server.js.v8-cache');

before(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'tf-lsp-code-cache-')));
  root = join(base, 'ws');
  cacheDirectory = join(base, 'global-storage');
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "cc", "version": "1.0.0", "dependencies": { "express": "^4.19.2" } }\n');
  writeFileSync(join(root, 'src', 'server.ts'), "import express from 'express';\nconst app = express();\napp.listen(3000);\n");
});

after(() => rmSync(base, { recursive: true, force: true }));

/** One editor session: start, pull the server file's diagnostics, shut down (which writes a cache). */
async function session(): Promise<string[]> {
  const client = await TestLspClient.start({ folders: [root], serverModule: SERVER_MAIN, env: { [CODE_CACHE_DIR_VARIABLE]: cacheDirectory }, settings: { '*': { enable: true, scanOnStartup: false, rules: {}, exclude: [], maxFileSize: 1_000_000 } } });
  try {
    const file = join(root, 'src', 'server.ts');
    await client.open(file);
    const diagnostics = await client.pullDiagnostics(file);
    assert.equal(client.serverStderr, '');
    return diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}:${diagnostic.range.start.character}`).sort();
  } finally {
    await client.stop();
  }
}

test('the server writes its code cache, starts from it, and replaces a corrupt one', async () => {
  const reference = await session();
  assert.ok(reference.some((line) => line.startsWith('port-binding/hardcoded-port 2:')), reference.join('\n'));
  assert.ok(existsSync(cacheFile()), 'the first session wrote the cache into the named folder');
  const written = statSync(cacheFile()).mtimeMs;

  assert.deepEqual(await session(), reference, 'a session from the cache analyses alike');
  assert.equal(statSync(cacheFile()).mtimeMs, written, 'an accepted cache is not rewritten');

  writeFileSync(cacheFile(), 'not a V8 code cache');
  assert.deepEqual(await session(), reference, 'a corrupt cache is rejected and the bundle compiled');
  assert.notEqual(readFileSync(cacheFile(), 'latin1').slice(0, 10), 'not a V8 c', 'and it is replaced');
});
