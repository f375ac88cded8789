const jwt = require('jsonwebtoken');

const SIGNING_KEY = process.env.JWT_SIGNING_KEY || 'gw-dev-signing-key-8f2a91c3';
const ISSUER = process.env.JWT_ISSUER ?? 'edge-gateway';

const messages = {
  passwordTooShort: 'Password must be at least 12 characters',
  passwordMismatch: 'Passwords do not match',
  tokenExpired: 'Your session token has expired, please sign in again',
};
const PASSWORD_RULE = /^(?=.*[A-Z])(?=.*\d).{12,}$/;

exports.sign = (payload) => jwt.sign(payload, SIGNING_KEY, { expiresIn: '1h', issuer: ISSUER });
exports.validatePassword = (pwd) => (PASSWORD_RULE.test(pwd) ? null : messages.passwordTooShort);
exports.messages = messages;
