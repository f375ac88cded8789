import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { boundModules, calleeName, calleeReceiver, calleeRootModule, expressionPath, findVariableDeclaration, moduleOfExpression, resolveCallee, startsWithCall } from './calls';
import { propertyValue, skipOuterExpressions, staticString } from './literals';

/** Options objects of server constructors that take `port`/`host` (Hapi). */
const SERVER_FACTORIES = new Set(['@hapi/hapi', 'hapi', '@hapi/hapi/lib/server']);

/**
 * Receivers whose `.listen(…)` is not a network server: React Router's `history.listen(cb)`,
 * nanostores' `$store.listen(cb)`, Reflux stores, Laravel Echo channels, event emitters.
 */
const NON_SERVER_RECEIVER = /(history|store|router|emitter|events?|channel|window|documents?|keyboard|mouse|recogni[sz]er|recognition|watcher|observable|subject|stream|connection|reader|session)$|^\$/i;

export type ServerBindingKind =
  /** `x.listen(…)` on an http/https/net server or an Express/Koa/Fastify/Nest/… app. */
  | 'listen'
  /** Hapi's `Hapi.server({ port, host })` / `new Hapi.Server(…)` (it listens on `start()`). */
  | 'hapi'
  /** `serve({ fetch, port, hostname })` from `@hono/node-server`. */
  | 'hono'
  /** Apollo Server 4's `startStandaloneServer(server, { listen: { port, host } })`. */
  | 'apollo-standalone';

export interface ServerBinding {
  /** The `listen(...)` call, the `new Hapi.Server({...})` / `Hapi.server({...})` call, Hono's `serve(…)`. */
  call: ts.CallExpression | ts.NewExpression;
  /** The port argument or `port:` value, when given. */
  port: ts.Expression | undefined;
  /** The host argument or `host:` / `hostname:` value, when given. */
  host: ts.Expression | undefined;
  kind: ServerBindingKind;
}

/** A numeric string (`'3000'`) or a Unix socket / Windows pipe path: what a string port can be. */
function isPortLikeString(text: string): boolean {
  return /^\d+$/.test(text) || text.includes('/') || text.includes('\\');
}

/** The last plain name of a receiver expression: `this.server` → 'server', `express()` → 'express'. */
function receiverName(receiver: ts.Expression): string | undefined {
  const path = expressionPath(receiver);
  if (!path) return undefined;
  const names = path.filter((segment) => segment !== '()');
  return names[names.length - 1];
}

/** Names of variables that hold a server or an app: `app`, `server`, `httpServer`, `this.api`, `fastify`. */
const SERVER_LIKE_NAME = /(app|application|server|srv|api|service|fastify|koa|express|hapi|polka|restify|http|https|io|wss?|instance|gateway|proxy|backend|web|site)$/i;
/** Expressions that name a port, address or socket path (`port`, `config.PORT`, `opts.socketPath`). */
const PORT_LIKE_NAME = /port|addr|address|socket|pipe|path|config|conf|options|opts|settings|env/i;

/**
 * `x.listen(…)` is a network server when what is passed looks like a port, or when the
 * receiver looks like a server. LSP/JSON-RPC code (`connection.listen()`,
 * `documents.listen(connection)`) and event APIs listen without being servers.
 */
