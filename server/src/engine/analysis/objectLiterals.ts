import ts = require('typescript');
import { propertyNameText } from './literals';

export interface ObjectRewrite {
  /** Properties (by static name) to leave out. */
  drop?: ReadonlySet<string>;
  /** Properties (by static name) whose whole `name: value` text is replaced. */
  replace?: ReadonlyMap<string, string>;
}

function indentationBefore(sourceFile: ts.SourceFile, position: number): string {
  const text = sourceFile.text;
  let lineStart = position;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const prefix = text.slice(lineStart, position);
  return /^[ \t]*$/.test(prefix) ? prefix : (/^[ \t]*/.exec(prefix)?.[0] ?? '');
}

/**
 * The text of an object literal after dropping or replacing some of its properties, laid
 * out the way the original was (one line, or one property per line with the same
 * indentation). Fixes use it to turn a file transport into its stdout equivalent without
 * having to reason about commas; comments between properties are not kept.
 */
export function rewriteObjectLiteral(object: ts.ObjectLiteralExpression, rewrite: ObjectRewrite): string {
  const sourceFile = object.getSourceFile();
  const kept: string[] = [];
  for (const property of object.properties) {
    const name = ts.isSpreadAssignment(property) ? undefined : propertyNameText(property.name);
    if (name !== undefined && rewrite.drop?.has(name)) continue;
    const replacement = name !== undefined ? rewrite.replace?.get(name) : undefined;
    kept.push(replacement ?? property.getText(sourceFile));
  }
  if (kept.length === 0) return '{}';
  const multiline = object.getText(sourceFile).includes('\n');
  if (!multiline) return `{ ${kept.join(', ')} }`;
  const first = object.properties[0]!;
  const indent = indentationBefore(sourceFile, first.getStart(sourceFile));
  const closingIndent = indentationBefore(sourceFile, object.getEnd() - 1);
  const trailingComma = object.properties.hasTrailingComma ? ',' : '';
  return `{\n${kept.map((text) => `${indent}${text}`).join(',\n')}${trailingComma}\n${closingIndent}}`;
}

/** The quote character a string literal was written with, so replacements keep the file's style. */
export function quoteOf(literal: ts.Node | undefined): string {
  const text = literal?.getText();
  const first = text?.[0];
  return first === '"' || first === '`' ? first : "'";
}
