module.exports = {
  login: {
    password: 'Passwort',
    passwordTooShort: 'Ihr Passwort muss mindestens 12 Zeichen lang sein.',
    forgotPassword: 'Passwort vergessen?',
    token: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein',
  },
  apiKeys: {
    title: 'API-Schlüssel',
    secret: 'Bewahren Sie dies geheim auf: es wird nur einmal angezeigt.',
    apiKey: 'API-Schlüssel',
  },
  errors: {
    invalidCredentials: 'E-Mail oder Passwort ist falsch.',
    tokenExpired: 'Ihr Sitzungstoken ist abgelaufen. Bitte melden Sie sich erneut an.',
  },
};
