const { spawnSync } = require('child_process');

exports.ensurePlugin = function ensurePlugin(name) {
  try {
    return require(name);
  } catch {
    spawnSync('npm', ['install', '--no-save', name], { stdio: 'inherit' });
    return require(name);
  }
};
