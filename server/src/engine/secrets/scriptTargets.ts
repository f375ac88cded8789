// Where does a string literal go? The secrets rules judge a value by the name it is given:
// `const dbPassword = '…'`, `{ apiKey: '…' }`, `this.secret = '…'`, `function f(token = '…')`,
// `class A { secret = '…' }`, `<Foo apiKey="…" />`, `headers.set('Authorization', '…')`,
// `jwt.sign(payload, '…')`, `if (password === '…')`. This module finds that name, the names
// of the enclosing containers (for env var naming) and how the literal can be replaced.
import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { calleeName, calleeReceiver, expressionPath, findVariableInitializer, mayCallInto, resolveCallee } from '../analysis/calls';
import { isEnvRead } from '../analysis/env';
import { isOuterExpression, propertyNameText, skipOuterExpressions, staticString } from '../analysis/literals';

export type SecretLiteral = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;

export interface LiteralTarget {
  /** The name the value is given: 'dbPassword', 'Authorization', 'jwtSecret'. */
  name: string | undefined;
  /** Names of enclosing containers, nearest first: `['db', 'config']` for `config.db.password`. */
  containerNames: string[];
  /** How the literal can be replaced by an env read: as an expression, inside JSX braces, or not at all. */
  replacement: 'expression' | 'jsx' | 'none';
  /** An enum member's value: a name by nature, judged on provider formats only. */
  isEnumMember: boolean;
}

/** A LiteralTarget whose container names can be worked out when first read. */
class Target implements LiteralTarget {
  name: string | undefined = undefined;
  isEnumMember = false;
  private containers: string[] | (() => string[]) = [];

  constructor(public replacement: LiteralTarget['replacement']) {}

  get containerNames(): string[] {
    if (typeof this.containers === 'function') this.containers = this.containers();
    return this.containers;
  }

  set containerNames(names: string[]) {
    this.containers = names;
  }

  deferContainerNames(compute: () => string[]): void {
    this.containers = compute;
  }
}

/** Modules whose client options name the service better than the option key does. */
const MODULE_PREFIX: ReadonlyMap<string, string> = new Map([
  ['pg', 'db'],
  ['pg-promise', 'db'],
  ['postgres', 'db'],
  ['mysql', 'mysql'],
  ['mysql2', 'mysql'],
  ['mysql2/promise', 'mysql'],
  ['mssql', 'mssql'],
  ['sequelize', 'db'],
  ['knex', 'db'],
  ['typeorm', 'db'],
  ['mongoose', 'mongo'],
  ['mongodb', 'mongo'],
  ['ioredis', 'redis'],
  ['redis', 'redis'],
  ['nodemailer', 'smtp'],
  ['amqplib', 'amqp'],
  ['express-session', 'session'],
  ['cookie-session', 'session'],
  ['koa-session', 'session'],
  ['@fastify/session', 'session'],
  ['@fastify/cookie', 'cookie'],
  ['cookie-parser', 'cookie'],
  ['jsonwebtoken', 'jwt'],
  ['@nestjs/jwt', 'jwt'],
  ['passport-jwt', 'jwt'],
  ['express-jwt', 'jwt'],
]);

/** Last names of the calls below: every string argument asks, and few calls have one of these names. */
const PASS_THROUGH_NAMES = new Set(['from', 'String', 'stringify', 'encode', 'utf8ToBytes']);

/** `Buffer.from('…')`, `new TextEncoder().encode('…')`, `String('…')`: the value passes through. */
function isPassThroughCall(call: ts.CallExpression, argument: ts.Node): boolean {
  if (call.arguments[0] !== argument) return false;
  const name = calleeName(call);
  if (name === undefined || !PASS_THROUGH_NAMES.has(name)) return false;
  const path = expressionPath(call.expression);
  if (!path) return false;
  const joined = path.join('.');
  return joined === 'Buffer.from' || joined === 'String' || joined === 'JSON.stringify' || path[path.length - 1] === 'encode' || joined === 'utf8ToBytes';
}

