import log4js from 'log4js';

log4js.configure({
  appenders: {
    out: { type: 'stdout', layout: { type: 'pattern', pattern: '%d %p %c %m' } },
    app: { type: 'dateFile', filename: 'logs/catalog.log', pattern: 'yyyy-MM-dd', numBackups: 7 },
  },
  categories: { default: { appenders: ['out', 'app'], level: 'info' } },
});

export const logger = log4js.getLogger('catalog');
