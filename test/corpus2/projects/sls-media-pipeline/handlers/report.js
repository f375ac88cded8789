'use strict';

const { execSync, spawnSync } = require('node:child_process');
const path = require('node:path');

let depsReady = false;

module.exports.handler = async (event) => {
  if (!depsReady) {
    execSync('pip install -r requirements.txt -t /tmp/pydeps', { cwd: __dirname, stdio: 'inherit' });
    depsReady = true;
  }
  const result = spawnSync('python3', [path.join(__dirname, 'analyze.py'), event.key], {
    env: { ...process.env, PYTHONPATH: '/tmp/pydeps' },
    encoding: 'utf8',
  });
  return { statusCode: 200, body: result.stdout };
};