function listenBinding(node: ts.CallExpression, bindings: ModuleBindings): ServerBinding | undefined {
  const receiver = calleeReceiver(node);
  const name = receiver ? receiverName(receiver) : undefined;
  if (name !== undefined && NON_SERVER_RECEIVER.test(name)) return undefined;
  const serverLike = (): boolean => receiver !== undefined && ((name !== undefined && SERVER_LIKE_NAME.test(name)) || serverFramework(receiver, bindings) !== 'unknown');
  const [first, second] = node.arguments;
  if (!first) return serverLike() ? { call: node, port: undefined, host: undefined, kind: 'listen' } : undefined;
  const value = skipOuterExpressions(first);
  if (ts.isObjectLiteralExpression(value)) {
    const port = propertyValue(value, 'port');
    const host = propertyValue(value, 'host');
    return port || host || propertyValue(value, 'path') || serverLike() ? { call: node, port, host, kind: 'listen' } : undefined;
  }
  if (ts.isFunctionLike(value)) return serverLike() ? { call: node, port: undefined, host: undefined, kind: 'listen' } : undefined;
  // `channel.listen('OrderShipped', cb)` (Laravel Echo, Tauri) names an event, not a port.
  const text = staticString(value);
  if (text !== undefined && !isPortLikeString(text)) return undefined;
  if (text === undefined && !ts.isNumericLiteral(value) && !PORT_LIKE_NAME.test(value.getText()) && !serverLike()) return undefined;
  const host = second && !ts.isFunctionLike(skipOuterExpressions(second)) && !ts.isNumericLiteral(skipOuterExpressions(second)) ? second : undefined;
  return { call: node, port: first, host, kind: 'listen' };
}

/**
 * Recognises a server binding a port: `x.listen(port[, host][, cb])`,
 * `x.listen({ port, host })` (Fastify, net), Hapi's `server({ port, host })`, Hono's
 * `serve({ fetch, port, hostname })` and Apollo's `startStandaloneServer(s, { listen: { port } })`.
 * A bare `listen(cb)` with no port is still a binding (port undefined).
 */
function isServerFactoryModule(module: string): boolean {
  return SERVER_FACTORIES.has(module) || module === '@hono/node-server' || module === '@apollo/server/standalone';
}

const serverModuleBindings = new WeakMap<ModuleBindings, boolean>();

/** Whether the file imports any module whose calls start a server (asked once per file). */
function bindsServerModule(bindings: ModuleBindings): boolean {
  let answer = serverModuleBindings.get(bindings);
  if (answer === undefined) {
    answer = [...boundModules(bindings)].some(isServerFactoryModule);
    serverModuleBindings.set(bindings, answer);
  }
  return answer;
}

export function serverBinding(node: ts.Node, bindings: ModuleBindings): ServerBinding | undefined {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'listen') return listenBinding(node, bindings);
  }
  // Hot path (every call in the file): only calls into the few server modules below go further,
  // and a file that binds none of them (most files) answers without looking at the callee.
  if (!bindsServerModule(bindings) && !startsWithCall(node.expression)) return undefined;
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const rootModule = calleeRootModule(node.expression, bindings);
  if (rootModule === undefined || !isServerFactoryModule(rootModule)) return undefined;
  const resolved = resolveCallee(node.expression, bindings);
  if (!resolved?.module) return undefined;
  const last = resolved.path[resolved.path.length - 1] ?? '';
  const options = args[0] && skipOuterExpressions(args[0]);
  const optionsObject = options && ts.isObjectLiteralExpression(options) ? options : undefined;
  if (SERVER_FACTORIES.has(resolved.module) && /^(server|Server)$/.test(last)) {
    return { call: node, port: optionsObject && propertyValue(optionsObject, 'port'), host: optionsObject && propertyValue(optionsObject, 'host'), kind: 'hapi' };
  }
  if (ts.isCallExpression(node) && resolved.module === '@hono/node-server' && last === 'serve' && resolved.path.length === 1) {
    return { call: node, port: optionsObject && propertyValue(optionsObject, 'port'), host: optionsObject && propertyValue(optionsObject, 'hostname'), kind: 'hono' };
  }
  if (ts.isCallExpression(node) && resolved.module === '@apollo/server/standalone' && last === 'startStandaloneServer') {
    const standaloneOptions = args[1] && skipOuterExpressions(args[1]);
    const listen = standaloneOptions && ts.isObjectLiteralExpression(standaloneOptions) ? propertyValue(standaloneOptions, 'listen') : undefined;
    const listenObject = listen && skipOuterExpressions(listen);
    if (listenObject && ts.isObjectLiteralExpression(listenObject)) return { call: node, port: propertyValue(listenObject, 'port'), host: propertyValue(listenObject, 'host'), kind: 'apollo-standalone' };
    return { call: node, port: undefined, host: undefined, kind: 'apollo-standalone' };
  }
  return undefined;
}

