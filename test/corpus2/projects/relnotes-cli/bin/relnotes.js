#!/usr/bin/env node
const { program } = require('commander');
const { execSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

program
  .name('relnotes')
  .option('--token <token>', 'GitHub token', process.env.GITHUB_TOKEN)
  .option('--open', 'open the notes in a browser')
  .option('--serve', 'serve a preview');
program.parse();
const opts = program.opts();

const pidPath = path.join(os.homedir(), '.relnotes', 'preview.pid');
if (fs.existsSync(pidPath)) {
  const pid = Number(fs.readFileSync(pidPath, 'utf8'));
  console.log(`a preview server is already running (pid ${pid})`);
}

const lastTag = execSync('git describe --tags --abbrev=0').toString().trim();
const notesPath = path.join(process.cwd(), 'RELEASE_NOTES.md');

spawnSync(process.execPath, [path.join(__dirname, '..', 'lib', 'render-worker.js'), lastTag, notesPath], { stdio: 'inherit' });

(async () => {
  if (opts.open) {
    const { default: open } = await import('open');
    await open(notesPath);
  }
  if (opts.serve) require('../lib/serve');
})();
