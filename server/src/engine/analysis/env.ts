import ts = require('typescript');
import { propertyNameText, skipOuterExpressions, staticString } from './literals';
import { expressionPath, findVariableInitializer } from './calls';

/** Receivers of `.get('x')` that are configuration lookups (`config.get('db.url')`, Nest's ConfigService). */
const CONFIG_RECEIVER = /^(config|configs|configuration|conf|cfg|nconf|convict|settings|configService|appConfig|env|environment)$/i;
/** Functions that read one environment variable by name: `env('X')`, `getEnv('X')`, `requireEnv('X')`. */
const ENV_FUNCTION = /(^env$|env$|^get.*env|^read.*env|^require.*env|^must.*env)/i;

/**
 * The environment variable (or config key) an expression reads directly, if it is such a
 * read: `process.env.X`, `process.env['X']`, `import.meta.env.X`, `Deno.env.get('X')`,
 * `Bun.env.X`, `config.get('x')`, `env('X')`. Returns '' when a read is certain but the name
 * is dynamic.
 */
export function envReadName(expression: ts.Expression): string | undefined {
  const node = skipOuterExpressions(expression);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const path = expressionPath(node.expression);
    const key = ts.isPropertyAccessExpression(node) ? node.name.text : staticString(node.argumentExpression) ?? '';
    if (path && isEnvObjectPath(path)) return key;
    return undefined;
  }
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    const firstArgument = staticString(node.arguments[0]) ?? '';
    const path = expressionPath(callee);
    if (!path) return undefined;
    const last = path[path.length - 1]!;
    // Deno.env.get('X'), config.get('x'), configService.get<string>('X'), nconf.get('x')
    if ((last === 'get' || last === 'getOrThrow' || last === 'require') && path.length >= 2) {
      const receiver = path[path.length - 2]!;
      if (isEnvObjectPath(path.slice(0, -1)) || CONFIG_RECEIVER.test(receiver) || receiver.toLowerCase().endsWith('config') || receiver.toLowerCase().endsWith('configservice')) return firstArgument;
    }
    if (path.length === 1 && ENV_FUNCTION.test(last) && node.arguments.length > 0) return firstArgument;
  }
  return undefined;
}

function isEnvObjectPath(path: string[]): boolean {
  const joined = path.join('.');
  return joined === 'process.env' || joined === 'Deno.env' || joined === 'Bun.env';
}

/** `import.meta.env` is a MetaProperty; expressionPath does not see it, so check it apart. */
function isImportMetaEnv(node: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'env' && ts.isMetaProperty(node.expression);
}

export function isEnvRead(expression: ts.Expression): boolean {
  const node = skipOuterExpressions(expression);
  if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && isImportMetaEnv(node.expression)) return true;
  return envReadName(node) !== undefined;
}

/**
 * True when the value of an expression comes from the environment, possibly wrapped:
 * `Number(process.env.PORT)`, `parseInt(process.env.PORT ?? '3000', 10)`,
 * `process.env.PORT || 3000`, `+process.env.PORT`, or a variable initialised that way.
 */
export function valueComesFromEnv(expression: ts.Expression, depth = 0): boolean {
  if (depth > 6) return false;
  const node = skipOuterExpressions(expression);
  if (isEnvRead(node)) return true;
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) return valueComesFromEnv(node.left, depth + 1);
    return false;
  }
  if (ts.isConditionalExpression(node)) return valueComesFromEnv(node.whenTrue, depth + 1) || valueComesFromEnv(node.whenFalse, depth + 1);
  if (ts.isPrefixUnaryExpression(node)) return valueComesFromEnv(node.operand, depth + 1);
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (/^(Number|parseInt|parseFloat|String|Boolean|toNumber|toInt|normalizePort|normalise?Port)$/i.test(name) && node.arguments[0]) return valueComesFromEnv(node.arguments[0], depth + 1);
    return false;
  }
  if (ts.isIdentifier(node)) {
    const initializer = findVariableInitializer(node);
    return initializer ? valueComesFromEnv(initializer, depth + 1) : false;
  }
  if (ts.isPropertyAccessExpression(node)) {
    // config.port where `const config = { port: process.env.PORT }` in this file
    const path = expressionPath(node);
    if (path && path.length === 2 && ts.isIdentifier(skipOuterExpressions(node.expression))) {
      const initializer = findVariableInitializer(skipOuterExpressions(node.expression) as ts.Identifier);
      if (initializer && ts.isObjectLiteralExpression(skipOuterExpressions(initializer))) {
        const object = skipOuterExpressions(initializer) as ts.ObjectLiteralExpression;
        for (const property of object.properties) {
          if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === path[1]) return valueComesFromEnv(property.initializer, depth + 1);
        }
      }
    }
  }
  return false;
}
