/**
 * Secrets are never echoed in full: keep a short prefix that helps the reader recognise the
 * kind of value (`sk_live_4e…`) but never more than a third of it.
 */
export function maskSecret(value: string): string {
  const visible = Math.min(10, Math.floor(value.length / 3));
  return `${value.slice(0, visible)}…`;
}
