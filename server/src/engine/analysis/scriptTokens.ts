// The tokens of a script read without TypeScript's scanner or parser, each with its bracket
// depth: enough for a prefilter to ask structural questions ("is this `let` at module level?",
// "what follows this name?") for a fraction of the cost of a parse. Tokens live in typed arrays
// (no object, no string per token), so a scan costs little more than one pass over the text.
//
// JavaScript's one lexical ambiguity, `/` as division or as the start of a regular expression,
// is resolved from the token before it, as editors' highlighters do. The reading is then held to
// account: every bracket must be closed by its own kind, every literal and comment terminated.
// A misread `/` swallows or exposes quotes and brackets, which almost always breaks that. Where
// it breaks, or where the raw text is not what the parser reads (an escape in an identifier,
// JSX), the scan gives up and the caller must assume the worst.

export const TokenKind = {
  Identifier: 1,
  Punctuator: 2,
  String: 3,
  Template: 4,
  Regex: 5,
  Number: 6,
  PrivateName: 7,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Every punctuator, by the code the scan stores; multi-character ones longest first per first character. */
const PUNCTUATORS = [
  '',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '!', '~', '?', ':', '=', '@', '.', '#',
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
];
/** Code of a one-character punctuator by its character code; 0 for a character that is none (read as an unknown punctuator). */
const SINGLE_PUNCTUATOR_CODES = new Uint8Array(128);
/** Codes of the multi-character punctuators by their first character, longest first. */
const LONG_PUNCTUATOR_CODES: number[][] = Array.from({ length: 128 }, () => []);
PUNCTUATORS.forEach((punctuator, code) => {
  if (punctuator.length === 1) SINGLE_PUNCTUATOR_CODES[punctuator.charCodeAt(0)] = code;
  else if (punctuator.length > 1) LONG_PUNCTUATOR_CODES[punctuator.charCodeAt(0)]!.push(code);
});
const PUNCTUATOR_CODES = new Map(PUNCTUATORS.map((punctuator, code) => [punctuator, code]));
/** The character codes of each punctuator, to match it without a substring. */
const PUNCTUATOR_CHARS = PUNCTUATORS.map((punctuator) => Array.from(punctuator, (char) => char.charCodeAt(0)));

function punctuatorCode(punctuator: string): number {
  const code = PUNCTUATOR_CODES.get(punctuator);
  if (code === undefined || code === 0) throw new Error(`not a punctuator: ${punctuator}`);
  return code;
}

const CODE_OPEN_PAREN = punctuatorCode('(');
const CODE_CLOSE_PAREN = punctuatorCode(')');
const CODE_OPEN_BRACKET = punctuatorCode('[');
const CODE_CLOSE_BRACKET = punctuatorCode(']');
const CODE_OPEN_BRACE = punctuatorCode('{');
const CODE_CLOSE_BRACE = punctuatorCode('}');
const CODE_DOT = punctuatorCode('.');
const CODE_QUESTION_DOT = punctuatorCode('?.');
const CODE_QUESTION = punctuatorCode('?');
const CODE_EXCLAMATION = punctuatorCode('!');
const CODE_INCREMENT = punctuatorCode('++');
const CODE_DECREMENT = punctuatorCode('--');
/** The opening bracket's code by the closing one's. */
const OPENER_OF = new Uint8Array(PUNCTUATORS.length);
OPENER_OF[CODE_CLOSE_PAREN] = CODE_OPEN_PAREN;
OPENER_OF[CODE_CLOSE_BRACKET] = CODE_OPEN_BRACKET;
OPENER_OF[CODE_CLOSE_BRACE] = CODE_OPEN_BRACE;
/** Marks an open template substitution `${` on the bracket stack. */
const TEMPLATE_SUBSTITUTION = -1;

/** Words by their first character, to tell whether a name is one of them without slicing it out of the text. */
class WordSet {
  private readonly byFirst: string[][] = Array.from({ length: 128 }, () => []);
  constructor(words: readonly string[]) {
    for (const word of words) this.byFirst[word.charCodeAt(0)]!.push(word);
  }
  has(text: string, start: number, end: number): boolean {
    const first = text.charCodeAt(start);
    if (first >= 128) return false;
    for (const word of this.byFirst[first]!) if (word.length === end - start && text.startsWith(word, start)) return true;
    return false;
  }
}

/**
 * Keywords after which an expression starts, so a `/` that follows is a regular expression
 * (`return /x/.test(s)`); after any other name it divides.
 */
const OPERAND_KEYWORDS = new WordSet(['return', 'typeof', 'instanceof', 'in', 'new', 'delete', 'void', 'throw', 'case', 'default', 'do', 'else', 'yield', 'await']);
/** `if (…)`, `while (…)`, `for (…)`, `with (…)`: a statement, which may be `/x/.test(s)`, follows the parenthesis. */
const STATEMENT_HEAD_KEYWORDS = new WordSet(['if', 'while', 'for', 'with']);

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const SINGLE_QUOTE = 39;
const ASTERISK = 42;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const DIGIT_0 = 48;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;
const BAR = 124;
const UPPER_E = 69;
const UPPER_X = 88;
const OPEN_SQUARE = 91;
const BACKSLASH = 92;
const CLOSE_SQUARE = 93;
const BACKTICK = 96;
const LOWER_E = 101;
const LOWER_X = 120;
const OPEN_CURLY = 123;

/** Character classes of ASCII characters, for the hot loop. */
const WHITE_SPACE = 1;
const IDENTIFIER_START = 2;
const DIGIT = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let ch = 0; ch < 128; ch++) {
  if (ch === 32 || (ch >= 9 && ch <= 13)) ASCII_CLASS[ch] = WHITE_SPACE;
  else if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === DOLLAR || ch === 95) ASCII_CLASS[ch] = IDENTIFIER_START;
  else if (ch >= 48 && ch <= 57) ASCII_CLASS[ch] = DIGIT;
}

