// `npm start`: the product demo. Packages the extension (the same VSIX a user installs),
// installs it into a sandboxed code-server — VS Code in the browser, from the npm registry —
// opens examples/ in it and prints the URL. Ctrl+C stops it.
//
//   npm ci && npm start            then open the printed URL
//   PORT=8080 npm start            a fixed port (default: 8080 if free, else any free port)
//   npm start -- --cli             the command-line demo instead (the CLI over examples/)
//
// Everything code-server writes (settings, extensions, caches) goes to .demo/ (git-ignored);
// the examples are copied to $TMPDIR/twelve-factor-demo/examples.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

function run(command, args, what) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    console.error(`\nnpm start: ${what} failed.`);
    process.exit(1);
  }
}

if (process.argv.includes('--cli')) {
  run(process.execPath, [join(root, 'scripts', 'build.mjs')], 'the build');
  for (const example of ['examples/legacy-shop-api', 'examples/clean-service']) {
    console.log(`\n=== twelve-factor ${example} ===`);
    spawnSync(process.execPath, [join(root, 'bin', 'twelve-factor.js'), example, '--color'], { stdio: 'inherit', cwd: root });
  }
  process.exit(0);
}

// 1. The VSIX, exactly as `npm run package` makes it (minified bundles, allow-listed files).
const vsix = join(root, 'twelve-factor-guide.vsix');
console.log('npm start: packaging the extension…');
run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix], 'packaging the VSIX');

// 2. code-server and Node 24 (idempotent; the first time takes a few minutes).
const { missingPrerequisites, installVsix, startCodeServer, writeUserSettings } = await import('../test/e2e/codeServer.mjs');
if (missingPrerequisites().length > 0) {
  console.log('npm start: installing code-server (VS Code in the browser) and Node 24 into test/e2e/ — once, a few minutes…');
  run('bash', [join(root, 'test', 'e2e', 'install.sh')], 'installing code-server (bash test/e2e/install.sh)');
}

// 3. A fresh sandbox: the VSIX installed as a user would, the examples copied so the demo
//    can fix and tick things without touching the repository. The copy lives outside the
//    repository, whose .gitignore would otherwise apply to the example apps.
const demoDir = join(root, '.demo');
rmSync(demoDir, { recursive: true, force: true });
mkdirSync(demoDir, { recursive: true });
const workspaceParent = join(tmpdir(), 'twelve-factor-demo');
rmSync(workspaceParent, { recursive: true, force: true });
const workspace = join(workspaceParent, 'examples');
cpSync(join(root, 'examples'), workspace, { recursive: true });
writeUserSettings(join(demoDir, 'code-server'), { 'workbench.colorTheme': process.env.THEME ?? 'Default Dark Modern' });
console.log('npm start: installing the VSIX into code-server…');
installVsix(join(demoDir, 'code-server'), vsix);

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
const wanted = Number(process.env.PORT ?? 8080);
const port = (await portIsFree(wanted)) ? wanted : undefined;

// 4. Start it, print the URL, and stop it (by PID, with its process group) on Ctrl+C.
let server;
const stop = (code) => {
  if (server) console.log('\nnpm start: stopping code-server…');
  server?.stop();
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
process.on('exit', () => server?.stop());

try {
  server = await startCodeServer({ dataDir: join(demoDir, 'code-server'), folder: workspace, ...(port ? { port } : {}) });
} catch (error) {
  console.error(`npm start: code-server did not start: ${error.message}`);
  process.exit(1);
}
server.child.on('exit', (code) => {
  console.error(`npm start: code-server exited (${code ?? 'signal'}).`);
  process.exit(code ?? 1);
});
console.log(`
  Twelve-Factor Guide is running in VS Code in the browser (code-server), on a copy of examples/:

      ${server.url}

  Open a file of legacy-shop-api to see the squiggles and quick fixes, and the Twelve-Factor
  icon in the activity bar for the factor checklist. The copy is ${workspace}.
  Press Ctrl+C to stop.
`);