function nameOfPath(expression: ts.Expression): { name: string | undefined; containers: string[] } {
  const path = expressionPath(expression);
  if (!path || path.length === 0) return { name: undefined, containers: [] };
  const parts = path.filter((part) => part !== '()');
  return { name: parts[parts.length - 1], containers: parts.slice(0, -1).reverse() };
}

function calleeContainer(call: ts.CallExpression | ts.NewExpression, bindings: ModuleBindings): string[] {
  const resolved = resolveCallee(call.expression, bindings);
  const modulePrefix = resolved?.module && MODULE_PREFIX.get(resolved.module);
  if (modulePrefix) return [modulePrefix];
  const receiver = calleeReceiver(call);
  const receiverPath = receiver ? expressionPath(receiver) : undefined;
  const name = calleeName(call);
  const names: string[] = [];
  if (name) names.push(name.replace(/^(create|new|init|make|build|get|set|use|connect)(?=[A-Z])/, ''));
  if (receiverPath) names.push(...receiverPath.filter((part) => part !== '()').reverse());
  return names;
}

/** Container names of an object literal: the property, variable or call it belongs to, nearest first. */
function containerNamesOf(object: ts.Node, bindings: ModuleBindings, depth = 0): string[] {
  if (depth > 4) return [];
  const parent = object.parent;
  if (!parent) return [];
  if (isOuterExpression(parent) || ts.isArrayLiteralExpression(parent)) return containerNamesOf(parent, bindings, depth + 1);
  if (ts.isPropertyAssignment(parent)) {
    const name = propertyNameText(parent.name);
    return [...(name ? [name] : []), ...containerNamesOf(parent.parent, bindings, depth + 1)];
  }
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return [parent.name.text];
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return calleeContainer(parent, bindings);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const { name, containers } = nameOfPath(parent.left);
    return name ? [name, ...containers] : [];
  }
  if (ts.isPropertyDeclaration(parent)) {
    const name = propertyNameText(parent.name);
    return name ? [name] : [];
  }
  return [];
}

function functionName(fn: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isGetAccessor(fn)) && fn.name) return propertyNameText(fn.name);
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parent) {
    if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
    if (ts.isPropertyAssignment(fn.parent)) return propertyNameText(fn.parent.name);
  }
  return undefined;
}

/** `getApiKey` → `apiKey`: a getter's name without its verb. */
function withoutGetter(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const stripped = name.replace(/^(get|load|read|fetch)(?=[A-Z_])_?/, '');
  return stripped.length > 0 ? stripped.charAt(0).toLowerCase() + stripped.slice(1) : undefined;
}

// Maps: looked up by callee names from the analysed code (never Object.prototype's).
const POSITIONAL_SECRETS: ReadonlyMap<string, { index: number; name: string }> = new Map([
  ['twilio', { index: 1, name: 'twilioAuthToken' }],
  ['Twilio', { index: 1, name: 'twilioAuthToken' }],
  ['algoliasearch', { index: 1, name: 'algoliaApiKey' }],
  ['Mixpanel', { index: 1, name: 'mixpanelApiSecret' }],
]);

const HEADER_SETTERS = new Set(['set', 'setHeader', 'header', 'append', 'setItem', 'setRequestHeader', 'add', 'put']);
const CRYPTO_KEY_ARGUMENT: ReadonlyMap<string, { index: number; name: string }[]> = new Map([
  ['createHmac', [{ index: 1, name: 'hmacSecret' }]],
  ['createCipheriv', [{ index: 1, name: 'encryptionKey' }]],
  ['createDecipheriv', [{ index: 1, name: 'encryptionKey' }]],
  ['pbkdf2', [{ index: 0, name: 'password' }, { index: 1, name: 'salt' }]],
  ['pbkdf2Sync', [{ index: 0, name: 'password' }, { index: 1, name: 'salt' }]],
  ['scrypt', [{ index: 0, name: 'password' }, { index: 1, name: 'salt' }]],
  ['scryptSync', [{ index: 0, name: 'password' }, { index: 1, name: 'salt' }]],
]);

