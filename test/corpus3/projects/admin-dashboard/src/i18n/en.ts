export default {
  login: {
    title: 'Admin sign in',
    password: 'Password',
    passwordRequired: 'Please enter your password',
    token: 'One-time token',
    secretQuestion: 'Security question',
  },
  apiKeys: {
    create: 'Create API key',
    revoke: 'Revoke',
    secretShownOnce: 'This secret is shown only once. Copy it now.',
    apiKey: 'API key',
  },
};
