import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contextPrefixWords, envNameFor, urlEnvName } from '../../../server/src/engine/secrets/envNames';

describe('envNameFor', () => {
  it('derives the name from a descriptive target', () => {
    assert.equal(envNameFor({ targetName: 'stripeApiKey', fallback: 'X' }), 'STRIPE_API_KEY');
    assert.equal(envNameFor({ targetName: 'JWT_SECRET', fallback: 'X' }), 'JWT_SECRET');
    assert.equal(envNameFor({ targetName: 'dbPassword', fallback: 'X' }), 'DB_PASSWORD');
  });
  it('prefixes generic names with the provider or the container', () => {
    assert.equal(envNameFor({ targetName: 'apiKey', providerPrefix: 'OPENAI', providerEnvName: 'OPENAI_API_KEY', fallback: 'OPENAI_API_KEY' }), 'OPENAI_API_KEY');
    assert.equal(envNameFor({ targetName: 'token', providerPrefix: 'GITHUB', providerEnvName: 'GITHUB_TOKEN', fallback: 'GITHUB_TOKEN' }), 'GITHUB_TOKEN');
    assert.equal(envNameFor({ targetName: 'password', containerNames: ['db', 'config'], fallback: 'PASSWORD' }), 'DB_PASSWORD');
    assert.equal(envNameFor({ targetName: 'secret', containerNames: ['session'], fallback: 'SECRET' }), 'SESSION_SECRET');
  });
  it('uses the provider name when there is no target', () => {
    assert.equal(envNameFor({ targetName: undefined, providerEnvName: 'STRIPE_SECRET_KEY', fallback: 'STRIPE_SECRET_KEY' }), 'STRIPE_SECRET_KEY');
  });
  it('names Authorization tokens API_TOKEN', () => {
    assert.equal(envNameFor({ targetName: 'Authorization', containerNames: ['headers'], fallback: 'API_TOKEN' }), 'API_TOKEN');
  });
});

describe('contextPrefixWords / urlEnvName', () => {
  it('skips noise words', () => assert.deepEqual(contextPrefixWords(['options', 'config', 'redis']), ['redis']));
  it('maps URL schemes to conventional names', () => {
    assert.equal(urlEnvName('postgres'), 'DATABASE_URL');
    assert.equal(urlEnvName('rediss'), 'REDIS_URL');
    assert.equal(urlEnvName(undefined), 'SERVICE_URL');
  });
});
