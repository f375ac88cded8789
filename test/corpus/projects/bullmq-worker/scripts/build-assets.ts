import { execSync } from 'node:child_process';

execSync('npx tsc -p tsconfig.json', { stdio: 'inherit' });
execSync('npm install --no-save @sendgrid/mail', { stdio: 'inherit' });
