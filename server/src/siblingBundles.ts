// The CLI ships TypeScript as a bundle of its own beside dist/cli.js (dist/typescript.js, see
// scripts/build.mjs): a run that analyses nothing — every file answered by the result cache,
// --help, --version — then never reads, compiles or initialises it (engine/onDemand.ts).
// bin/twelve-factor.js hands over the loader it uses for dist/cli.js, which keeps V8's compiled
// code between runs; without it (dist/cli.js run directly, tests) Node's require loads the file.
import { join } from 'node:path';

type BundleLoader = (path: string) => unknown;

let loadBundle: BundleLoader = (path) => require(path) as unknown;

export function setBundleLoader(loader: BundleLoader): void {
  loadBundle = loader;
}

/** Loads a bundle of the same build, from the folder this bundle runs from. */
export function loadSiblingBundle(fileName: string): unknown {
  return loadBundle(join(__dirname, fileName));
}
