import winston from 'winston';
import DailyRotateFile from 'winston-daily-rotate-file';
import { config } from './config';

const transports: winston.transport[] = [
  new winston.transports.Console({ format: winston.format.combine(winston.format.colorize(), winston.format.simple()) }),
];

transports.push(
  new DailyRotateFile({
    dirname: 'logs',
    filename: 'notify-%DATE%.log',
    datePattern: 'YYYY-MM-DD',
    maxFiles: '14d',
    zippedArchive: true,
  }),
);

export const logger = winston.createLogger({
  level: config.logLevel,
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'notify-hub' },
  transports,
});
