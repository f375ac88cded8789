// Which functions run once per HTTP request. Rules about per-request behaviour (state kept in
// module variables, files written to local disk…) ask "is this node executed while handling
// a request?"; this module answers it syntactically, without a type checker.
//
// A function is a request handler when any of these holds:
//  - it is registered as one: an argument of `app.get('/path', …)`/`router.post(…)`/`app.use(…)`
//    (Express, Koa routers, Fastify, Hono, Restify), of `router.route('/x').get(…)`, of
//    `http.createServer(…)`/`server.on('request', …)`, of Fastify `addHook('onRequest', …)` or
//    Hapi `server.ext('onRequest', …)`; possibly wrapped once (`asyncHandler(async (req, res) => …)`);
//  - it is the `handler` (or a Fastify per-route hook) of a route object: Fastify
//    `fastify.route({ method, url, handler })`, Hapi `server.route({ method, path, handler })`;
//  - it is a Nest controller method decorated with `@Get()`, `@Post()`, …;
//  - it is an exported `GET`/`POST`/… of a Next.js `route.ts` / SvelteKit `+server.ts`, or a
//    Remix `loader`/`action` under `routes/`;
//  - its parameters say so: `(req, res)`, `(req, res, next)`, `(err, req, res, next)`,
//    `(request, reply)`, `(request, h)`, `(ctx, next)`, or typed `Request`/`FastifyRequest`/
//    `IncomingMessage`/`NextApiRequest`/Koa contexts.
// Nested callbacks (`.then(…)`, `req.on('end', …)`) count as part of the handler around them.
import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { expressionPath, resolveCallee } from './calls';
import { propertyNameText, skipOuterExpressions, staticString } from './literals';
import { isShadowedBelowModule } from './scopes';

export type HandlerFunction = ts.FunctionLikeDeclaration;

const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'search', 'any']);
const REQUEST_NAMES = new Set(['req', 'request', '_req', '_request', 'rq']);
const RESPONSE_NAMES = new Set(['res', 'response', 'reply', 'resp', 'rep', '_res', '_response', '_reply']);
const ERROR_NAMES = new Set(['err', 'error', 'e', '_err', '_error']);
const CONTEXT_NAMES = new Set(['ctx', 'context', '_ctx']);
const FASTIFY_REQUEST_HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler', 'preSerialization', 'onSend', 'onResponse', 'onError', 'onTimeout', 'onRequestAbort']);
const HAPI_REQUEST_EXTENSIONS = new Set(['onRequest', 'onPreAuth', 'onCredentials', 'onPostAuth', 'onPreHandler', 'onPostHandler', 'onPreResponse']);
const NEST_ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search', 'Sse']);
const HTTP_METHOD_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const HTTP_SERVER_MODULES = new Set(['http', 'https', 'http2']);
const KOA_LIKE_MODULES = new Set(['koa', 'koa-router', '@koa/router', 'hono']);
/** Types of a first parameter that only a request handler receives. */
const REQUEST_TYPE = /^(?:[\w$]+\.)?(?:Request|IncomingMessage|FastifyRequest|NextApiRequest|NextRequest|ParameterizedContext|RouterContext|RequestEvent|HonoRequest)\b|^Koa\.\w*Context\b/;
const RESPONSE_TYPE = /^(?:[\w$]+\.)?(?:Response|ServerResponse|FastifyReply|NextApiResponse|ResponseToolkit)\b/;
/** Receivers that are apps or routers: `app`, `router`, `userRouter`, `this.app`, `fastify`, `instance`… */
const APP_LIKE_RECEIVER = /^(app|application|server|srv|router|routes?|api|fastify|instance|koa|hono)$|(app|server|router|routes|api)$/;

export function isFunctionLikeDeclaration(node: ts.Node): node is HandlerFunction {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node);
}

function parameterName(parameter: ts.ParameterDeclaration | undefined): string | undefined {
  if (!parameter) return undefined;
  if (ts.isIdentifier(parameter.name)) return parameter.name.text;
  return ts.isObjectBindingPattern(parameter.name) ? '{}' : undefined;
}

function parameterType(parameter: ts.ParameterDeclaration | undefined): string {
  return parameter?.type ? parameter.type.getText() : '';
}

