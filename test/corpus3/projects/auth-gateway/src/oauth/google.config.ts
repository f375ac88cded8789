export const googleOAuth = {
  clientId: process.env.GOOGLE_CLIENT_ID ?? '',
  clientSecret: process.env.GOOGLE_CLIENT_SECRET ?? '',
  callbackURL: process.env.GOOGLE_CALLBACK_URL ?? 'https://auth.acme.io/oauth/google/callback',
  scope: ['openid', 'email', 'profile'],
  authorizationURL: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenURL: 'https://oauth2.googleapis.com/token',
  grantType: 'authorization_code',
};
