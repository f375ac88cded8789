// Bundles the extension with esbuild:
//   dist/client/extension.js  the VS Code side (vscode is provided by the host)
//   dist/server/server.js     the language server (engine + typescript bundled, minified)
//   dist/server/main.js       what the extension starts: server.js through V8's code cache
//   dist/bundleLoader.js      that code-cache loader, for bin/twelve-factor.js
//   dist/cli.js               the CLI behind bin/twelve-factor.js: arguments, file walk, cache, output
//   dist/engine.js            the CLI's analysis engine with TypeScript, loaded only when a
//                             file must be analysed (server/src/engine/onDemand.ts)
//   dist/media/checklist/     the checklist webview: its script (bundled for the browser),
//                             styles and the codicon font (a webview cannot load remote fonts)
// `node scripts/build.mjs --dev` keeps names and adds source maps for debugging.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { typescriptExports } from './typescriptExports.mjs';

const root = new URL('..', import.meta.url).pathname;
// TF_MINIFY=0 (kept from the first version of this script) also builds readable bundles.
const dev = process.argv.includes('--dev') || process.env.TF_MINIFY === '0';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  logLevel: 'warning',
  // typescript's own `require` of optional Node modules must stay lazy.
  mainFields: ['module', 'main'],
  legalComments: 'none',
};

/** In the CLI bundle, what engine/onDemand.ts loads comes from dist/engine.js instead of being bundled. */
const engineFromSiblingBundle = {
  name: 'engine-from-sibling-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/onDemandModules$/ }, (args) => (args.importer.endsWith(join('engine', 'onDemand.ts')) ? { path: 'engine.js', namespace: 'sibling-bundle' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'sibling-bundle' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(join(root, 'server/src/siblingBundles.ts'))}).loadSiblingBundle(${JSON.stringify(args.path)});\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const bundles = [
  { name: 'client', entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/client/extension.js'), external: ['vscode'] },
  { name: 'server', entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'dist/server/server.js'), plugins: [typescriptExports(root, ['server/src'])] },
  { name: 'server-main', entryPoints: [join(root, 'server/src/serverMain.ts')], outfile: join(root, 'dist/server/main.js') },
  { name: 'bundle-loader', entryPoints: [join(root, 'server/src/bundleLoader.ts')], outfile: join(root, 'dist/bundleLoader.js') },
  { name: 'cli', entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(root, 'dist/cli.js'), plugins: [engineFromSiblingBundle] },
  // A run answered from the result cache never loads it (server/src/siblingBundles.ts).
  { name: 'cli-engine', entryPoints: [join(root, 'server/src/engine/onDemandModules.ts')], outfile: join(root, 'dist/engine.js'), plugins: [typescriptExports(root, ['server/src'])] },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = Date.now();
await Promise.all(
  bundles.map(async ({ name, entryPoints, outfile, external, plugins }) => {
    if (!existsSync(entryPoints[0])) throw new Error(`build: the ${name} entry ${entryPoints[0]} is missing.`);
    await build({ ...common, entryPoints, outfile, external: external ?? [], plugins: plugins ?? [] });
  }),
);
// The webview's page script runs in the browser, not in Node.
const checklistMedia = join(root, 'dist/media/checklist');
mkdirSync(checklistMedia, { recursive: true });
await build({
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  logLevel: 'warning',
  legalComments: 'none',
  entryPoints: [join(root, 'client/src/checklist/webview/main.ts')],
  outfile: join(checklistMedia, 'checklist.js'),
});
copyFileSync(join(root, 'client/src/checklist/media/checklist.css'), join(checklistMedia, 'checklist.css'));
for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(join(root, 'node_modules/@vscode/codicons/dist', file), join(checklistMedia, file));
bundles.push({ name: 'webview', outfile: join(checklistMedia, 'checklist.js') });

const sizes = bundles.map(({ name, outfile }) => `${name} ${(statSync(outfile).size / 1024).toFixed(0)} KB`).join(', ');
console.log(`build: ${sizes} (${Date.now() - started} ms${dev ? ', dev' : ''})`);

// One CLI run so bin/twelve-factor.js finds V8's code cache for the bundle from the first real
// run on (see loadBundle there); the run itself must succeed like any other (exit 0 or 1).
const warmUp = spawnSync(process.execPath, [join(root, 'bin/twelve-factor.js'), join(root, 'examples/legacy-shop-api'), '--format', 'json', '--no-cache'], { encoding: 'utf8' });
if (warmUp.status !== 0 && warmUp.status !== 1) throw new Error(`build: the CLI failed its first run (${warmUp.status}): ${warmUp.stderr}`);
