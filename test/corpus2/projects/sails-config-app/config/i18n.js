module.exports.i18n = {
  locales: ['en', 'de'],
  defaultLocale: 'en',
  messages: {
    password: 'Your password must contain at least one digit',
    passwordConfirm: 'Please confirm your password',
    resetToken: 'This password reset link has expired',
  },
};
