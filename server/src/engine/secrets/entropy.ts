// Measures of how random a string looks. Secrets are judged on the text of one literal, so
// these stay cheap: one pass over the characters, no allocation beyond a small count table.

/** Shannon entropy in bits per character (0 for '' or 'aaaa', ~4 for random hex, ~5.7 for random base62). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

export interface CharacterProfile {
  length: number;
  lower: number;
  upper: number;
  digits: number;
  /** Anything that is not an ASCII letter, digit or whitespace. */
  symbols: number;
  whitespace: number;
  nonAscii: number;
  /** How many of lower/upper/digit/symbol occur at all (0–4). */
  classes: number;
  distinct: number;
}

export function characterProfile(value: string): CharacterProfile {
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let symbols = 0;
  let whitespace = 0;
  let nonAscii = 0;
  const seen = new Set<string>();
  for (const ch of value) {
    seen.add(ch);
    const code = ch.codePointAt(0)!;
    if (code >= 97 && code <= 122) lower++;
    else if (code >= 65 && code <= 90) upper++;
    else if (code >= 48 && code <= 57) digits++;
    else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') whitespace++;
    else if (code > 127) nonAscii++;
    else symbols++;
  }
  const classes = (lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (symbols > 0 ? 1 : 0);
  return { length: value.length, lower, upper, digits, symbols, whitespace, nonAscii, classes, distinct: seen.size };
}

/**
 * The share of characters that sit in runs of three or more consecutive code points
 * (`abc`, `123`, `zyx`, `AbC`) or repeats (`aaa`). Typed-by-hand fakes (`abc123xyz`,
 * `1234567890abcdef`) score near 1; random tokens score near 0.
 */
export function sequentialRatio(raw: string): number {
  if (raw.length < 3) return 0;
  // Case-insensitive: 'AbC123dEf' is as typed-by-hand as 'abc123def'.
  const value = raw.toLowerCase();
  const covered = new Uint8Array(value.length);
  let runStart = 0;
  let direction = 0;
  const flush = (end: number) => {
    if (end - runStart >= 3) for (let i = runStart; i < end; i++) covered[i] = 1;
  };
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const stepDirection = step === 1 ? 1 : step === -1 ? -1 : step === 0 ? 2 : 0;
    if (stepDirection !== 0 && (i - runStart === 1 || stepDirection === direction)) {
      direction = stepDirection;
      continue;
    }
    flush(i);
    runStart = stepDirection !== 0 ? i - 1 : i;
    direction = stepDirection;
  }
  flush(value.length);
  let total = 0;
  for (const flag of covered) total += flag;
  return total / value.length;
}

/** Length of the longest run of one repeated character. */
export function longestRepeatRun(value: string): number {
  let best = value.length > 0 ? 1 : 0;
  let current = 1;
  for (let i = 1; i < value.length; i++) {
    current = value[i] === value[i - 1] ? current + 1 : 1;
    if (current > best) best = current;
  }
  return best;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * True for a run of letters that reads like random characters rather than words: few
 * vowels or long consonant clusters (`kdjfhgqpwrtz`), judged on lower-cased letters.
 */
export function lettersLookRandom(value: string): boolean {
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 10) return false;
  let vowels = 0;
  let cluster = 0;
  let longestCluster = 0;
  for (const ch of letters) {
    if (VOWELS.has(ch)) {
      vowels++;
      cluster = 0;
    } else {
      cluster++;
      if (cluster > longestCluster) longestCluster = cluster;
    }
  }
  return vowels / letters.length < 0.22 || longestCluster >= 5;
}

/**
 * True when a value has the texture of a generated credential: long enough, several
 * character classes, high entropy, no typed-by-hand sequences.
 */
export function looksRandom(value: string, minLength = 16): boolean {
  if (value.length < minLength) return false;
  const profile = characterProfile(value);
  if (profile.whitespace > 0) return false;
  if (sequentialRatio(value) > 0.5) return false;
  const entropy = shannonEntropy(value);
  const isHex = /^[0-9a-f]+$/i.test(value);
  if (isHex) return profile.digits > 0 && profile.lower + profile.upper > 0 && entropy >= 3;
  if (profile.classes >= 2 && entropy >= 3.5) return true;
  return profile.classes === 1 && profile.lower + profile.upper === profile.length && entropy >= 3.7 && lettersLookRandom(value);
}
