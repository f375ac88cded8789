// The parts of the engine that need TypeScript's compiler, loaded when first asked for rather
// than when the process starts. TypeScript is 3.5 MB of compiled JavaScript; the CLI answers
// unchanged files from its result cache and prints --help or --version without it, so such a
// run never loads it (see siblingBundles.ts). In a bundle, esbuild turns each `require` below
// into a call that initialises the modules behind it the first time it runs.
// Front-end code (cli*.ts, workspace/) reaches these modules only through here.
import type * as AnalyzeModule from './analyze';
import type * as RuleRegistry from './rules';
import type * as ShutdownFacts from './facts/shutdown';
import type * as TypeScript from 'typescript';

/** The module `load` returns, loaded on the first call (a bundle's `require` wraps exports anew each time). */
function onFirstUse<Module>(load: () => Module): () => Module {
  let loaded: Module | undefined;
  return () => (loaded ??= load());
}

export const analysisEngine = onFirstUse(() => require('./analyze') as typeof AnalyzeModule);

export const ruleRegistry = onFirstUse(() => require('./rules') as typeof RuleRegistry);

export const shutdownFacts = onFirstUse(() => require('./facts/shutdown') as typeof ShutdownFacts);

export const typescriptCompiler = onFirstUse(() => require('typescript') as typeof TypeScript);