/** The parameters read like an HTTP handler's: `(req, res)`, `(request, h)`, `(ctx, next)`, typed requests. */
export function hasRequestHandlerSignature(fn: HandlerFunction, bindings?: ModuleBindings): boolean {
  const [first, second, third] = fn.parameters;
  const a = parameterName(first);
  const b = parameterName(second);
  const c = parameterName(third);
  if (b && RESPONSE_NAMES.has(b) && (a === undefined || a === '{}' || a === '_' || REQUEST_NAMES.has(a))) return true;
  if (a && REQUEST_NAMES.has(a) && (b === 'h' || b === 'next' || b === 'toolkit')) return true;
  if (a && ERROR_NAMES.has(a) && b && REQUEST_NAMES.has(b) && c && RESPONSE_NAMES.has(c)) return true;
  if (a && CONTEXT_NAMES.has(a) && b === 'next') return true;
  const firstType = parameterType(first);
  if (REQUEST_TYPE.test(firstType) || RESPONSE_TYPE.test(parameterType(second))) return true;
  // `(ctx: Context)` where Context comes from koa / hono.
  if (first?.type && ts.isTypeReferenceNode(first.type) && bindings) {
    const root = ts.isIdentifier(first.type.typeName) ? first.type.typeName.text : ts.isIdentifier(first.type.typeName.left) ? first.type.typeName.left.text : undefined;
    const binding = root ? bindings.get(root) : undefined;
    if (binding && KOA_LIKE_MODULES.has(binding.module) && /Context$/.test(first.type.typeName.getText())) return true;
  }
  return false;
}

function isPathLike(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const value = skipOuterExpressions(node);
  const text = staticString(value);
  if (text !== undefined) return text.startsWith('/') || text.startsWith('*');
  if (ts.isTemplateExpression(value)) return value.head.text.startsWith('/') || value.head.text === '';
  if (ts.isRegularExpressionLiteral(value)) return true;
  if (ts.isArrayLiteralExpression(value)) return value.elements.length > 0 && value.elements.every((element) => isPathLike(element));
  return false;
}

function isAppLike(receiver: ts.Expression): boolean {
  const path = expressionPath(receiver);
  const last = path?.[path.length - 1];
  return last !== undefined && last !== '()' && APP_LIKE_RECEIVER.test(last.toLowerCase());
}

/** `router.route('/x')` / `app.route('/x')`: Express's chained route builder. */
function isRouteBuilderCall(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  if (!ts.isCallExpression(value)) return false;
  const callee = skipOuterExpressions(value.expression);
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'route') return isPathLike(value.arguments[0]);
  // router.route('/x').get(a).post(b): the receiver of post is itself a verb call on a route builder
  if (ts.isPropertyAccessExpression(callee) && ROUTE_VERBS.has(callee.name.text)) return isRouteBuilderCall(callee.expression);
  return false;
}

function isHttpServerFactory(callee: ts.Expression, bindings: ModuleBindings): boolean {
  const resolved = resolveCallee(callee, bindings);
  const last = resolved?.path[resolved.path.length - 1];
  return !!resolved?.module && HTTP_SERVER_MODULES.has(resolved.module) && (last === 'createServer' || last === 'createSecureServer');
}

/** Is argument number `index` of `call` a request handler, by what the call registers? */
function isHandlerArgumentOf(call: ts.CallExpression, index: number, bindings: ModuleBindings): boolean {
  const callee = skipOuterExpressions(call.expression);
  const args = call.arguments;
  if (isHttpServerFactory(callee, bindings)) return true;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  const receiver = callee.expression;
  const earlierPath = args.slice(0, index).some((argument) => isPathLike(argument));
  if (ROUTE_VERBS.has(method)) return earlierPath || isRouteBuilderCall(receiver) || (index >= 1 && isAppLike(receiver));
  switch (method) {
    case 'use':
      return earlierPath || isAppLike(receiver) || isRouteBuilderCall(receiver);
    case 'param':
      return index >= 1 && isAppLike(receiver);
    case 'on':
      // http server 'request' events; Hono's app.on('GET', '/path', handler)
      return (staticString(args[0]) === 'request' && index >= 1) || (earlierPath && isAppLike(receiver));
    case 'addHook':
      return index >= 1 && FASTIFY_REQUEST_HOOKS.has(staticString(args[0]) ?? '');
    case 'ext':
      return index >= 1 && HAPI_REQUEST_EXTENSIONS.has(staticString(args[0]) ?? '');
    default:
      return false;
  }
}

/** Climbs from an argument through parentheses and one array literal (`app.get('/', [auth, handler])`). */
function argumentSlot(node: ts.Node): { call: ts.CallExpression; index: number } | undefined {
  let child: ts.Node = node;
  let parent = node.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isNonNullExpression(parent))) {
    child = parent;
    parent = parent.parent;
  }
  if (parent && ts.isArrayLiteralExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent || !ts.isCallExpression(parent)) return undefined;
  const index = parent.arguments.indexOf(child as ts.Expression);
  return index === -1 ? undefined : { call: parent, index };
}

