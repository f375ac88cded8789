// `npm start`: the product demo. Runs the twelve-factor CLI over the example services so
// you can see what the engine finds (the failing one) and that a clean service stays quiet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(1);
}
for (const example of ['examples/legacy-shop-api', 'examples/clean-service']) {
  if (!existsSync(join(root, example))) continue;
  console.log(`\n=== twelve-factor ${example} ===`);
  spawnSync(process.execPath, [join(root, 'bin', 'twelve-factor.js'), example, '--color'], { stdio: 'inherit', cwd: root });
}
