var cp = require('child_process');
var path = require('path');

exports.resize = function (src, dst, cb) {
  cp.exec('convert ' + src + ' -resize 200x200^ -gravity center -extent 200x200 ' + dst, function (err) {
    cb(err, dst);
  });
};

exports.optimise = function (file, cb) {
  cp.execFile(process.execPath, [path.join(__dirname, 'optimise-worker.js'), file], cb);
};
