// Module specifiers found without parsing: what `moduleReferenceOf` would find in the syntax
// tree, or more — never less. Rules about imports use it to rule a file out before the engine
// pays for a parse (most files import only declared packages and their own modules).

/** Whitespace and comments, as the parser skips them between tokens. */
const TRIVIA = String.raw`(?:\s|/\*[\s\S]*?\*/|//[^\n]*)*`;

/**
 * Where a module specifier can start: after `from` (`import … from`, `export … from`), after
 * `import` (`import 'x'`, `import('x')`), in `require('x')` (also `require?.('x')` and
 * `import x = require('x')`), `require.resolve('x')` and `import.meta.resolve('x')`.
 * The lookbehind only drops member names (`Buffer.from`, `this.require`); a keyword inside a
 * comment or a string still matches, which at worst adds a specifier.
 */
const SPECIFIER_START = new RegExp(
  String.raw`(?<![\w$.])(?:from|import${TRIVIA}(?:\(${TRIVIA})?|require${TRIVIA}(?:\?\.${TRIVIA})?\(${TRIVIA}|require${TRIVIA}\.${TRIVIA}resolve${TRIVIA}\(${TRIVIA})${TRIVIA}(['"\x60])|\bmeta${TRIVIA}\.${TRIVIA}resolve${TRIVIA}\(${TRIVIA}(['"\x60])`,
  'g',
);

/**
 * The specifiers of every static module reference in a script's text, as written (a superset:
 * commented-out imports count too). Undefined when the text has a form this scan cannot read
 * exactly — an escape in a specifier or an escaped keyword (`\u0069mport`) — and the caller
 * must parse.
 */
export function scanModuleSpecifiers(text: string): string[] | undefined {
  // TypeScript reads identifiers with unicode escapes as the keyword they spell.
  if (text.includes('\\u')) return undefined;
  const specifiers: string[] = [];
  SPECIFIER_START.lastIndex = 0;
  for (let match = SPECIFIER_START.exec(text); match; match = SPECIFIER_START.exec(text)) {
    const quote = (match[1] ?? match[2])!;
    const start = SPECIFIER_START.lastIndex;
    const end = text.indexOf(quote, start);
    if (end === -1) return undefined;
    const specifier = text.slice(start, end);
    // A template with a substitution is not a static specifier (the AST sees none either).
    if (quote === '`' && specifier.includes('${')) continue;
    // Escapes and line breaks: the literal's value is not its raw text.
    if (specifier.includes('\\') || specifier.includes('\n') || specifier.includes('\r')) return undefined;
    specifiers.push(specifier);
    SPECIFIER_START.lastIndex = end + 1;
  }
  return specifiers;
}