function isLineBreak(ch: number): boolean {
  return ch === LINE_FEED || ch === CARRIAGE_RETURN || ch === 0x2028 || ch === 0x2029;
}

/** What TypeScript's scanner skips as white space (isWhiteSpaceLike). */
function isWhiteSpace(ch: number): boolean {
  if (ch < 128) return ASCII_CLASS[ch] === WHITE_SPACE;
  return ch === 0xa0 || ch === 0x85 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200b) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

function isDigit(ch: number): boolean {
  return ch < 128 && ASCII_CLASS[ch] === DIGIT;
}

/** Non-ASCII characters other than white space are read as part of a name: a superset of what the parser accepts. */
// `ch` is NaN past the end of the text (charCodeAt): it must be neither, or a scan at the end never stops.
function isIdentifierStart(ch: number): boolean {
  return ch < 128 ? ASCII_CLASS[ch] === IDENTIFIER_START : ch >= 128 && !isWhiteSpace(ch);
}

function isIdentifierPart(ch: number): boolean {
  return ch < 128 ? (ASCII_CLASS[ch]! & (IDENTIFIER_START | DIGIT)) !== 0 : ch >= 128 && !isWhiteSpace(ch);
}

/** The tokens of one script, by index. An index out of range reads as no token. */
export class ScriptTokens {
  constructor(
    private readonly source: string,
    /** Number of tokens. */
    readonly count: number,
    private readonly kinds: Uint8Array,
    private readonly punctuators: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly depths: Int32Array,
    /** Index + 1 of the matching bracket, 0 for no bracket. */
    private readonly matches: Int32Array,
  ) {}

  /** The token's kind; 0 out of range. */
  kind(index: number): number {
    return index >= 0 && index < this.count ? this.kinds[index]! : 0;
  }

  /** Brackets open around the token: `(`, `[`, `{` and template `${`. A bracket itself is at the depth outside it. */
  depth(index: number): number {
    return this.depths[index]!;
  }

  /** On a bracket, the index of the one that matches it (the closing one of an opening bracket); -1 on every other token. */
  matching(index: number): number {
    return this.matches[index]! - 1;
  }

