// Compiles the extension-host suite (test/e2e/suite) to out/e2e/suite/*.js, the module
// both runners pass as `extensionTestsPath`. `vscode` and `mocha` stay external: the
// host provides the first, the repository's node_modules the second.
import { build } from 'esbuild';
import { join } from 'node:path';

export const REPO_ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const SUITE_OUT = join(REPO_ROOT, 'out', 'e2e', 'suite');
export const SUITE_ENTRY = join(SUITE_OUT, 'index.js');

export async function buildSuite() {
  await build({
    entryPoints: [join(REPO_ROOT, 'test/e2e/suite/index.ts'), join(REPO_ROOT, 'test/e2e/suite/extension.e2e.ts'), join(REPO_ROOT, 'test/e2e/suite/recovery.e2e.ts'), join(REPO_ROOT, 'test/e2e/suite/webviewSecurity.e2e.ts')],
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_ENTRY;
}
