const path = require('path');
const { execSync } = require('child_process');

const revision = execSync('git rev-parse --short HEAD').toString().trim();

module.exports = {
  entry: './src/client.ts',
  output: { path: path.resolve(__dirname, 'dist', 'public'), filename: `bundle.${revision}.js` },
  resolve: { extensions: ['.ts', '.js'] },
};
