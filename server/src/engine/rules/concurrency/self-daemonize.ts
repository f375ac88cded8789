import ts = require('typescript');
import type { ModuleBindings, Rule } from '../../types';
import { expressionPath, findVariableInitializer, resolveCallee } from '../../analysis/calls';
import { processLaunch } from '../../analysis/childProcess';
import { propertyValue, skipOuterExpressions, staticString } from '../../analysis/literals';
import { serverBinding } from '../../analysis/servers';
import { requiredModule } from '../../script/bindings';
import { ownEntry } from '../../analysis/ownEntry';

/**
 * Daemonising packages and the entry points that detach the process (joined path inside the
 * module; '' is the module called as a function): `require('daemon')()`,
 * `require('daemonize2').setup({...})`, `startStopDaemon(options, main)`.
 */
const DAEMON_ENTRY_POINTS: Readonly<Record<string, RegExp>> = {
  daemon: /^(|daemon|default)$/,
  daemonize2: /^setup$/,
  'start-stop-daemon': /^(|default)$/,
  'daemonize-process': /^(|default|daemonizeProcess)$/,
  daemonize: /^(|default|daemonize|setup)$/,
  'node-daemonize': /^(|default|daemonize|setup)$/,
};
/** Launchers that can start a detached copy of the app (exec/execSync go through a shell and are not this pattern). */
const DETACHABLE_APIS = new Set(['spawn', 'fork', 'execFile', 'execa', 'execaNode']);
/** Events whose handlers legitimately call process.disconnect() (shutdown, IPC conversations). */
const DISCONNECT_OK_EVENTS = new Set(['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'message', 'disconnect', 'exit', 'beforeExit', 'shutdown']);

function pathOf(node: ts.Expression): string {
  const value = skipOuterExpressions(node);
  // process.argv[1]: expressionPath only reads string keys.
  if (ts.isElementAccessExpression(value) && ts.isNumericLiteral(value.argumentExpression)) {
    const head = expressionPath(value.expression);
    return head ? [...head, value.argumentExpression.text].join('.') : '';
  }
  return (expressionPath(value) ?? []).join('.');
}

/** `process.execPath`, `process.argv[0]`, `process.argv0`, `'node'`: the Node binary running the app. */
function isNodeBinary(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const value = skipOuterExpressions(node);
  const text = staticString(value);
  if (text !== undefined) return text === 'node' || text === 'nodejs';
  const path = pathOf(value);
  return path === 'process.execPath' || path === 'process.argv.0' || path === 'process.argv0';
}

/**
 * The app's own entry script: `__filename`, `process.argv[1]`, `require.main.filename`,
 * `import.meta.filename`, `fileURLToPath(import.meta.url)`, or a variable holding one.
 */
function isOwnScript(node: ts.Expression | undefined, depth = 0): boolean {
  if (!node || depth > 3) return false;
  const value = skipOuterExpressions(node);
  if (ts.isIdentifier(value)) {
    if (value.text === '__filename') return true;
    const initializer = findVariableInitializer(value);
    return !!initializer && isOwnScript(initializer, depth + 1);
  }
  const path = pathOf(value);
  if (path === 'process.argv.1' || path === 'require.main.filename' || path === 'module.filename') return true;
  if (ts.isPropertyAccessExpression(value) && ts.isMetaProperty(value.expression) && (value.name.text === 'filename' || value.name.text === 'url')) return true;
  if (ts.isCallExpression(value)) {
    // fileURLToPath(import.meta.url), path.resolve(__filename)
    return value.arguments.some((argument) => isOwnScript(argument, depth + 1));
  }
  // require.main?.filename
  if (ts.isPropertyAccessExpression(value) && value.name.text === 'filename' && pathOf(value.expression) === 'require.main') return true;
  return false;
}

/** Array methods that return a (filtered, mapped, extended) copy of the list they are called on. */
const ARRAY_COPY_METHODS = new Set(['slice', 'filter', 'map', 'concat', 'flat', 'flatMap', 'toSpliced', 'with']);

/**
 * The argument list re-runs the app's own script: `process.argv` (whatever part of it:
 * `.slice(1)`, `.slice(2)`, `.filter(a => a !== '--daemon')`), a list holding the script
 * (`[__filename, 'start']`, `[process.argv[1], …]`, `[require.main.filename]`) or spreading
 * the app's arguments (`[...process.argv.slice(2), '--child']`), or a variable holding one.
 * Arguments copied from process.argv mean "run me again": the node binary has no other
 * script to run with them.
 */
function argumentsStartOwnScript(node: ts.Expression | undefined, depth = 0): boolean {
  if (!node || depth > 5) return false;
  const value = skipOuterExpressions(node);
  if (pathOf(value) === 'process.argv') return true;
  if (ts.isArrayLiteralExpression(value)) {
    return value.elements.some((element) => (ts.isSpreadElement(element) ? argumentsStartOwnScript(element.expression, depth + 1) : isOwnScript(element)));
  }
  if (ts.isIdentifier(value)) {
    const initializer = findVariableInitializer(value);
    return !!initializer && argumentsStartOwnScript(initializer, depth + 1);
  }
  if (ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && ARRAY_COPY_METHODS.has(value.expression.name.text)) {
    const method = value.expression.name.text;
    // `[__filename].concat(rest)` keeps the script; `base.concat(process.argv.slice(2))` adds the app's arguments.
    return argumentsStartOwnScript(value.expression.expression, depth + 1) || (method === 'concat' && value.arguments.some((argument) => argumentsStartOwnScript(argument, depth + 1)));
  }
  return false;
}

function isDetached(options: ts.ObjectLiteralExpression | undefined): boolean {
  const detached = options && propertyValue(options, 'detached');
  return !!detached && skipOuterExpressions(detached).kind !== ts.SyntaxKind.FalseKeyword;
}

/** `spawn(process.execPath, [__filename], { detached: true })` / `fork(__filename, [], { detached: true })`: the app starting a detached copy of itself. */
function isDetachedSelfRespawn(call: ts.CallExpression, bindings: ModuleBindings): boolean {
  const launch = processLaunch(call, bindings);
  if (!launch || !DETACHABLE_APIS.has(launch.api) || !isDetached(launch.options)) return false;
  const [first, second] = call.arguments;
  if (launch.api === 'fork') return isOwnScript(first);
  return (isNodeBinary(first) && argumentsStartOwnScript(second)) || isOwnScript(first);
}

function isCallOf(node: ts.Node, path: string): node is ts.CallExpression {
  return ts.isCallExpression(node) && pathOf(node.expression) === path;
}

/**
 * The parent lets go of the child: `spawn(…).unref()`, `child.unref()` on the variable it is
 * stored in, or the parent exiting (`process.exit()`) right after in the same function.
 */
function parentLetsGo(call: ts.CallExpression): boolean {
  const parent = call.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name.text === 'unref' && ts.isCallExpression(parent.parent)) return true;
  let childName: string | undefined;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) childName = parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) childName = parent.left.text;
  let scope: ts.Node = call;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  let found = false;
  // process.exit() counts only in the spawning function itself, not in a callback
  // (`child.on('exit', code => process.exit(code))` is a parent waiting for its child).
  const visit = (node: ts.Node, nested: boolean): void => {
    if (found) return;
    if (childName && isCallOf(node, `${childName}.unref`)) found = true;
    else if (!nested && isCallOf(node, 'process.exit') && node.getStart() > call.getEnd()) found = true;
    else ts.forEachChild(node, (child) => visit(child, nested || (ts.isFunctionLike(child) && child !== scope)));
  };
  visit(scope, false);
  return found;
}

