// Hardcoded fallbacks for secrets read from the environment: `process.env.JWT_SECRET ||
// 'dev-secret'`, `?? 'x'`, `process.env.X ? process.env.X : 'x'`, and
// `const { JWT_SECRET = 'dev-secret' } = process.env`. Shared by config/secret-fallback
// (which reports them) and config/hardcoded-secret (which leaves generic credentials to it,
// and reports only fallbacks in a real provider format as well).
import ts = require('typescript');
import { envReadName, isEnvRead } from '../analysis/env';
import { propertyNameText, skipOuterExpressions, staticString } from '../analysis/literals';
import { expressionPath } from '../analysis/calls';
import { isPlaceholder } from './placeholders';
import { isStructuredNonSecret } from './credentialShape';
import { findEmbeddedCredential } from './urlCredentials';
import { secretName } from './secretNames';
import { isEnvObject } from './scriptTargets';

export interface SecretFallback {
  literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
  value: string;
  /** Environment variables read before falling back ('JWT_SECRET'); empty when the name is dynamic. */
  envNames: string[];
  /** The name the result is assigned to, if any ('jwtSecret'). */
  targetName: string | undefined;
  form: 'logical' | 'conditional' | 'destructuring';
}

/** Env variable names read by an expression made only of env reads joined by `||`/`??`; undefined if anything else is in it. */
function envReadNames(expression: ts.Expression): string[] | undefined {
  const node = skipOuterExpressions(expression);
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    const left = envReadNames(node.left);
    const right = envReadNames(node.right);
    return left && right ? [...left, ...right] : undefined;
  }
  if (!isEnvRead(node)) return undefined;
  const name = envReadName(node) ?? (ts.isPropertyAccessExpression(node) ? node.name.text : ts.isElementAccessExpression(node) ? staticString(node.argumentExpression) : undefined);
  return [name ?? ''];
}

/** The name an expression's value is stored under: variable, property, parameter, assignment target. */
function assignedName(expression: ts.Node): string | undefined {
  let node = expression;
  while (node.parent && (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isNonNullExpression(node.parent) || ts.isSatisfiesExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) return propertyNameText(parent.name);
  if ((ts.isParameter(parent) || ts.isBindingElement(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === node) {
    const path = expressionPath(parent.left);
    return path?.[path.length - 1];
  }
  return undefined;
}

function fallbackShape(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): Omit<SecretFallback, 'literal' | 'value'> | undefined {
  let node: ts.Node = literal;
  while (node.parent && (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isBinaryExpression(parent) && parent.right === node && (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    const envNames = envReadNames(parent.left);
    return envNames ? { envNames, targetName: assignedName(parent), form: 'logical' } : undefined;
  }
  // process.env.SESSION_SECRET ??= 'x' / ||= 'x': a default written into the environment.
  if (ts.isBinaryExpression(parent) && parent.right === node && (parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarEqualsToken)) {
    const envNames = envReadNames(parent.left);
    return envNames ? { envNames, targetName: undefined, form: 'logical' } : undefined;
  }
  if (ts.isConditionalExpression(parent) && parent.condition !== node) {
    // process.env.X ? process.env.X : 'x'   /   !process.env.X ? 'x' : process.env.X
    const other = parent.whenTrue === node ? parent.whenFalse : parent.whenTrue;
    const envNames = envReadNames(other);
    if (!envNames) return undefined;
    return { envNames, targetName: assignedName(parent), form: 'conditional' };
  }
  if (ts.isBindingElement(parent) && parent.initializer === node && ts.isObjectBindingPattern(parent.parent)) {
    const holder = parent.parent.parent;
    const source = ts.isVariableDeclaration(holder) || ts.isParameter(holder) ? holder.initializer : undefined;
    if (!isEnvObject(source)) return undefined;
    const name = parent.propertyName ? propertyNameText(parent.propertyName) : ts.isIdentifier(parent.name) ? parent.name.text : undefined;
    const local = ts.isIdentifier(parent.name) ? parent.name.text : undefined;
    return { envNames: [name ?? ''], targetName: local, form: 'destructuring' };
  }
  return undefined;
}

/**
 * The hardcoded fallback this literal is, when config/secret-fallback reports it: the
 * variable read or the target is secret-named, and the literal is a value (not a
 * placeholder, path, env var name, URL without credentials). A provider token there is
 * reported by config/hardcoded-secret as well: it is a leaked key whatever its position.
 */
export function secretFallbackOf(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): SecretFallback | undefined {
  const shape = fallbackShape(literal);
  if (!shape) return undefined;
  const isSecret = shape.envNames.some((name) => name.length > 0 && secretName(name) !== undefined) || (shape.targetName !== undefined && secretName(shape.targetName) !== undefined);
  if (!isSecret) return undefined;
  const value = literal.text;
  // `|| 'secret'` is not a placeholder here: it is the value production runs with.
  if (isPlaceholder(value, { standIns: false })) return undefined;
  if (isStructuredNonSecret(value.trim()) && !findEmbeddedCredential(value)) return undefined;
  // Booleans and small numbers are not secrets; `|| '99746510'` for a JWT secret is.
  if (/^(true|false|null|undefined|none|\d{1,5})$/i.test(value.trim())) return undefined;
  return { literal, value, ...shape };
}

/** True when a literal is the fallback of an env read at all (secret-named or not). */
export function isEnvFallbackPosition(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  return fallbackShape(literal) !== undefined;
}
