import bunyan from 'bunyan';

export const logger = bunyan.createLogger({
  name: 'inventory',
  streams: [
    { level: 'info', stream: process.stdout },
    { level: 'error', path: '/var/log/inventory/error.log' },
  ],
});
