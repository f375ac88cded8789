import pino from 'pino';
import { config } from './config';

export const logger = pino({
  level: config.logLevel,
  base: { service: 'storefront-api', pid: process.pid },
  redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
  transport: config.isProd ? undefined : { target: 'pino-pretty', options: { colorize: true } },
});
