// Bundles the CLI, the language server and the extension client with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: process.env.TF_MINIFY !== '0', logLevel: 'warning', legalComments: 'none' };

const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
];

for (const entry of entries) {
  if (!existsSync(entry.entryPoints[0])) continue;
  await build({ ...common, ...entry });
}
