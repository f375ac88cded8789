#!/usr/bin/env node
const path = require('path');
const daemon = require('daemonize2').setup({
  main: path.join(__dirname, '..', 'src', 'index.js'),
  name: 'edge-gateway',
  pidfile: '/var/run/edge-gateway.pid',
});

switch (process.argv[2]) {
  case 'start':
    daemon.start();
    break;
  case 'stop':
    daemon.stop();
    break;
  default:
    console.log('Usage: gatewayd [start|stop]');
}
