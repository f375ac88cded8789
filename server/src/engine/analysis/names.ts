/** Splits an identifier or key into lower-case words: `stripeApiKey`, `STRIPE_API_KEY`, `stripe-api-key` → stripe, api, key. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** `stripeApiKey` → `STRIPE_API_KEY`; an environment variable name derived from a code name. */
export function toEnvVarName(name: string): string {
  const words = identifierWords(name);
  const joined = words.join('_').toUpperCase();
  if (joined.length === 0) return 'VALUE';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}
