// The CLI ships its analysis engine, TypeScript included, as a bundle of its own beside
// dist/cli.js (dist/engine.js, see scripts/build.mjs): a run that analyses nothing — every file
// answered by the result cache, --help, --version — never reads, compiles or initialises it
// (engine/onDemand.ts).
// bin/twelve-factor.js hands over the loader it uses for dist/cli.js, which keeps V8's compiled
// code between runs; without it (dist/cli.js run directly, tests) Node's require loads the file.
import { join } from 'node:path';

type BundleLoader = (path: string) => unknown;

let loadBundle: BundleLoader = (path) => require(path) as unknown;

export function setBundleLoader(loader: BundleLoader): void {
  loadBundle = loader;
}

/** Where a bundle of the same build is: in the folder this bundle runs from. */
export function siblingBundlePath(fileName: string): string {
  return join(__dirname, fileName);
}

export function loadSiblingBundle(fileName: string): unknown {
  return loadBundle(siblingBundlePath(fileName));
}
