/**
 * Splits an identifier or key into lower-case words: `stripeApiKey`, `STRIPE_API_KEY`, `stripe-api-key` → stripe, api, key.
 * A word ends before an upper-case letter that follows a lower-case letter or digit (`apiKey`,
 * `v2Token`), before the last capital of a run that a lower-case letter follows
 * (`HTTPServer` → http, server), and at anything that is not an ASCII letter or digit.
 * One pass over the characters: every secret, name and log heuristic calls this per literal.
 */
export function identifierWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : 0;
    const upper = code >= 65 && code <= 90;
    const alphanumeric = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!alphanumeric) {
      if (start !== -1) words.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start === -1) {
      start = i;
      continue;
    }
    if (!upper) continue;
    const previous = name.charCodeAt(i - 1);
    const previousUpper = previous >= 65 && previous <= 90;
    const next = i + 1 < name.length ? name.charCodeAt(i + 1) : 0;
    if (!previousUpper || (next >= 97 && next <= 122)) {
      words.push(name.slice(start, i).toLowerCase());
      start = i;
    }
  }
  return words;
}

/** `stripeApiKey` → `STRIPE_API_KEY`; an environment variable name derived from a code name. */
export function toEnvVarName(name: string): string {
  const words = identifierWords(name);
  const joined = words.join('_').toUpperCase();
  if (joined.length === 0) return 'VALUE';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}
