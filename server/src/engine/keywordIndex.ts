/**
 * Answers "does this text contain that keyword?" for the rules' prefilter keywords.
 * Hundreds of `text.includes(k)` calls that fail each scan the whole file; a bit table of the
 * text's 3-character windows, built in one pass, rules most of them out without a scan.
 * Positive answers are confirmed with `includes`, so the answer is always exact.
 */
export class KeywordIndex {
  /** Table size bounds (bits): about two slots per character, so a short file does not clear 64 KiB. */
  private static readonly MIN_TABLE_BITS = 10;
  private static readonly MAX_TABLE_BITS = 16;
  private readonly windows: Uint8Array;
  private readonly mask: number;
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly text: string) {
    const bits = Math.min(KeywordIndex.MAX_TABLE_BITS, Math.max(KeywordIndex.MIN_TABLE_BITS, Math.ceil(Math.log2(text.length + 1)) + 1));
    this.windows = new Uint8Array(1 << bits);
    const mask = (this.mask = (1 << bits) - 1);
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.windows[KeywordIndex.hash(a, b, c) & mask] = 1;
      a = b;
      b = c;
    }
  }

  private static hash(a: number, b: number, c: number): number {
    return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^ (c >>> 3);
  }

  private mayContain(keyword: string): boolean {
    const mask = this.mask;
    for (let i = 2; i < keyword.length; i++) {
      if (this.windows[KeywordIndex.hash(keyword.charCodeAt(i - 2), keyword.charCodeAt(i - 1), keyword.charCodeAt(i)) & mask] === 0) return false;
    }
    return true;
  }

  includes(keyword: string): boolean {
    let answer = this.answers.get(keyword);
    if (answer === undefined) {
      answer = (keyword.length < 3 || this.mayContain(keyword)) && this.text.includes(keyword);
      this.answers.set(keyword, answer);
    }
    return answer;
  }

  includesAny(keywords: readonly string[]): boolean {
    for (const keyword of keywords) if (this.includes(keyword)) return true;
    return false;
  }
}
