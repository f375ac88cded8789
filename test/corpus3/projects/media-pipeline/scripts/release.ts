import { execSync } from 'node:child_process';
import fs from 'node:fs';

const sha = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
fs.writeFileSync('release.json', JSON.stringify({ version: pkg.version, sha }, null, 2));
console.log(`release ${pkg.version} (${sha})`);
