import { execa } from 'execa';
import { execFileSync } from 'node:child_process';

async function run() {
  await execa('npx', ['prisma', 'generate'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
