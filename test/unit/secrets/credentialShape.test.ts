import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { authSchemeCredential, isCredentialLike, isStructuredNonSecret, isWordyIdentifier, splitAuthScheme } from '../../../server/src/engine/secrets/credentialShape';
import type { SecretNameKind } from '../../../server/src/engine/secrets/secretNames';
import { FAKE } from './fakeTokens';

describe('isCredentialLike', () => {
  const credentials: Array<[string, SecretNameKind]> = [
    ['hunter2', 'password'],
    ['P@ssw0rd!', 'password'],
    ['s3cr3t', 'password'],
    ['admin123', 'password'],
    ['password123', 'password'],
    ['Tr0ub4dor&3', 'password'],
    ['correct horse battery staple', 'password'],
    ['keyboard cat', 'secret'],
    ['dev-secret', 'secret'],
    ['supersecret', 'secret'],
    ['my-secret-key', 'secret'],
    ['a-very-long-random-string-for-jwt', 'secret'],
    [FAKE.random32, 'apiKey'],
    [FAKE.hex64, 'secret'],
    [FAKE.awsSecretAccessKey, 'secret'],
    ['550e8400-e29b-41d4-a716-446655440000', 'apiKey'],
    ['admin:S3cr3tPass', 'auth'],
  ];
  for (const [value, kind] of credentials) it(`${kind}: "${value.slice(0, 24)}" is a credential`, () => assert.equal(isCredentialLike(value, kind, []), true));

  const notCredentials: Array<[string, SecretNameKind, string[]]> = [
    ['Password', 'password', ['password']],
    ['Password is required', 'password', ['password']],
    ['Enter your password', 'password', ['password']],
    ['Contraseña', 'password', ['password']],
    ['パスワード', 'password', ['password']],
    ['current-password', 'password', ['password']],
    ['new-password', 'password', ['new', 'password']],
    ['letmein', 'password', ['password']],
    ['password', 'password', ['password']],
    ['string', 'password', ['password']],
    ['required|min:8', 'password', ['password']],
    ['^(?=.*[A-Z]).{8,}$', 'password', ['password']],
    ['$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', 'password', ['password']],
    ['auth_token', 'token', ['token']],
    ['x-api-key', 'apiKey', ['api', 'key']],
    ['access_token', 'token', ['access', 'token']],
    ['JWT_SECRET', 'secret', ['secret']],
    ['./keys/private.pem', 'privateKey', ['private', 'key']],
    ['/run/secrets/db_password', 'password', ['password']],
    ['https://auth.example.com/token', 'token', ['token']],
    ['include', 'credentials', ['credentials']],
    ['same-origin', 'credentials', ['credentials']],
    ['HS256', 'secret', ['secret']],
    ['aes-256-gcm', 'secret', ['secret']],
    ['1h', 'token', ['token']],
    ['7d', 'secret', ['secret']],
    ['1.2.3', 'token', ['token']],
    ['auth.password.required', 'password', ['password']],
    ['<div class="password">', 'password', ['password']],
    ['#ff0000', 'secret', ['secret']],
    ['abc123xyz', 'token', ['token']],
    ['test-secret', 'secret', ['secret']],
    ['token_v2', 'token', ['token']],
    [':password', 'password', ['password']],
    ['-password', 'password', ['password']],
    ['admin@example.com', 'password', ['password']],
    ['API key', 'apiKey', ['api', 'key']],
    ['form-control password-input', 'password', ['password']],
  ];
  for (const [value, kind, words] of notCredentials) it(`${kind}: "${value.slice(0, 24)}" is not a credential`, () => assert.equal(isCredentialLike(value, kind, words), false));
});

describe('isStructuredNonSecret', () => {
  it('recognises URLs, paths, env var names, versions, markup', () => {
    for (const value of ['https://x.org', './a/b.pem', 'C:\\keys\\a.pem', 'STRIPE_SECRET_KEY', 'v1.2.3', '2024-01-01', '<b>x</b>', 'color: red;', 'a@b.io', 'db.internal.local']) assert.equal(isStructuredNonSecret(value), true, value);
  });
  it('leaves random strings alone', () => assert.equal(isStructuredNonSecret(FAKE.random32), false));
});

describe('isWordyIdentifier', () => {
  it('is true for words and identifiers, false for random strings', () => {
    assert.equal(isWordyIdentifier('hunter2'), true);
    assert.equal(isWordyIdentifier('mySecretKey'), true);
    assert.equal(isWordyIdentifier('access_token'), true);
    assert.equal(isWordyIdentifier('s3cr3t'), false);
    assert.equal(isWordyIdentifier(FAKE.random32), false);
    assert.equal(isWordyIdentifier('kQzvTrWmBnLp'), false);
  });
});

describe('Authorization values', () => {
  it('splits the scheme from the credential', () => assert.deepEqual(splitAuthScheme('Bearer abc.def'), { scheme: 'Bearer', credential: 'abc.def' }));
  it('accepts a random bearer token even without a secret-named target', () => {
    assert.equal(authSchemeCredential(`Bearer ${FAKE.random32}`, true)?.credential, FAKE.random32);
  });
  it('decodes Basic credentials and judges the password', () => {
    const real = Buffer.from('admin:S3cr3tPass!').toString('base64');
    const placeholder = Buffer.from('user:password').toString('base64');
    assert.equal(authSchemeCredential(`Basic ${real}`, true)?.scheme, 'Basic');
    assert.equal(authSchemeCredential(`Basic ${placeholder}`, true), undefined);
  });
  it('rejects placeholders and short words', () => {
    assert.equal(authSchemeCredential('Bearer <token>', true), undefined);
    assert.equal(authSchemeCredential('Bearer token', false), undefined);
    assert.equal(authSchemeCredential('Bearer abc123', true), undefined);
  });
});
