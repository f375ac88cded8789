// Nightly archiver: compresses yesterday's exported batches and ships them off-box.
const { exec: sh, execFile } = require('child_process');
const path = require('path');

const EXPORT_DIR = process.env.EXPORT_DIR || path.join(__dirname, '..', 'exports');

function archive(day, cb) {
  const file = path.join(EXPORT_DIR, `orders-${day}.ndjson`);
  sh(`gzip -9 ${file}`, (err) => {
    if (err) return cb(err);
    execFile(process.execPath, [path.join(__dirname, 'upload-archive.js'), `${file}.gz`], cb);
  });
}

module.exports = { archive };
