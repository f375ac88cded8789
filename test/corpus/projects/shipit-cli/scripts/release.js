import { execSync } from 'node:child_process';

execSync('npm ci', { stdio: 'inherit' });
execSync('npx tsc --noEmit', { stdio: 'inherit' });
execSync('npm publish --access public', { stdio: 'inherit' });
