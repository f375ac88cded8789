import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { secretNameKind, secretNameWords } from '../../../server/src/engine/secrets/secretNames';

describe('secretNameKind', () => {
  const secretNames: Array<[string, string]> = [
    ['password', 'password'],
    ['passwd', 'password'],
    ['pwd', 'password'],
    ['DB_PASSWORD', 'password'],
    ['dbPass', 'password'],
    ['pass', 'password'],
    ['newPassword', 'password'],
    ['password_confirmation', 'password'],
    ['MYSQL_ROOT_PASSWORD', 'password'],
    ['dbpassword', 'password'],
    ['secret', 'secret'],
    ['clientSecret', 'secret'],
    ['client_secret', 'secret'],
    ['JWT_SECRET', 'secret'],
    ['JWT_SECRET_PROD', 'secret'],
    ['sessionSecret', 'secret'],
    ['secretOrKey', 'secret'],
    ['secretKey', 'secret'],
    ['AWS_SECRET_ACCESS_KEY', 'secret'],
    ['signingKey', 'secret'],
    ['encryptionKey', 'secret'],
    ['SECRET_KEY_BASE', 'secret'],
    ['token', 'token'],
    ['accessToken', 'token'],
    ['refreshToken', 'token'],
    ['GITHUB_TOKEN', 'token'],
    ['authToken', 'token'],
    ['apiKey', 'apiKey'],
    ['api_key', 'apiKey'],
    ['apikey', 'apiKey'],
    ['x-api-key', 'apiKey'],
    ['stripeApiKey', 'apiKey'],
    ['STRIPE_API_KEY', 'apiKey'],
    ['privateKey', 'privateKey'],
    ['private_key', 'privateKey'],
    ['auth', 'auth'],
    ['Authorization', 'auth'],
    ['credentials', 'credentials'],
    ['creds', 'credentials'],
    ['dsn', 'dsn'],
    ['SENTRY_DSN', 'dsn'],
    ['salt', 'salt'],
    ['PASSWORD_SALT', 'salt'],
  ];
  for (const [name, kind] of secretNames) it(`${name} → ${kind}`, () => assert.equal(secretNameKind(name), kind));

  const notSecret = [
    'tokenizer',
    'authorName',
    'passwordField',
    'secretaryName',
    'maxTokens',
    'tokenType',
    'authUrl',
    'passwordMinLength',
    'PASSWORD_MIN_LENGTH',
    'publicKey',
    'publishableKey',
    'NEXT_PUBLIC_API_KEY',
    'cacheKey',
    'primaryKey',
    'tokenKey',
    'TOKEN_STORAGE_KEY',
    'nextPageToken',
    'csrfToken',
    'secretName',
    'secretArn',
    'secretKeyRef',
    'passwordHash',
    'passwordRegex',
    'privateKeyPath',
    'saltRounds',
    'forgotPassword',
    'resetPassword',
    'showPassword',
    'isSecret',
    'hasToken',
    'boardingPass',
    'bypass',
    'compass',
    'monkey',
    'key',
    'keys',
    'tokens',
    'authProvider',
    'authDomain',
    'oauth',
    'POSTGRES_PASSWORD_FILE',
    'clientId',
    'AWS_ACCESS_KEY_ID',
    'colorTokens',
    'tokenExpiry',
    'TOKEN_EXPIRED',
  ];
  for (const name of notSecret) it(`${name} is not a secret name`, () => assert.equal(secretNameKind(name), undefined));
});

describe('secretNameWords', () => {
  it('splits glued compounds', () => {
    assert.deepEqual(secretNameWords('DBPASSWORD'), ['db', 'password']);
    assert.deepEqual(secretNameWords('stripeapikey'), ['stripe', 'api', 'key']);
    assert.deepEqual(secretNameWords('accesstoken'), ['access', 'token']);
    assert.deepEqual(secretNameWords('secretary'), ['secretary']);
  });
});
