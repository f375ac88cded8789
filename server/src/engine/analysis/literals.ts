import ts = require('typescript');

/** The value of a string literal or a template without substitutions; undefined otherwise. */
export function staticString(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Like staticString, but also folds `'a' + 'b'` and parentheses. */
export function foldedString(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  const direct = staticString(node);
  if (direct !== undefined) return direct;
  if (ts.isParenthesizedExpression(node)) return foldedString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = foldedString(node.left);
    const right = foldedString(node.right);
    if (left !== undefined && right !== undefined) return left + right;
  }
  return undefined;
}

/** The leading static text of a template (`\`curl ${url}\`` → 'curl '), or the whole static string. */
export function leadingStaticText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  const whole = foldedString(node);
  if (whole !== undefined) return whole;
  if (ts.isTemplateExpression(node)) return node.head.text;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return leadingStaticText(node.left);
  return undefined;
}

export function numericValue(node: ts.Node | undefined): number | undefined {
  if (!node) return undefined;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  return undefined;
}

type OuterExpression = ts.ParenthesizedExpression | ts.AsExpression | ts.NonNullExpression | ts.SatisfiesExpression | ts.TypeAssertion;

/** Parentheses, `as`/`satisfies`/`!` and type assertions: wrappers that do not change a value. */
export function isOuterExpression(node: ts.Node): node is OuterExpression {
  // A switch on the kind: asked of nearly every expression a rule looks at.
  switch (node.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
      return true;
    default:
      return false;
  }
}

/** Drops the wrappers isOuterExpression names. */
export function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  while (isOuterExpression(current)) current = current.expression;
  return current;
}

/** The name a property assignment / key has, when it is static. */
export function propertyNameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return staticString(name.expression);
  return undefined;
}

/** Finds a property of an object literal by static name. */
export function findProperty(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((property) => propertyNameText(property.name) === name);
}

/** The initializer of `name: value` (or the identifier of `{ name }` shorthand). */
export function propertyValue(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const property = findProperty(object, name);
  if (!property) return undefined;
  if (ts.isPropertyAssignment(property)) return property.initializer;
  if (ts.isShorthandPropertyAssignment(property)) return property.name;
  return undefined;
}