/**
 * True when `expression` (a function, or a name referring to one) sits where a framework
 * expects a request handler: directly, or wrapped once (`asyncHandler(fn)`, `catchErrors(fn)`).
 */
export function isInHandlerPosition(expression: ts.Expression, bindings: ModuleBindings): boolean {
  const slot = argumentSlot(expression);
  if (!slot) return false;
  if (isHandlerArgumentOf(slot.call, slot.index, bindings)) return true;
  const wrapperSlot = argumentSlot(slot.call);
  return !!wrapperSlot && isHandlerArgumentOf(wrapperSlot.call, wrapperSlot.index, bindings);
}

function hasProperty(object: ts.ObjectLiteralExpression, names: readonly string[]): boolean {
  return object.properties.some((property) => names.includes(propertyNameText(property.name) ?? ''));
}

/** Fastify `route({ method, url, handler })`, Hapi `route({ method, path, handler })` / `{ options: { handler } }`. */
function isRouteObject(object: ts.ObjectLiteralExpression): boolean {
  if (hasProperty(object, ['method', 'path', 'url'])) return true;
  const parent = object.parent;
  if (parent && ts.isPropertyAssignment(parent) && /^(options|config)$/.test(propertyNameText(parent.name) ?? '') && ts.isObjectLiteralExpression(parent.parent)) {
    return hasProperty(parent.parent, ['method', 'path', 'url']);
  }
  const slot = argumentSlot(object);
  if (slot) {
    const callee = skipOuterExpressions(slot.call.expression);
    return ts.isPropertyAccessExpression(callee) && callee.name.text === 'route';
  }
  return false;
}

function isRouteObjectHandler(fn: HandlerFunction): boolean {
  let name: string | undefined;
  let object: ts.Node | undefined;
  if (ts.isMethodDeclaration(fn) && ts.isObjectLiteralExpression(fn.parent)) {
    name = propertyNameText(fn.name);
    object = fn.parent;
  } else if (fn.parent && ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn) {
    name = propertyNameText(fn.parent.name);
    object = fn.parent.parent;
  }
  if (!name || !object || !ts.isObjectLiteralExpression(object)) return false;
  if (name !== 'handler' && !FASTIFY_REQUEST_HOOKS.has(name)) return false;
  return isRouteObject(object);
}

function decoratorName(decorator: ts.Decorator): { root: string; name: string } | undefined {
  const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
  const path = expressionPath(expression);
  if (!path || path.length === 0) return undefined;
  return { root: path[0]!, name: path[path.length - 1]! };
}

function isNestRouteMethod(fn: HandlerFunction, bindings: ModuleBindings): boolean {
  if (!ts.isMethodDeclaration(fn)) return false;
  const decorators = ts.canHaveDecorators(fn) ? ts.getDecorators(fn) ?? [] : [];
  for (const decorator of decorators) {
    const named = decoratorName(decorator);
    if (!named || !NEST_ROUTE_DECORATORS.has(named.name)) continue;
    if (bindings.get(named.root)?.module === '@nestjs/common') return true;
    const owner = fn.parent;
    const ownerDecorators = ts.isClassLike(owner) && ts.canHaveDecorators(owner) ? ts.getDecorators(owner) ?? [] : [];
    if (ownerDecorators.some((candidate) => decoratorName(candidate)?.name === 'Controller')) return true;
  }
  return false;
}

function isExported(statement: ts.Node): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Exported HTTP-method functions of Next.js `route.ts` / SvelteKit `+server.ts`; Remix `loader`/`action`. */
function isRouteModuleExport(fn: HandlerFunction): boolean {
  let name: string | undefined;
  let statement: ts.Node | undefined;
  if (ts.isFunctionDeclaration(fn) && fn.name) {
    name = fn.name.text;
    statement = fn;
  } else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
    name = fn.parent.name.text;
    statement = fn.parent.parent?.parent;
  }
  if (!name || !statement || !ts.isSourceFile(statement.parent) || !isExported(statement)) return false;
  const path = statement.parent.fileName.replace(/\\/g, '/');
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (HTTP_METHOD_EXPORTS.has(name)) return /^(route|\+server)\.[cm]?[jt]sx?$/.test(base);
  if (name === 'loader' || name === 'action') return /\/routes\//.test(path);
  return false;
}

const handlerCache = new WeakMap<ts.Node, boolean>();

