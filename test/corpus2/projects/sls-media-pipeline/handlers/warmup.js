'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports.handler = async () => {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'prime-cache.js')], { encoding: 'utf8' });
  return { statusCode: r.status === 0 ? 200 : 500 };
};
