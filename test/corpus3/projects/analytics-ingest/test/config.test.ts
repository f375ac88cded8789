describe('settings', () => {
  const original = process.env.APP_ENV;
  afterEach(() => {
    process.env.APP_ENV = original;
    jest.resetModules();
  });

  it('uses small batches by default', () => {
    delete process.env.APP_ENV;
    const { settings } = require('../src/config');
    expect(settings.batchSize).toBe(50);
  });

  it('uses the production topic in production', () => {
    process.env.APP_ENV = 'production';
    const { settings } = require('../src/config');
    expect(settings.topic).toBe('events.v2');
  });
});
