// Attributes secretlint's whole-file matches to the one literal / scalar that holds them.
import type { ProviderTokenMatch } from './providerTokens';
import { isWordyIdentifier, isStructuredNonSecret } from './credentialShape';

/** First index whose token ends after `offset` (tokens sorted by start, non-overlapping in practice). */
function firstEndingAfter(tokens: readonly ProviderTokenMatch[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The secretlint match a literal spanning `[start, end)` of `text` holds: a match inside the
 * literal, or a `KEY = "value"` match (AWS secret access key) that contains the whole literal
 * when the literal is the value part (long, not a name).
 */
export function providerTokenIn(tokens: readonly ProviderTokenMatch[], start: number, end: number, text: string): ProviderTokenMatch | undefined {
  if (tokens.length === 0) return undefined;
  for (let i = firstEndingAfter(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const token = tokens[i]!;
    if (token.start >= start && token.end <= end) return token;
    if (token.start <= start && token.end >= end) {
      const content = text.slice(start, end).replace(/^["'`]|["'`]$/g, '');
      if (content.length >= 16 && !isWordyIdentifier(content) && !isStructuredNonSecret(content)) return token;
    }
  }
  return undefined;
}
