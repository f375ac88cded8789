#!/usr/bin/env node
// The CLI entry: the bundled engine (built by `npm run build`, run automatically by `npm ci`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'cli.js');
const loader = path.join(dist, 'bundleLoader.js');

if (!fs.existsSync(bundle) || !fs.existsSync(loader)) {
  process.stderr.write('twelve-factor: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}

// Each bundle loads through V8's code cache beside it, `<bundle>.v8-cache` (server/src/bundleLoader.ts):
// dist/cli.js now, dist/engine.js (the analysis, TypeScript included) when a file must be analysed.
// Only the main thread writes a cache; worker threads of a scan start from this file too and read it.
const { loadBundle } = require(loader);
const loadWithCodeCache = (bundlePath) => loadBundle(bundlePath, { cachePath: `${bundlePath}.v8-cache`, saveCache: isMainThread });

const cli = loadWithCodeCache(bundle);
cli.setBundleLoader(loadWithCodeCache);
if (isMainThread) {
  cli.setWorkerEntry(__filename);
  cli.main();
}
