// An esbuild plugin for the bundles that carry the engine (the server, the CLI's engine.js, the benchmark).
//
// TypeScript's lib/typescript.js is itself a bundle whose CommonJS exports are ~2,200 getters
// on one object V8 keeps in dictionary mode, so every `ts.isIdentifier(node)` or
// `ts.SyntaxKind.CallExpression` in our code is a hash lookup plus a getter call. The engine
// makes millions of them per tree scan (a tenth of the time of analysing a 200-line file).
// This plugin gives our sources, instead of that object, one plain object literal holding the
// values of the names they use (read once, after TypeScript has loaded), whose prototype is the
// real module: a name the scan below misses still resolves, through the getter. TypeScript's own
// code and every other package keep importing the real module.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const NAMESPACE = 'twelve-factor-typescript';

/** Every `ts.<name>` our sources mention whose value exists at load (types have none). */
function namesUsedBy(folders) {
  const typescript = createRequire(import.meta.url)('typescript');
  const names = new Set();
  const scan = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) scan(path);
      else if (/\.[cm]?ts$/.test(entry.name)) for (const match of readFileSync(path, 'utf8').matchAll(/\bts\.([A-Za-z_$][\w$]*)/g)) names.add(match[1]);
    }
  };
  for (const folder of folders) scan(folder);
  return [...names].filter((name) => typescript[name] !== undefined).sort();
}

/** @param {string} root the repository root; @param {string[]} sourceFolders folders (relative to root, or absolute) whose `ts.` names to copy */
export function typescriptExports(root, sourceFolders) {
  const realModule = join(root, 'node_modules/typescript/lib/typescript.js');
  return {
    name: 'typescript-exports',
    setup(build) {
      build.onResolve({ filter: /^typescript$/ }, (args) => (/[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: 'typescript', namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => {
        const names = namesUsedBy(sourceFolders.map((folder) => resolve(root, folder)));
        const properties = names.map((name) => `  ${name}: typescript.${name},`).join('\n');
        return { contents: `const typescript = require(${JSON.stringify(realModule)});\nmodule.exports = Object.setPrototypeOf({\n${properties}\n}, typescript);\n`, loader: 'js', resolveDir: root };
      });
    },
  };
}
