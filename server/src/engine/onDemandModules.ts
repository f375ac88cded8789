// Everything engine/onDemand.ts hands out, as one module: the CLI builds it into a bundle of its
// own (dist/engine.js, TypeScript included) that a run loads only when a file must be analysed.
import ts = require('typescript');

export * as analyze from './analyze';
export * as rules from './rules';
export * as shutdown from './facts/shutdown';
export { ts as typescript };
