"use strict";
var fs = require("fs");
var path = require("path");

var pidFile = path.join(__dirname, "..", "intranet.pid");
if (!fs.existsSync(pidFile)) {
  console.log("not running");
  process.exit(0);
}
var pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log("sent SIGTERM to " + pid);
} catch (e) {
  console.log("stale pid file");
}
