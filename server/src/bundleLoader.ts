// Loads a bundle through V8's code cache: what Node 22's `module.enableCompileCache` does,
// written out for Node 20 and for the Node inside VS Code. Compiling and first running 4 MB of
// JavaScript (TypeScript included) takes about 0.25–0.35 s per process; from the cache it is
// about a fifth of that. Used by bin/twelve-factor.js (dist/bundleLoader.js: the CLI and its
// engine bundle) and by the language server's entry (serverMain.ts).
//
// V8 checks a cache against the source and its own version and flags and rejects any other; the
// bundle is then compiled as usual and, when the process exits, the cache is written again
// (functions compiled during the run included) — if the folder is writable, silently otherwise.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module = require('node:module');
import { dirname } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

export interface BundleLoadOptions {
  /** Where V8's compiled code for this bundle is kept; none: compile as Node's require would. */
  cachePath: string | undefined;
  /** Write a missing or rejected cache when the process exits (not from worker threads, which would race the main thread). */
  saveCache: boolean;
}

export function loadBundle(bundlePath: string, options: BundleLoadOptions): unknown {
  const { cachePath } = options;
  const source = readFileSync(bundlePath, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = cachePath === undefined ? undefined : readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), {
    filename: bundlePath,
    ...(cachedData ? { cachedData } : {}),
    // A bundled dependency loads node: builtins with import(); Node before 20.12 (older VS Code)
    // has no such loader to name, and then that import fails inside the dependency's own try.
    ...(vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER !== undefined ? { importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  if (cachePath !== undefined && options.saveCache && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once('exit', () => {
      try {
        mkdirSync(dirname(cachePath), { recursive: true });
        const temporary = `${cachePath}.${process.pid}`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cachePath);
      } catch {
        // A read-only install: every run compiles the bundle, as without a cache.
      }
    });
  }
  const module = { exports: {} as unknown, filename: bundlePath, id: bundlePath, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return module.exports;
}
