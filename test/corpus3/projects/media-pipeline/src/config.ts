export const config = {
  port: Number(process.env.PORT ?? 8080),
  bindHost: process.env.BIND_HOST ?? '127.0.0.1',
  redisUrl: process.env.REDIS_URL ?? '',
  bucket: process.env.MEDIA_BUCKET ?? 'media',
  maxUploadBytes: Number(process.env.MAX_UPLOAD_BYTES ?? 200 * 1024 * 1024),
  concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
  // Build metadata injected at release time
  commitSha: process.env.GIT_SHA ?? 'e83c5163316f89bfbde7d9ab23ca2e25604af290',
};
