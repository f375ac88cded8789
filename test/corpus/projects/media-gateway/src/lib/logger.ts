import winston from 'winston';
import DailyRotateFile from 'winston-daily-rotate-file';
import pino from 'pino';

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  transports: [
    new winston.transports.Console({ format: winston.format.simple() }),
    new DailyRotateFile({ filename: 'logs/gateway-%DATE%.log', datePattern: 'YYYY-MM-DD', maxFiles: '14d' }),
  ],
});

export const auditLogger = pino(pino.destination('./logs/audit.log'));
export const accessLogger = pino(pino.destination(1));
