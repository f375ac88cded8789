// `npm run bench`: bundles the benchmark with esbuild (so the engine runs as it ships —
// minified, without tsx's module interop in the hot path) and runs it.
//   npm run bench                 the full benchmark (bench/run.ts)
//   npm run bench -- rule-cost    per-rule cost on one 2,000-line file (bench/ruleCost.ts)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { typescriptExports } from './typescriptExports.mjs';

const root = new URL('..', import.meta.url).pathname;
const which = process.argv[2] === 'rule-cost' ? 'ruleCost' : 'run';
const outfile = join(root, '.bench', `${which}.js`);
await build({ entryPoints: [join(root, 'bench', `${which}.ts`)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning', external: ['@typescript-eslint/parser', 'eslint-plugin-no-secrets'], plugins: [typescriptExports(root, ['server/src', 'bench'])] });
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(3)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
