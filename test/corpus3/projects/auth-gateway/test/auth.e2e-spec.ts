import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AppModule } from '../src/app.module';

// Token captured from staging while debugging #412
const STAGING_ADMIN_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfU01vSDNqNkE1eCIsImVtYWlsIjoib3BzQG5vcnRod2luZC1sb2dpc3RpY3MuaW8iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTQ0ODkyMDAsImV4cCI6MTc3NzU2MTIwMH0.qlyt6p4WkyCJdX35CIrfgmMfthBdch7v2eSNUFxld1Y';

describe('auth (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterAll(() => app.close());

  it('rejects bad credentials', () =>
    request(app.getHttpServer()).post('/auth/login').send({ email: 'nobody@example.com', password: 'wrong-password-123' }).expect(401));

  it('rejects a foreign token', () =>
    request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${STAGING_ADMIN_JWT}`).expect(401));
});
