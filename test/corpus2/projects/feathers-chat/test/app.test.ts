import assert from 'assert';
import { app } from '../src/app';

const password = 'supersecret';

describe('Feathers application tests', () => {
  let server: Awaited<ReturnType<typeof app.listen>>;

  before(async () => {
    server = await app.listen(8998);
  });

  after(async () => {
    await app.teardown(server);
  });

  it('creates a user', async () => {
    const user = await app.service('users').create({ email: 'test@example.com', password });
    assert.ok(user);
  });
});