  /** Offsets of the token's first character and of the character after it. */
  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  /** An identifier's name, a punctuator, a string literal's raw contents (without quotes); a literal's raw text otherwise. */
  text(index: number): string {
    const kind = this.kind(index);
    if (kind === TokenKind.Punctuator) return PUNCTUATORS[this.punctuators[index]!] || this.source.slice(this.starts[index], this.ends[index]);
    if (kind === TokenKind.String) return this.source.slice(this.starts[index]! + 1, this.ends[index]! - 1);
    return kind === 0 ? '' : this.source.slice(this.starts[index], this.ends[index]);
  }

  /** The punctuator; '' for a token of another kind. */
  punctuator(index: number): string {
    return this.kind(index) === TokenKind.Punctuator ? PUNCTUATORS[this.punctuators[index]!]! : '';
  }

  isPunctuator(index: number, punctuator: string): boolean {
    return this.kind(index) === TokenKind.Punctuator && PUNCTUATORS[this.punctuators[index]!] === punctuator;
  }

  isIdentifier(index: number, name?: string): boolean {
    if (this.kind(index) !== TokenKind.Identifier) return false;
    if (name === undefined) return true;
    const start = this.starts[index]!;
    return this.ends[index]! - start === name.length && this.source.startsWith(name, start);
  }

  /** Whether the token follows `.` or `?.`: a member name (`x.delete`), never a keyword or a binding. */
  isMemberName(index: number): boolean {
    const previous = index - 1;
    return this.kind(previous) === TokenKind.Punctuator && (this.punctuators[previous] === CODE_DOT || this.punctuators[previous] === CODE_QUESTION_DOT);
  }
}

/**
 * The tokens of `text`, or undefined when the text cannot be read reliably without a parse.
 * `jsx`: the file may hold JSX (TypeScript reads every script but `.ts`, `.mts` and `.cts` with
 * JSX); a `<` where an expression starts is then JSX, whose text follows other rules, and the
 * scan gives up.
 */