/** Whether a function runs once per HTTP request (see the list at the top of this file). */
export function isRequestHandlerFunction(fn: HandlerFunction, bindings: ModuleBindings): boolean {
  const cached = handlerCache.get(fn);
  if (cached !== undefined) return cached;
  const result =
    hasRequestHandlerSignature(fn, bindings) ||
    ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && isInHandlerPosition(fn, bindings)) ||
    isRouteObjectHandler(fn) ||
    isNestRouteMethod(fn, bindings) ||
    isRouteModuleExport(fn);
  handlerCache.set(fn, result);
  return result;
}

function enclosingFunctionOf(node: ts.Node): HandlerFunction | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current) {
    if (isFunctionLikeDeclaration(current)) return current;
    current = current.parent;
  }
  return undefined;
}

/**
 * The request handler `node` runs in: the nearest enclosing function that is a handler
 * (callbacks nested inside a handler belong to it). `extraHandlers` adds functions known to
 * be handlers from elsewhere in the file (e.g. registered by name: `app.get('/', list)`).
 */
export function enclosingRequestHandler(node: ts.Node, bindings: ModuleBindings, extraHandlers?: ReadonlySet<ts.Node>): HandlerFunction | undefined {
  for (let fn = enclosingFunctionOf(node); fn; fn = enclosingFunctionOf(fn)) {
    if (extraHandlers?.has(fn) || isRequestHandlerFunction(fn, bindings)) return fn;
  }
  return undefined;
}

export interface RequestScope {
  /** The handler that runs the node (directly, or through `via`). */
  handler: HandlerFunction;
  /** Set when the node is in a module-level function that a handler of this file calls. */
  via?: { helperName: string; helper: HandlerFunction; call: ts.CallExpression };
}

/** Module-level functions by name: `function f() {}`, `const f = () => {}`, `const f = function () {}`. */
function moduleFunctionsOf(sourceFile: ts.SourceFile): Map<string, HandlerFunction> {
  const functions = new Map<string, HandlerFunction>();
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) functions.set(statement.name.text, statement);
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer && skipOuterExpressions(declaration.initializer);
      if (ts.isIdentifier(declaration.name) && initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))) functions.set(declaration.name.text, initializer);
    }
  }
  return functions;
}

/**
 * Knows which code runs per request once the whole file has been walked. Feed it every
 * call expression of the walk (`noteCall`); ask `scopeOf` in `onEnd`. Beyond direct handlers
 * it follows exactly one level of indirection inside the file: a module function that a
 * handler calls by name (`remember(id, user)`), and a module function registered by name
 * (`app.get('/users', listUsers)`). Calls across files are not followed.
 */
export class RequestScopeTracker {
  private readonly moduleFunctions: Map<string, HandlerFunction>;
  private readonly callsByName = new Map<string, ts.CallExpression[]>();
  private readonly registered = new Set<ts.Node>();

  constructor(sourceFile: ts.SourceFile, private readonly bindings: ModuleBindings) {
    this.moduleFunctions = moduleFunctionsOf(sourceFile);
  }

  noteCall(call: ts.CallExpression): void {
    if (this.moduleFunctions.size === 0) return;
    const callee = skipOuterExpressions(call.expression);
    if (ts.isIdentifier(callee) && this.moduleFunctions.has(callee.text)) {
      let list = this.callsByName.get(callee.text);
      if (!list) this.callsByName.set(callee.text, (list = []));
      list.push(call);
    }
    for (const argument of call.arguments) {
      const value = skipOuterExpressions(argument);
      if (!ts.isIdentifier(value)) continue;
      const named = this.moduleFunctions.get(value.text);
      if (named && !isShadowedBelowModule(value) && isInHandlerPosition(argument, this.bindings)) this.registered.add(named);
    }
  }

  scopeOf(node: ts.Node): RequestScope | undefined {
    const direct = enclosingRequestHandler(node, this.bindings, this.registered);
    if (direct) return { handler: direct };
    // The outermost module function around the node, if any.
    let helper: HandlerFunction | undefined;
    let helperName: string | undefined;
    for (let fn = enclosingFunctionOf(node); fn; fn = enclosingFunctionOf(fn)) {
      for (const [name, candidate] of this.moduleFunctions) {
        if (candidate === fn) {
          helper = fn;
          helperName = name;
        }
      }
    }
    if (!helper || !helperName) return undefined;
    for (const call of this.callsByName.get(helperName) ?? []) {
      const callee = skipOuterExpressions(call.expression);
      if (isWithin(call, helper) || !ts.isIdentifier(callee) || isShadowedBelowModule(callee)) continue;
      const handler = enclosingRequestHandler(call, this.bindings, this.registered);
      if (handler) return { handler, via: { helperName, helper, call } };
    }
    return undefined;
  }
}

function isWithin(node: ts.Node, ancestor: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}