/** The name a call gives its argument at `index`, for calls whose arguments are known secrets. */
function callArgumentName(call: ts.CallExpression | ts.NewExpression, index: number, bindings: ModuleBindings): { name: string; containers: string[] } | undefined {
  const name = calleeName(call);
  const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  if (!name) return undefined;
  // Asked for every string argument of every call: the module and receiver are worked out only
  // for the few checks that need them, and a file that binds neither module rules most calls out.
  const isCallInto = (module: string) => mayCallInto(call.expression, bindings, module) && resolveCallee(call.expression, bindings)?.module === module;
  let receiverPath: string | undefined;
  const receiverText = () => {
    if (receiverPath === undefined) {
      const receiver = calleeReceiver(call);
      receiverPath = receiver ? (expressionPath(receiver) ?? []).join('.') : '';
    }
    return receiverPath;
  };
  // jwt.sign(payload, secret) / jwt.verify(token, secret)
  if ((name === 'sign' || name === 'verify') && index === 1 && (isCallInto('jsonwebtoken') || /jwt|jsonwebtoken|jws/i.test(receiverText()))) return { name: 'jwtSecret', containers: [] };
  const cryptoArguments = CRYPTO_KEY_ARGUMENT.get(name);
  const cryptoArgument = cryptoArguments?.find((candidate) => candidate.index === index);
  if (cryptoArgument) return { name: cryptoArgument.name, containers: [] };
  if (index === 0 && (name === 'cookieParser' || isCallInto('cookie-parser'))) return { name: 'cookieSecret', containers: [] };
  // SDKs that take the secret positionally: twilio(accountSid, authToken), algoliasearch(appId, apiKey)
  const positional = POSITIONAL_SECRETS.get(name);
  if (positional && positional.index === index) return { name: positional.name, containers: [] };
  // discordClient.login(token), bot.login(token)
  if (name === 'login' && index === 0 && args.length === 1 && /client|bot|discord/i.test(receiverText())) return { name: 'botToken', containers: [] };
  // new Sequelize(database, username, password, options)
  if (ts.isNewExpression(call) && name === 'Sequelize' && index === 2) return { name: 'password', containers: ['db'] };
  // z.string().default('…') / Joi.string().default('…') inside `{ JWT_SECRET: … }`: the setting's default.
  if ((name === 'default' || name === 'catch') && index === 0) {
    const owner = ownerName(outermostChain(call));
    if (owner) return { name: owner, containers: [] };
  }
  // headers.set('Authorization', '…'), res.setHeader('x-api-key', '…'), localStorage.setItem('token', '…')
  if (HEADER_SETTERS.has(name) && index === 1) {
    const key = staticString(args[0]);
    if (key !== undefined) return { name: key, containers: [] };
  }
  // sgMail.setApiKey('…'), client.setToken('…'), setPassword('…')
  if (/^set[A-Z]/.test(name) && index === 0 && args.length === 1) return { name: name.charAt(3).toLowerCase() + name.slice(4), containers: receiverText() ? receiverText().split('.').reverse() : [] };
  return undefined;
}

/** Keys whose value is the default of the setting their object describes. */
const DEFAULT_KEYS = new Set(['default', 'defaultValue', 'fallback']);

/** `{ JWT_SECRET: { default: … } }`, `{ JWT_SECRET: str({ default: … }) }`, `const jwtSecret = { … }`: the owner's name. */
function ownerName(node: ts.Node): string | undefined {
  let current: ts.Node = node;
  for (let depth = 0; depth < 4 && current.parent; depth++) {
    const parent: ts.Node = current.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === current) return propertyNameText(parent.name);
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
    if (ts.isCallExpression(parent) || isOuterExpression(parent)) {
      current = parent;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** The top of a method chain a call sits in: `z.string().min(1).default('x')` → the whole chain. */
function outermostChain(call: ts.CallExpression | ts.NewExpression): ts.Node {
  let current: ts.Node = call;
  while (current.parent && (ts.isPropertyAccessExpression(current.parent) || (ts.isCallExpression(current.parent) && current.parent.expression === current))) current = current.parent;
  return current;
}

/** `[API_KEY_HEADER]: '…'` where `const API_KEY_HEADER = 'x-api-key'` in this file. */
function computedKeyName(name: ts.PropertyName): string | undefined {
  if (!ts.isComputedPropertyName(name) || !ts.isIdentifier(name.expression)) return undefined;
  return staticString(findVariableInitializer(name.expression));
}

const COMPARISON = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
const ASSIGNMENT = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken]);

