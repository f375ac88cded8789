import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  const redisClient = createClient({ url: process.env.REDIS_URL });
  await redisClient.connect();

  app.use(
    session({
      store: new RedisStore({ client: redisClient, prefix: 'billing:' }),
      secret: process.env.SESSION_SECRET || 'b1ll1ng-s3ss10n-f4llb4ck-7c2e',
      resave: false,
      saveUninitialized: false,
    }),
  );

  if (process.env.NODE_ENV === 'production') {
    app.enableCors({ origin: false });
  }

  app.enableShutdownHooks();
  await app.listen(3000);
}

process.on('unhandledRejection', (reason) => {
  Logger.error(`Unhandled rejection: ${String(reason)}`, 'Process');
});

void bootstrap();