/** What kind of object a server variable holds, as far as its initializer tells. */
export type ServerFramework = 'node-http' | 'express-like' | 'fastify' | 'nest' | 'hapi' | 'apollo' | 'unknown';

const NODE_SERVER_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'spdy']);


/** Classifies the value an initializer creates (`express()`, `http.createServer(…)`, `await NestFactory.create(…)`). */
function frameworkOfValue(value: ts.Expression, bindings: ModuleBindings, depth: number): ServerFramework {
  let node = skipOuterExpressions(value);
  while (ts.isAwaitExpression(node)) node = skipOuterExpressions(node.expression);
  if (ts.isIdentifier(node)) return depth < 3 ? frameworkOfIdentifier(node, bindings, depth + 1) : 'unknown';
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return 'unknown';
  const resolved = moduleOfExpression(node.expression, bindings);
  const module = resolved?.module;
  const last = resolved?.path[resolved.path.length - 1];
  if (module === 'fastify') return 'fastify';
  if (module === '@nestjs/core' && resolved?.path[0] === 'NestFactory') return 'nest';
  if (module && SERVER_FACTORIES.has(module)) return 'hapi';
  if (module && NODE_SERVER_MODULES.has(module) && (last === 'createServer' || last === 'createSecureServer' || last === 'Server')) return 'node-http';
  if (module && /^(apollo-server|@apollo\/server)/.test(module) && last === 'ApolloServer') return 'apollo';
  if (module && /^(express|koa|polka|connect|restify|@feathersjs\/feathers|@feathersjs\/express)$/.test(module)) return 'express-like';
  // `http.createServer(app)` where http is not bound at the top level, `app.listen()` returning a server.
  const name = calleeName(node);
  if (name === 'createServer' || name === 'createSecureServer') return 'node-http';
  if (name === 'listen') return 'node-http';
  return 'unknown';
}

function frameworkOfIdentifier(identifier: ts.Identifier, bindings: ModuleBindings, depth: number): ServerFramework {
  const declaration = findVariableDeclaration(identifier);
  if (declaration?.initializer) return frameworkOfValue(declaration.initializer, bindings, depth);
  return 'unknown';
}

/**
 * What the receiver of `x.listen(…)` (or a Hapi/Hono server variable) is, from the
 * variable's initializer in this file. A receiver named like `fastify` is taken as Fastify
 * (plugins and factories get it as a parameter).
 */
export function serverFramework(receiver: ts.Expression, bindings: ModuleBindings): ServerFramework {
  const node = skipOuterExpressions(receiver);
  if (ts.isIdentifier(node)) {
    const framework = frameworkOfIdentifier(node, bindings, 0);
    if (framework !== 'unknown') return framework;
    if (/fastify/i.test(node.text)) return 'fastify';
    return 'unknown';
  }
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return frameworkOfValue(node, bindings, 0);
  const name = receiverName(node);
  if (name && /fastify/i.test(name)) return 'fastify';
  return 'unknown';
}

/**
 * Servers that install their own SIGTERM handling: Apollo Server (`stopOnTerminationSignals`
 * is on by default, both for `startStandaloneServer` and v2/v3's `server.listen()`).
 */
export function bindingManagesShutdown(binding: ServerBinding, bindings: ModuleBindings): boolean {
  if (binding.kind === 'apollo-standalone') return true;
  if (binding.kind !== 'listen' || !ts.isCallExpression(binding.call)) return false;
  const receiver = calleeReceiver(binding.call);
  return receiver !== undefined && serverFramework(receiver, bindings) === 'apollo';
}
