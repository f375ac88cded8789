export const en = {
  auth: {
    login: 'Sign in',
    logout: 'Sign out',
    password: 'Password',
    passwordHint: 'At least 8 characters, one number',
    forgotPassword: 'Forgot your password?',
    resetPassword: 'Reset password',
    passwordMismatch: 'Passwords do not match',
    token: 'Verification code',
    tokenExpired: 'Your sign-in link has expired. Request a new one.',
    apiKey: 'API key',
    apiKeyHelp: 'Create an API key in Settings → Developers',
    secret: 'Secret',
    credentials: 'Invalid email or password',
  },
  cart: {
    empty: 'Your cart is empty',
    checkout: 'Checkout',
    total: 'Total',
  },
  errors: {
    network: 'Network error – please try again',
    unauthorized: 'Please sign in to continue',
  },
};

export type Messages = typeof en;