export function scanScriptTokens(text: string, jsx: boolean): ScriptTokens | undefined {
  const length = text.length;
  // Scripts hold about one token per four characters: growing is rare.
  let capacity = 64 + Math.ceil(length / 3);
  let kinds: Uint8Array = new Uint8Array(capacity);
  let punctuators: Uint8Array = new Uint8Array(capacity);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let depths: Int32Array = new Int32Array(capacity);
  let matches: Int32Array = new Int32Array(capacity);
  let count = 0;
  /** Open brackets: the token index of each, or TEMPLATE_SUBSTITUTION. */
  const open: number[] = [];
  let pos = 0;

  const grow = (): void => {
    capacity *= 2;
    const widenBytes = (array: Uint8Array): Uint8Array => {
      const wider = new Uint8Array(capacity);
      wider.set(array);
      return wider;
    };
    const widenInts = (array: Int32Array): Int32Array => {
      const wider = new Int32Array(capacity);
      wider.set(array);
      return wider;
    };
    kinds = widenBytes(kinds);
    punctuators = widenBytes(punctuators);
    starts = widenInts(starts);
    ends = widenInts(ends);
    depths = widenInts(depths);
    matches = widenInts(matches);
  };
  const push = (kind: TokenKind, start: number, end: number, punctuator: number): void => {
    if (count === capacity) grow();
    kinds[count] = kind;
    punctuators[count] = punctuator;
    starts[count] = start;
    ends[count] = end;
    depths[count] = open.length;
    count++;
  };
  const isMemberName = (index: number): boolean => index > 0 && kinds[index - 1] === TokenKind.Punctuator && (punctuators[index - 1] === CODE_DOT || punctuators[index - 1] === CODE_QUESTION_DOT);
  /**
   * Whether the last token ends an operand, so that a `/` after it divides. Asked only at a `/`
   * or `<`, rather than worked out for every token.
   */
  const afterOperand = (): boolean => {
    let index = count - 1;
    // `x! / 2` divides (a non-null assertion follows an operand); `!/x/.test(s)` does not.
    while (index >= 0 && kinds[index] === TokenKind.Punctuator && punctuators[index] === CODE_EXCLAMATION) index--;
    if (index < 0) return false;
    switch (kinds[index]) {
      case TokenKind.Identifier:
        return isMemberName(index) || !OPERAND_KEYWORDS.has(text, starts[index]!, ends[index]!);
      case TokenKind.Template:
        // A template's head or middle ends with `${`, where an expression starts.
        return text.charCodeAt(ends[index]! - 1) === BACKTICK;
      case TokenKind.Punctuator: {
        const code = punctuators[index];
        if (code === CODE_CLOSE_PAREN) {
          // After the head of `if (…)` and the like a statement, maybe `/x/.test(s)`, starts.
          const keyword = matches[index]! - 2;
          return !(keyword >= 0 && kinds[keyword] === TokenKind.Identifier && !isMemberName(keyword) && STATEMENT_HEAD_KEYWORDS.has(text, starts[keyword]!, ends[keyword]!));
        }
        // After `}` a block has usually ended, and a new statement may start with a regular expression.
        return code === CODE_CLOSE_BRACKET || code === CODE_INCREMENT || code === CODE_DECREMENT;
      }
      default:
        return true;
    }
  };
  /** Scans template text from `pos` (just after the backtick or the `}` of a substitution at `start`). */
  const scanTemplateText = (start: number): boolean => {
    while (pos < length) {
      const ch = text.charCodeAt(pos);
      if (ch === BACKSLASH) {
        pos += 2;
      } else if (ch === BACKTICK) {
        pos++;
        push(TokenKind.Template, start, pos, 0);
        return true;
      } else if (ch === DOLLAR && text.charCodeAt(pos + 1) === OPEN_CURLY) {
        pos += 2;
        push(TokenKind.Template, start, pos, 0);
        open.push(TEMPLATE_SUBSTITUTION);
        return true;
      } else {
        pos++;
      }
    }
    return false;
  };

  if (text.startsWith('#!')) {
    while (pos < length && !isLineBreak(text.charCodeAt(pos))) pos++;
  }

  while (pos < length) {
    const ch = text.charCodeAt(pos);
    if (isWhiteSpace(ch)) {
      pos++;
      continue;
    }
    const start = pos;
    if (isIdentifierStart(ch)) {
      pos++;
      while (pos < length && isIdentifierPart(text.charCodeAt(pos))) pos++;
      // `\u0061` inside a name is part of the name the parser reads.
      if (text.charCodeAt(pos) === BACKSLASH) return undefined;
      push(TokenKind.Identifier, start, pos, 0);
      continue;
    }
    const next = text.charCodeAt(pos + 1);
    if (ch === SLASH && next === SLASH) {
      pos += 2;
      while (pos < length && !isLineBreak(text.charCodeAt(pos))) pos++;
      continue;
    }
    if (ch === SLASH && next === ASTERISK) {
      const end = text.indexOf('*/', pos + 2);
      if (end === -1) return undefined;
      pos = end + 2;
      continue;
    }
    if (isDigit(ch) || (ch === DOT && isDigit(next))) {
      const isHex = ch === DIGIT_0 && (next === LOWER_X || next === UPPER_X);
      pos++;
      for (;;) {
        const part = text.charCodeAt(pos);
        if (isIdentifierPart(part) || part === DOT) {
          pos++;
        } else if ((part === PLUS || part === MINUS) && !isHex && (text.charCodeAt(pos - 1) === LOWER_E || text.charCodeAt(pos - 1) === UPPER_E)) {
          pos++;
        } else {
          break;
        }
      }
      push(TokenKind.Number, start, pos, 0);
      continue;
    }
    if (ch === SINGLE_QUOTE || ch === DOUBLE_QUOTE) {
      pos++;
      for (;;) {
        if (pos >= length) return undefined;
        const part = text.charCodeAt(pos);
        if (part === ch) break;
        if (part === BACKSLASH) {
          // An escaped line break continues the literal; a CRLF is one line break.
          pos += text.charCodeAt(pos + 1) === CARRIAGE_RETURN && text.charCodeAt(pos + 2) === LINE_FEED ? 3 : 2;
          continue;
        }
        if (isLineBreak(part)) return undefined;
        pos++;
      }
      pos++;
      push(TokenKind.String, start, pos, 0);
      continue;
    }
    if (ch === BACKTICK) {
      pos++;
      if (!scanTemplateText(start)) return undefined;
      continue;
    }
    if (ch === HASH && isIdentifierStart(next)) {
      pos++;
      while (pos < length && isIdentifierPart(text.charCodeAt(pos))) pos++;
      push(TokenKind.PrivateName, start, pos, 0);
      continue;
    }
    if (ch === BACKSLASH) return undefined;
    if (ch === SLASH && !afterOperand()) {
      let inClass = false;
      pos++;
      for (;;) {
        if (pos >= length) return undefined;
        const part = text.charCodeAt(pos);
        if (isLineBreak(part)) return undefined;
        if (part === BACKSLASH) {
          if (isLineBreak(text.charCodeAt(pos + 1))) return undefined;
          pos += 2;
          continue;
        }
        pos++;
        if (part === OPEN_SQUARE) inClass = true;
        else if (part === CLOSE_SQUARE) inClass = false;
        else if (part === SLASH && !inClass) break;
      }
      while (pos < length && isIdentifierPart(text.charCodeAt(pos))) pos++;
      push(TokenKind.Regex, start, pos, 0);
      continue;
    }
    if (ch === LESS_THAN && jsx && !afterOperand()) return undefined;

    // A merge conflict marker (`<<<<<<<` at the start of a line): TypeScript skips the line, and
    // after `=======` the other side of the conflict.
    if ((pos === 0 || isLineBreak(text.charCodeAt(pos - 1))) && (ch === LESS_THAN || ch === EQUALS || ch === GREATER_THAN || ch === BAR) && text.startsWith(String.fromCharCode(ch).repeat(7), pos)) return undefined;

    let code = 0;
    let size = 1;
    if (ch < 128) {
      code = SINGLE_PUNCTUATOR_CODES[ch]!;
      const candidates = LONG_PUNCTUATOR_CODES[ch]!;
      for (let which = 0; which < candidates.length; which++) {
        const candidate = candidates[which]!;
        const chars = PUNCTUATOR_CHARS[candidate]!;
        let matched = 1;
        while (matched < chars.length && text.charCodeAt(pos + matched) === chars[matched]) matched++;
        if (matched === chars.length) {
          code = candidate;
          size = matched;
          break;
        }
      }
    }
    // `a?.5:b` is a conditional, not optional chaining.
    if (code === CODE_QUESTION_DOT && isDigit(text.charCodeAt(pos + 2))) {
      code = CODE_QUESTION;
      size = 1;
    }
    pos += size;
    if (code === CODE_OPEN_PAREN || code === CODE_OPEN_BRACKET || code === CODE_OPEN_BRACE) {
      push(TokenKind.Punctuator, start, pos, code);
      open.push(count - 1);
      continue;
    }
    if (code === CODE_CLOSE_PAREN || code === CODE_CLOSE_BRACKET || code === CODE_CLOSE_BRACE) {
      const opener = open.pop();
      if (opener === TEMPLATE_SUBSTITUTION && code === CODE_CLOSE_BRACE) {
        if (!scanTemplateText(start)) return undefined;
        continue;
      }
      if (opener === undefined || opener === TEMPLATE_SUBSTITUTION || punctuators[opener] !== OPENER_OF[code]) return undefined;
      matches[opener] = count + 1;
      matches[count] = opener + 1;
      push(TokenKind.Punctuator, start, pos, code);
      continue;
    }
    push(TokenKind.Punctuator, start, pos, code);
  }
  if (open.length !== 0) return undefined;
  return new ScriptTokens(text, count, kinds, punctuators, starts, ends, depths, matches);
}
