import pino from 'pino';

// One JSON event per line on stdout; the platform collects and routes the stream.
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
