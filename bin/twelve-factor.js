#!/usr/bin/env node
// The CLI entry: the bundled engine (built by `npm run build`, run automatically by `npm ci`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('twelve-factor: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
require(bundle).main();
