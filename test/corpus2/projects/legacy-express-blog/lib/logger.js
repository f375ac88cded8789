var winston = require('winston');

var logger = new winston.Logger({
  transports: [
    new winston.transports.Console({ colorize: true }),
    new winston.transports.File({ filename: 'logs/blog.log', maxsize: 5242880 })
  ]
});

module.exports = logger;
