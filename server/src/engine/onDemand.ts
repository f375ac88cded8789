// The parts of the engine that need TypeScript's compiler — the analysis, the rules, the
// SIGTERM fact — loaded when first asked for rather than when the process starts. The CLI
// answers unchanged files from its result cache and prints --help or --version without them,
// so such a run never loads them: in the CLI they are a bundle of their own, dist/engine.js
// (scripts/build.mjs, siblingBundles.ts); in the language server's bundle esbuild turns the
// `require` below into a call that initialises them on first use, after `initialize` is answered.
// The CLI's front end (cli*.ts), the workspace layer and the server's protocol layer (lsp/)
// reach these modules only through here.
import type * as OnDemandModules from './onDemandModules';

let loaded: typeof OnDemandModules | undefined;
const modules = (): typeof OnDemandModules => (loaded ??= require('./onDemandModules') as typeof OnDemandModules);

export const analysisEngine = (): typeof OnDemandModules.analyze => modules().analyze;

export const ruleRegistry = (): typeof OnDemandModules.rules => modules().rules;

export const shutdownFacts = (): typeof OnDemandModules.shutdown => modules().shutdown;

export const typescriptCompiler = (): typeof OnDemandModules.typescript => modules().typescript;
