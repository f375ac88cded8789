const { execSync } = require('child_process');
const path = require('path');

exports.refreshTemplates = () => {
  execSync('npx vite build --config templates/vite.config.js', { cwd: path.join(__dirname, '..'), stdio: 'inherit' });
};
