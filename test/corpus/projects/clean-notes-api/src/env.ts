function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set; see .env.example`);
  }
  return value;
}

export const env = {
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '0.0.0.0',
  databaseUrl: requireEnv('DATABASE_URL'),
  redisUrl: requireEnv('REDIS_URL'),
  sessionSecret: requireEnv('SESSION_SECRET'),
  logLevel: process.env.LOG_LEVEL ?? 'info',
  isProduction: process.env.NODE_ENV === 'production',
  uploadLimitBytes: Number(process.env.UPLOAD_LIMIT_BYTES ?? 5_000_000),
  apiKeyHeader: 'x-api-key',
  sessionCookieName: 'notes.sid',
};