/**
 * True when a literal cannot be a secret value at all: module specifiers, property names,
 * element-access keys, literal types, `case` labels, directives.
 */
export function isNonValuePosition(literal: ts.Node): boolean {
  const parent = literal.parent;
  if (!parent) return true;
  // A switch on the parent's kind: asked for every string literal in the file.
  switch (parent.kind) {
    case ts.SyntaxKind.ImportDeclaration:
    case ts.SyntaxKind.ExportDeclaration:
    case ts.SyntaxKind.ExternalModuleReference:
    case ts.SyntaxKind.LiteralType:
    case ts.SyntaxKind.ImportType:
    case ts.SyntaxKind.CaseClause:
    case ts.SyntaxKind.ExpressionStatement: // 'use strict'
      return true;
    case ts.SyntaxKind.PropertyAssignment:
    case ts.SyntaxKind.PropertyDeclaration:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.PropertySignature:
    case ts.SyntaxKind.EnumMember:
      return (parent as ts.PropertyAssignment | ts.PropertyDeclaration | ts.MethodDeclaration | ts.PropertySignature | ts.EnumMember).name === literal;
    case ts.SyntaxKind.ElementAccessExpression:
      return (parent as ts.ElementAccessExpression).argumentExpression === literal;
    case ts.SyntaxKind.CallExpression: {
      const callee = (parent as ts.CallExpression).expression;
      return callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require');
    }
    default:
      return false;
  }
}

/**
 * The name a literal's value is given, looking through parentheses, casts, conditionals,
 * `||`/`??` with a non-env left side, arrays and pass-through calls (`Buffer.from`).
 */
