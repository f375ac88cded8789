#!/usr/bin/env node
// The CLI entry: the bundled engine (built by `npm run build`, run automatically by `npm ci`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');
const Module = require('node:module');
const { isMainThread } = require('node:worker_threads');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');

if (!fs.existsSync(bundle)) {
  process.stderr.write('twelve-factor: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}

/**
 * Loads a bundle (dist/cli.js, and dist/engine.js when a file must be analysed) through
 * V8's code cache, `<bundle>.v8-cache`. Compiling and first running 4 MB of JavaScript
 * (TypeScript included) is most of a small run — about 0.25 s of 0.35 s here, per process and
 * per worker thread; with the cache it is about 0.05 s. This is what Node 22's
 * `module.enableCompileCache` does, written out for Node 20. V8 checks a cache against the
 * source and its own version and flags and rejects any other; the bundle is then compiled as
 * usual and, once the run is over, the cache is written again (functions compiled during the
 * run included) — if the folder is writable, silently otherwise.
 */
function loadBundle(bundlePath) {
  const codeCache = `${bundlePath}.v8-cache`;
  const source = fs.readFileSync(bundlePath, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: bundlePath,
    ...(cachedData ? { cachedData } : {}),
    // The bundle loads node: builtins with import() in a few places.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (isMainThread && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => {
      try {
        const temporary = `${codeCache}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, codeCache);
      } catch {
        // A read-only install: every run compiles the bundle, as without a cache.
      }
    });
  }
  const module = { exports: {}, filename: bundlePath, id: bundlePath, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
  return module.exports;
}

const cli = loadBundle(bundle);
// The engine's bundle, when a file must be analysed, loads through the same cache.
cli.setBundleLoader(loadBundle);
// Worker threads of a scan start from this file too (so they load through the cache); there the bundle only scans.
if (isMainThread) {
  cli.setWorkerEntry(__filename);
  cli.main();
}
