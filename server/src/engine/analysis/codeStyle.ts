// The local code style a fix should write in: indentation, quotes, semicolons, line ends.
// Inserted code that looks like its surroundings is code users keep.
import ts = require('typescript');

export interface CodeStyle {
  /** One level of indentation ('  ', '    ' or '\t'). */
  indentUnit: string;
  quote: "'" | '"';
  semicolons: boolean;
  newline: '\n' | '\r\n';
}

/** The leading whitespace of the line `offset` is on. */
export function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function detectIndentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t';
  // The smallest indentation of a line that is not a block comment's ` * ` continuation; any
  // width of 2 or less already decides the answer.
  let smallest = Infinity;
  const indented = /^( +)[^\s*]/gm;
  for (let match = indented.exec(text); match && smallest > 2; match = indented.exec(text)) {
    smallest = Math.min(smallest, match[1]!.length);
  }
  return smallest === 4 ? '    ' : '  ';
}

/** The first string literal in the file decides the quote style. */
function detectQuote(sourceFile: ts.SourceFile): "'" | '"' {
  let quote: "'" | '"' | undefined;
  const visit = (node: ts.Node): void => {
    if (quote) return;
    if (ts.isStringLiteral(node)) {
      const first = sourceFile.text.charAt(node.getStart(sourceFile));
      if (first === '"' || first === "'") quote = first;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return quote ?? "'";
}

/** Statements ending in `;` outnumber those that do not. */
function detectSemicolons(sourceFile: ts.SourceFile): boolean {
  let withSemicolon = 0;
  let without = 0;
  for (const statement of sourceFile.statements) {
    if (ts.isExpressionStatement(statement) || ts.isVariableStatement(statement) || ts.isImportDeclaration(statement) || ts.isReturnStatement(statement)) {
      if (sourceFile.text.charAt(statement.getEnd() - 1) === ';') withSemicolon++;
      else without++;
    }
  }
  return withSemicolon >= without;
}

export function detectCodeStyle(sourceFile: ts.SourceFile): CodeStyle {
  const text = sourceFile.text;
  return {
    indentUnit: detectIndentUnit(text),
    quote: detectQuote(sourceFile),
    semicolons: detectSemicolons(sourceFile),
    newline: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * Where to insert new lines after a statement: at the end of its last line when only
 * whitespace or a line comment follows it there (so a trailing comment stays with its
 * statement), else right after the statement.
 */
export function endOfStatementLine(text: string, statement: ts.Node): number {
  const end = statement.getEnd();
  const lineEnd = text.indexOf('\n', end);
  const stop = lineEnd === -1 ? text.length : lineEnd;
  const rest = text.slice(end, stop).replace(/\r$/, '');
  if (/^\s*(\/\/.*)?$/.test(rest)) return stop - (text.charAt(stop - 1) === '\r' ? 1 : 0);
  return end;
}

/** Is `name` used anywhere in the file as an identifier? (Conservative: any scope.) */
export function isNameUsed(sourceFile: ts.SourceFile, name: string): boolean {
  // Only a match standing alone as a word can be that identifier (`server` in `serverless` is not).
  if (!new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$&')}(?![\\w$])`).test(sourceFile.text)) return false;
  let used = false;
  const visit = (node: ts.Node): void => {
    if (used) return;
    if (ts.isIdentifier(node) && node.text === name) {
      used = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return used;
}
