import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isObviousExample, isPlaceholder, isRepeatedCharacter } from '../../../server/src/engine/secrets/placeholders';
import { FAKE } from './fakeTokens';

describe('isPlaceholder', () => {
  const placeholders = [
    '',
    '   ',
    'changeme',
    'CHANGE_ME',
    'change-this-secret',
    'xxx',
    'XXXXXXXX',
    'xxxx-xxxx-xxxx',
    '****',
    '••••••••',
    '<your-key>',
    '<API_KEY>',
    'Bearer <token>',
    '${VAR}',
    '${{ secrets.NPM_TOKEN }}',
    '{{ .Values.password }}',
    '$DB_PASSWORD',
    '%API_KEY%',
    '__API_KEY__',
    'your_api_key_here',
    'YOUR-SECRET-KEY',
    'your-password',
    'put-your-token-here',
    'replace_me',
    'insert-api-key',
    'password',
    'secret',
    'token',
    'test',
    'undefined',
    'aaaaaaaa',
    '00000000',
    'AKIA' + 'IOSFODNN7EXAMPLE',
    'example-secret',
    'dummy-token',
    'fake_api_key',
    'sample-key-123',
    'REDACTED',
    'process.env.API_KEY',
    'env:JWT_SECRET',
    'arn:aws:secretsmanager:us-east-1:1:secret:db',
  ];
  for (const value of placeholders) it(`"${value}" is a placeholder`, () => assert.equal(isPlaceholder(value), true));

  const values = ['hunter2', 'S3cr3t!Pass', 'keyboard cat', 'dev-secret', FAKE.random32, FAKE.githubToken, 'my-secret-key', 'Tr0ub4dor&3', '550e8400-e29b-41d4-a716-446655440000'];
  for (const value of values) it(`"${value.slice(0, 20)}" is not a placeholder`, () => assert.equal(isPlaceholder(value), false));
});

describe('isRepeatedCharacter', () => {
  it('is true only for one repeated character', () => {
    assert.equal(isRepeatedCharacter('******'), true);
    assert.equal(isRepeatedCharacter('ab'), false);
    assert.equal(isRepeatedCharacter(''), false);
  });
});

describe('isObviousExample', () => {
  it('spots test/demo/mock stand-ins', () => {
    for (const value of ['test-secret', 'test1234', 'demo_token', 'mock-password', 'foo-bar-key']) assert.equal(isObviousExample(value), true, value);
  });
  it('leaves made-up secrets alone', () => {
    for (const value of ['dev-secret', 'hunter2', 'latest-secret', 'contest-winner-2024']) assert.equal(isObviousExample(value), false, value);
  });
});
