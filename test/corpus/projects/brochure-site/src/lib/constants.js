'use strict';

// Identifiers, hashes and other high-entropy strings that are not secrets.
exports.DEFAULT_TENANT_ID = '3f2b8c1e-9a4d-4e7b-8c2f-1d6e5a9b0c34';
exports.BUILD_COMMIT = '61e89eee2d0beda82953224071c7e37a7f9031d3';
exports.BOOTSTRAP_INTEGRITY = 'sha384-9ndCyUaIbzAi2FUVXJi0CjmCapSmO7SnpJef0486qhLnuZ2cdeRhO02iuK6FUUVM';
exports.LOGO_PLACEHOLDER = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
exports.CSP_NONCE_BYTES = 16;
exports.FONT_URL = 'https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap';
exports.DOCS_URL = 'https://docs.example.com/getting-started';
exports.TOKEN_HEADER = 'X-Auth-Token';
exports.API_KEY_HEADER = 'x-api-key';
exports.SECRET_ENV_NAME = 'CONTACT_API_SECRET';
exports.PASSWORD_RESET_PATH = '/account/password/reset';
exports.PRIVATE_KEY_PATH = './certs/server-key.pem';
exports.AUTH_SCHEME = 'Bearer';
exports.SESSION_TOKEN_COOKIE = 'brochure_session';
exports.PASSWORD_POLICY = { minLength: 12, requireDigit: true };
exports.SALT_ROUNDS = 12;
exports.CSRF_SECRET_LENGTH = 18;
exports.AWS_SECRET_NAME = 'prod/brochure/contact-api';
exports.MASKED_PASSWORD = '********';
exports.PASSWORD_PATTERN = /^(?=.*\d).{12,}$/;
exports.ETAG = 'W/"5e15153d-120f"';
