import * as ts from 'typescript';
import type { ModuleBindings } from '../types';
import { calleeName, resolveCallee } from './calls';
import { propertyValue, skipOuterExpressions } from './literals';

/** Options objects of server constructors that take `port`/`host` (Hapi). */
const SERVER_FACTORIES = new Set(['@hapi/hapi', 'hapi', '@hapi/hapi/lib/server']);

export interface ServerBinding {
  /** The `listen(...)` call or the `new Hapi.Server({...})` / `Hapi.server({...})` call. */
  call: ts.CallExpression | ts.NewExpression;
  /** The port argument or `port:` value, when given. */
  port: ts.Expression | undefined;
  /** The host argument or `host:` value, when given. */
  host: ts.Expression | undefined;
}

/**
 * Recognises a server binding a port: `x.listen(port[, host][, cb])`,
 * `x.listen({ port, host })` (Fastify, net), and Hapi's `server({ port, host })`.
 * A bare `listen(cb)` with no port is still a binding (port undefined).
 */
export function serverBinding(node: ts.Node, bindings: ModuleBindings): ServerBinding | undefined {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  if (ts.isCallExpression(node) && calleeName(node) === 'listen' && ts.isPropertyAccessExpression(skipOuterExpressions(node.expression))) {
    const [first, second] = args;
    if (!first) return { call: node, port: undefined, host: undefined };
    const value = skipOuterExpressions(first);
    if (ts.isObjectLiteralExpression(value)) return { call: node, port: propertyValue(value, 'port'), host: propertyValue(value, 'host') };
    if (ts.isFunctionLike(value)) return { call: node, port: undefined, host: undefined };
    const host = second && !ts.isFunctionLike(skipOuterExpressions(second)) && !ts.isNumericLiteral(skipOuterExpressions(second)) ? second : undefined;
    return { call: node, port: first, host };
  }
  const resolved = resolveCallee(node.expression, bindings);
  if (resolved?.module && SERVER_FACTORIES.has(resolved.module) && /^(server|Server)$/.test(resolved.path[resolved.path.length - 1] ?? '')) {
    const options = args[0] && skipOuterExpressions(args[0]);
    if (options && ts.isObjectLiteralExpression(options)) return { call: node, port: propertyValue(options, 'port'), host: propertyValue(options, 'host') };
    return { call: node, port: undefined, host: undefined };
  }
  return undefined;
}
