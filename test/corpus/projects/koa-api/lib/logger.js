const log4js = require('log4js');

log4js.configure({
  appenders: {
    out: { type: 'stdout' },
    app: { type: 'file', filename: 'logs/bookings.log', maxLogSize: 10485760, backups: 3 },
  },
  categories: { default: { appenders: ['out', 'app'], level: 'info' } },
});

module.exports = log4js.getLogger('bookings');
