// A script's text as TypeScript reads its names and strings, for prefilters that look for
// words without parsing: `'pro\u0064uction'` is the string 'production' and `NODE\u005fENV` the
// name NODE_ENV, so a check on the raw text alone could miss them.

/** An escape sequence in a string, template or identifier, with what it stands for by group. */
const ESCAPE = /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([0-3][0-7]{0,2}|[4-7][0-7]?)|(\r\n|[\n\r\u2028\u2029])|([\s\S]))/g;
const SINGLE_CHARACTER_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * The text with every escape sequence replaced by what it stands for, so every name and
 * string value of the syntax tree appears in it as the tree has it. Escapes are replaced
 * wherever they are, also in regular expressions and comments (`/\d/` becomes `/d/`): that
 * changes only text that is no name or string of the tree, so a check that may find too much
 * there still finds every name and string. Text without a backslash is returned as is.
 */
export function cookedText(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(ESCAPE, (_escape, braced?: string, fourHex?: string, twoHex?: string, octal?: string, lineContinuation?: string, other?: string) => {
    const hex = braced ?? fourHex ?? twoHex;
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8));
    if (lineContinuation !== undefined) return '';
    return SINGLE_CHARACTER_ESCAPES[other!] ?? other!;
  });
}
