export const messages = {
  en: {
    welcome: 'Welcome aboard!',
    passwordResetIntro: 'Someone requested a password reset for your account.',
    resetPassword: 'Choose a new password',
    tokenExpiring: 'Your personal access token expires in 7 days.',
    subjects: {
      welcome: 'Welcome to ACME',
      'password-reset': 'Reset your password',
      'token-expiring': 'Your API token is about to expire',
    },
  },
  de: {
    welcome: 'Willkommen an Bord!',
    passwordResetIntro: 'Jemand hat das Zurücksetzen Ihres Passworts angefordert.',
    resetPassword: 'Neues Passwort wählen',
    tokenExpiring: 'Ihr persönliches Zugriffstoken läuft in 7 Tagen ab.',
    subjects: {
      welcome: 'Willkommen bei ACME',
      'password-reset': 'Passwort zurücksetzen',
      'token-expiring': 'Ihr API-Token läuft bald ab',
    },
  },
};
