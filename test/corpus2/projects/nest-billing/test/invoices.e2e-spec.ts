import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module';

const token = 'e2e-token-0f9a8b7c6d';

describe('invoices (e2e)', () => {
  it('rejects anonymous exports', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    await app.listen(0);
    await request(app.getHttpServer()).post('/invoices/1/export').set('authorization', `Bearer ${token}`).expect(201);
    await app.close();
  });
});
