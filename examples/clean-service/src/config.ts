// Configuration comes from the environment only. It is read and validated once, at startup:
// a missing or malformed variable stops the process with a clear message instead of failing
// on the first request.

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(`Missing required environment variable ${name} (see .env.example)`);
  }
  return value;
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  sessionSecret: string;
  logLevel: string;
  shutdownTimeoutMs: number;
}

export function loadConfig(): Config {
  return {
    port: integer('PORT', 8080, 0, 65535),
    host: process.env.HOST ?? '0.0.0.0',
    databaseUrl: required('DATABASE_URL'),
    redisUrl: required('REDIS_URL'),
    sessionSecret: required('SESSION_SECRET'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10000, 0, 120000),
  };
}