export function literalTarget(literal: SecretLiteral, bindings: ModuleBindings): LiteralTarget {
  const direct = ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal);
  const result = new Target(direct ? 'expression' : 'none');
  let node: ts.Node = literal;
  for (let depth = 0; depth < 8; depth++) {
    const parent: ts.Node | undefined = node.parent;
    if (!parent) return result;
    // new Headers([['Authorization', '…']]), Object.fromEntries([['apiKey', '…']]): a list of pairs.
    if (ts.isArrayLiteralExpression(parent) && parent.elements.length === 2 && parent.elements[1] === node && parent.parent && ts.isArrayLiteralExpression(parent.parent)) {
      const key = staticString(parent.elements[0]);
      if (key !== undefined) {
        result.name = key;
        return result;
      }
    }
    if (isOuterExpression(parent) || ts.isArrayLiteralExpression(parent) || ts.isSpreadElement(parent)) {
      node = parent;
      continue;
    }
    if (ts.isConditionalExpression(parent) && parent.condition !== node) {
      node = parent;
      continue;
    }
    if (ts.isBinaryExpression(parent) && (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      node = parent;
      continue;
    }
    if (ts.isCallExpression(parent) && isPassThroughCall(parent, node)) {
      node = parent;
      continue;
    }
    break;
  }
  const parent = node.parent;
  if (!parent) return result;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
    if (ts.isIdentifier(parent.name)) result.name = parent.name.text;
    return result;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    result.name = propertyNameText(parent.name) ?? computedKeyName(parent.name);
    const object = parent.parent;
    // Worked out only when read (an env var name for a finding): resolving the enclosing call's
    // module for every string property of every object literal was most of this function's time.
    result.deferContainerNames(() => containerNamesOf(object, bindings));
    // cookie-session / Koa signing keys: `cookieSession({ keys: ['…'] })`.
    if (result.name === 'keys' && result.containerNames.some((name) => /cookie|session/i.test(name))) result.name = 'sessionKeys';
    // Config schemas: `jwtSecret: { default: '…', env: 'JWT_SECRET' }` (convict) — the value
    // is the default of the setting the object describes.
    if (result.name !== undefined && DEFAULT_KEYS.has(result.name)) {
      const owner = ownerName(object);
      if (owner) {
        result.name = owner;
        result.containerNames = [];
      }
    }
    // express-basic-auth: basicAuth({ users: { admin: 'supersecret' } }) — keys are user names.
    if (ts.isObjectLiteralExpression(object) && ts.isPropertyAssignment(object.parent) && propertyNameText(object.parent.name) === 'users') {
      result.name = 'password';
      result.containerNames = ['basic', 'auth'];
    }
    return result;
  }
  if (ts.isPropertyDeclaration(parent) && parent.initializer === node) {
    result.name = propertyNameText(parent.name);
    const owner = parent.parent;
    if ((ts.isClassDeclaration(owner) || ts.isClassExpression(owner)) && owner.name) result.containerNames = [owner.name.text];
    return result;
  }
  if ((ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.initializer === node) {
    if (ts.isBindingElement(parent) && parent.propertyName) result.name = propertyNameText(parent.propertyName);
    else if (ts.isIdentifier(parent.name)) result.name = parent.name.text;
    return result;
  }
  if (ts.isEnumMember(parent) && parent.initializer === node) {
    result.name = propertyNameText(parent.name);
    result.isEnumMember = true;
    result.replacement = 'none';
    return result;
  }
  if (ts.isBinaryExpression(parent) && parent.right === node && ASSIGNMENT.has(parent.operatorToken.kind)) {
    const { name, containers } = nameOfPath(parent.left);
    // Koa: `app.keys = ['…']` are the cookie signing keys.
    result.name = name === 'keys' && containers[0] === 'app' ? 'sessionKeys' : name;
    result.containerNames = containers;
    return result;
  }
  if (ts.isBinaryExpression(parent) && COMPARISON.has(parent.operatorToken.kind)) {
    const other = parent.left === node ? parent.right : parent.left;
    const { name, containers } = nameOfPath(other);
    result.name = name;
    result.containerNames = containers;
    return result;
  }
  if (ts.isJsxAttribute(parent) && parent.initializer === node) {
    result.name = ts.isIdentifier(parent.name) ? parent.name.text : parent.name.getText();
    if (result.replacement === 'expression') result.replacement = 'jsx';
    return result;
  }
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent)) {
    result.name = ts.isIdentifier(parent.parent.name) ? parent.parent.name.text : parent.parent.name.getText();
    return result;
  }
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments) {
    const index = parent.arguments.indexOf(node as ts.Expression);
    if (index >= 0) {
      const named = callArgumentName(parent, index, bindings);
      if (named) {
        result.name = named.name;
        result.containerNames = named.containers;
      }
    }
    return result;
  }
  if (ts.isReturnStatement(parent)) {
    let fn: ts.Node | undefined = parent.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    result.name = fn ? withoutGetter(functionName(fn)) : undefined;
    return result;
  }
  if (ts.isArrowFunction(parent) && parent.body === node) {
    result.name = withoutGetter(functionName(parent));
    return result;
  }
  if (ts.isTaggedTemplateExpression(parent)) result.replacement = 'none';
  return result;
}

/** `process.env`, `import.meta.env`, `Bun.env`: the object an env destructuring reads from. */
export function isEnvObject(expression: ts.Expression | undefined): boolean {
  if (!expression) return false;
  const node = skipOuterExpressions(expression);
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'env' && ts.isMetaProperty(node.expression)) return true;
  const path = expressionPath(node);
  if (!path) return false;
  const joined = path.join('.');
  return joined === 'process.env' || joined === 'Bun.env' || joined === 'Deno.env.toObject.()';
}

export { isEnvRead };
