const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
execSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'inherit' });
execSync('npx webpack --mode production', { cwd: root, stdio: 'inherit' });
execSync('git rev-parse HEAD > dist/REVISION', { cwd: root });
fs.writeFileSync(path.join(root, 'dist', 'build-info.json'), JSON.stringify({ builtAt: new Date().toISOString() }));
