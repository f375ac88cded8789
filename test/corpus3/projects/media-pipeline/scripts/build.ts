import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';

fs.rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
execFileSync(process.execPath, ['scripts/copy-assets.mjs'], { stdio: 'inherit' });
fs.writeFileSync('dist/build-info.json', JSON.stringify({ builtAt: new Date().toISOString() }, null, 2));
