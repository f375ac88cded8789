import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCommandLineCredential, findConnectionStringPassword, findEmbeddedCredential, findHeaderCredential, findQueryCredential, findUrlCredentials, isRealPassword } from '../../../server/src/engine/secrets/urlCredentials';
import { FAKE } from './fakeTokens';

describe('findUrlCredentials', () => {
  it('finds user:password@ in any scheme and masks the password', () => {
    const found = findUrlCredentials('postgres://admin:s3cr3t@db:5432/app');
    assert.equal(found?.secret, 's3cr3t');
    assert.equal(found?.masked, 'postgres://admin:…@db:5432');
    assert.equal(found?.scheme, 'postgres');
    assert.equal(findUrlCredentials('https://user:Pa55w0rd!@api.internal.net/v1')?.secret, 'Pa55w0rd!');
    assert.equal(findUrlCredentials('redis://:r3d1s-Pw@cache:6379')?.secret, 'r3d1s-Pw');
    assert.equal(findUrlCredentials('mongodb+srv://app:p%40ss%21word9@cluster0.x.mongodb.net/db')?.secret, 'p@ss!word9');
  });
  it('finds a password before an interpolated host', () => {
    assert.equal(findUrlCredentials('postgres://admin:s3cr3t@${…}:5432/app')?.secret, 's3cr3t');
  });
  it('finds a token in the user position', () => {
    assert.equal(findUrlCredentials(`https://${FAKE.random32}@git.internal.net/repo.git`)?.kind, 'URL with an embedded token');
  });
  it('ignores URLs without credentials, placeholders, interpolations and dev defaults', () => {
    for (const url of [
      'https://api.stripe.com/v1',
      'postgres://localhost:5432/app',
      'postgres://user:password@localhost/db',
      'postgres://postgres:postgres@localhost:5432/test',
      'amqp://guest:guest@localhost:5672',
      'postgres://admin:${…}@db/app',
      'postgres://${…}:${…}@${…}/app',
      'mysql://root:<password>@db/app',
      'https://user:pass@example.com',
      'postgres://app:changeme@db/app',
      'mongodb://admin:****@db/app',
      'git@github.com:org/repo.git',
      'mailto:someone@example.org',
    ]) {
      assert.equal(findUrlCredentials(url), undefined, url);
    }
  });
});

describe('isRealPassword', () => {
  it('rejects the user name repeated and documented defaults', () => {
    assert.equal(isRealPassword('root', 'root'), false);
    assert.equal(isRealPassword('mysql', 'app'), false);
    assert.equal(isRealPassword('x7!Lm2q', 'app'), true);
  });
});

describe('connection strings and query parameters', () => {
  it('finds Password= in ADO-style connection strings', () => {
    assert.equal(findConnectionStringPassword('Server=db;User Id=app;Password=S3cr3t!x;')?.secret, 'S3cr3t!x');
    assert.equal(findConnectionStringPassword('Server=db;User Id=app;Password=;'), undefined);
    assert.equal(findConnectionStringPassword('Server=db;Trusted_Connection=True;'), undefined);
  });
  it('finds secret-named query parameters with random values', () => {
    assert.equal(findQueryCredential(`https://api.x.io/v1?q=1&api_key=${FAKE.random32}`)?.secret, FAKE.random32);
    assert.equal(findQueryCredential('https://api.x.io/v1?token=${…}'), undefined);
    assert.equal(findQueryCredential('https://api.x.io/v1?page_token=abc'), undefined);
  });
  it('findEmbeddedCredential tries all three', () => {
    assert.ok(findEmbeddedCredential('amqp://svc:Rabb1t-Pw@mq:5672'));
    assert.equal(findEmbeddedCredential('plain text'), undefined);
  });
});

describe('credentials inside command lines', () => {
  it('finds secret-named headers with random values', () => {
    assert.equal(findHeaderCredential(`curl -H "Authorization: Bearer ${FAKE.random32}" https://x.io`)?.secret, FAKE.random32);
    assert.equal(findHeaderCredential(`curl -H 'X-Api-Key: ${FAKE.random32}'`)?.partialEnvName, 'API_KEY');
    assert.equal(findHeaderCredential('Authorization: Bearer ${TOKEN}'), undefined);
    assert.equal(findHeaderCredential('Content-Type: application/json'), undefined);
    assert.equal(findHeaderCredential('Password: must contain at least twelve characters'), undefined);
  });
  it('finds secret flags', () => {
    assert.equal(findCommandLineCredential('redis-server --requirepass R3d1s-Pr0d-Pw')?.partialEnvName, 'REDIS_PASSWORD');
    assert.equal(findCommandLineCredential('docker login --password=S3cr3tDock3r!')?.secret, 'S3cr3tDock3r!');
    for (const line of ['npm publish --token ${NPM_TOKEN}', 'mysql --password=$DB_PASSWORD', 'login --password <password>', 'cmd --password PASSWORD', 'mkdir -p dist', 'run --token ab']) {
      assert.equal(findCommandLineCredential(line), undefined, line);
    }
  });
});