function daemonPackageCall(call: ts.CallExpression, bindings: ModuleBindings): string | undefined {
  const callee = skipOuterExpressions(call.expression);
  const required = requiredModule(callee);
  const resolved = required ? { module: required, path: [] as string[] } : resolveCallee(callee, bindings);
  if (!resolved?.module) return undefined;
  const entry = ownEntry(DAEMON_ENTRY_POINTS, resolved.module);
  return entry && entry.test(resolved.path.join('.')) ? resolved.module : undefined;
}

/** Inside `process.on('SIGTERM' | 'message' | …, handler)`: disconnecting there is shutdown or IPC, not detaching. */
function isInLegitDisconnectHandler(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (!ts.isFunctionLike(current) || !ts.isCallExpression(current.parent)) continue;
    const registration = current.parent;
    const callee = pathOf(registration.expression);
    if (/\.(on|once|addListener|prependListener)$/.test(callee) && DISCONNECT_OK_EVENTS.has(staticString(registration.arguments[0]) ?? '')) return true;
  }
  return false;
}

export const selfDaemonize: Rule = {
  meta: {
    id: 'concurrency/self-daemonize',
    factor: 8,
    title: 'Run in the foreground; do not daemonise',
    description: 'A process that detaches itself (daemon/daemonize2 packages, re-spawning itself detached and exiting, process.disconnect tricks) escapes the process manager: it cannot be supervised, restarted, scaled or have its output captured. Twelve-factor processes run in the foreground and leave that to the platform.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['daemon', 'detached', 'disconnect'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    const usesCluster = [...ctx.bindings.values()].some((binding) => binding.module === 'cluster') || /\bcluster\./.test(ctx.text);
    const disconnects: ts.CallExpression[] = [];
    let bindsServer = false;
    let respawnsDetached = false;
    return {
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        const daemonModule = daemonPackageCall(call, ctx.bindings);
        if (daemonModule) {
          ctx.report({
            range: ctx.rangeOf(call),
            message: `${daemonModule} turns the app into a background daemon: the platform's process manager can no longer supervise, restart or scale it, nor capture its output. Run in the foreground and let the platform manage the process.`,
          });
          return;
        }
        if (isDetachedSelfRespawn(call, ctx.bindings)) {
          respawnsDetached = true;
          if (parentLetsGo(call)) {
            ctx.report({
              range: ctx.rangeOf(call),
              message: 'The app re-launches itself as a detached child and lets it go: that is self-daemonising, which hides the process from the platform\'s process manager. Run in the foreground and let the platform start, supervise and scale it.',
            });
          }
          return;
        }
        if (isCallOf(call, 'process.disconnect')) disconnects.push(call);
        else if (!bindsServer && serverBinding(call, ctx.bindings)) bindsServer = true;
      },
      onEnd: () => {
        // process.disconnect() detaches a forked app from its parent so the parent can exit.
        // Cluster workers and IPC conversations disconnect for good reasons: leave those alone.
        if (usesCluster) return;
        for (const call of disconnects) {
          if (isInLegitDisconnectHandler(call)) continue;
          const topLevel = !hasEnclosingFunction(call);
          if (!bindsServer && !respawnsDetached && !topLevel) continue;
          ctx.report({
            range: ctx.rangeOf(call),
            message: 'process.disconnect() cuts the app loose from the process that started it, a way of daemonising: the platform\'s process manager should own the process. Run in the foreground instead.',
          });
        }
      },
    };
  },
};

function hasEnclosingFunction(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) if (ts.isFunctionLike(current)) return true;
  return false;
}
