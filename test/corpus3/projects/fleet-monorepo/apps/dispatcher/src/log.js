"use strict";
const bunyan = require("bunyan");

module.exports = bunyan.createLogger({
  name: "dispatcher",
  streams: [
    { level: "info", stream: process.stdout },
    { level: "error", path: "/var/log/fleet/dispatcher-error.log" }
  ]
});
