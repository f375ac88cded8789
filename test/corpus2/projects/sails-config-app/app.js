process.chdir(__dirname);

var sails = require('sails');
var rc = require('sails/accessible/rc');

sails.lift(rc('sails'));
