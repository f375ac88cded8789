import ts = require('typescript');
import type { Fix, ModuleBindings, Rule, ScriptContext } from '../../types';
import { expressionPath } from '../../analysis/calls';
import { skipOuterExpressions, staticString } from '../../analysis/literals';
import { identifierWords } from '../../analysis/names';
import { detectCodeStyle, endOfStatementLine, indentationAt } from '../../analysis/codeStyle';

const FATAL_EVENTS = new Set(['uncaughtException', 'unhandledRejection']);
const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
/** Process methods that end the process. */
const PROCESS_EXITS = new Set(['exit', 'abort', 'reallyExit', 'kill']);
/** Signals whose emission runs the app's own shutdown handlers. */
const SHUTDOWN_SIGNALS = new Set(['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT']);
/**
 * Words in the name of a routine we cannot see that say it ends the process
 * (`gracefulShutdown()`, `exitProcess()`, `lifecycle.terminate()`). Closing a resource is not
 * among them: `server.close()`, `redis.quit()`, `app.stop()` stop accepting work, but the
 * process lives on for as long as anything else (a pool, a timer) holds the event loop.
 */
const TERMINATION_WORDS = new Set(['shutdown', 'exit', 'terminate', 'kill', 'crash', 'die', 'abort', 'restart', 'bail', 'panic']);
/**
 * Receivers and functions that only record the error: logging, error reporting, formatting.
 * Calling them is not handling the crash, whatever they are passed.
 */
const RECORDING_RECEIVER = /^(console|_?logger|log|logging|winston|pino|bunyan|signale|consola|debug|sentry|bugsnag|rollbar|newrelic|honeybadger|airbrake|appinsights|tracer|metrics|statsd|datadog|util|json|object|string|number|array|math|date|buffer|chalk|colors|kleur|picocolors)$/i;
/** Conversions and collection updates: they keep the error, they do not act on it. */
const INERT_FUNCTIONS = new Set(['String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'parseInt', 'parseFloat', 'encodeURIComponent', 'Error', 'inspect', 'push', 'unshift', 'set', 'add', 'increment', 'inc', 'incr', 'count', 'toString', 'toJSON', 'includes', 'indexOf', 'startsWith', 'endsWith', 'match', 'test', 'replace', 'split', 'join', 'slice']);
const RECORDING_WORDS = new Set(['log', 'logger', 'logs', 'report', 'capture', 'notify', 'track', 'print', 'debug', 'warn', 'info', 'trace', 'alert', 'inspect', 'format', 'serialize', 'stringify', 'record', 'console', 'write', 'append', 'send', 'mail', 'email', 'post', 'audit']);

type Handler = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

type HandlerTarget =
  /** A function whose body can be read (inline, or declared in this file). */
  | { kind: 'function'; fn: Handler }
  /** `console.error` / `console.log` passed directly: it records and returns. */
  | { kind: 'console'; node: ts.Expression }
  /** Imported, a parameter, a method of something else: nothing to judge. */
  | { kind: 'unknown' };

type Outcome = 'exits' | 'opaque' | 'swallows';

function isProcessExpression(expression: ts.Expression, bindings: ModuleBindings): boolean {
  const node = skipOuterExpressions(expression);
  // process.on('unhandledRejection', a).on('uncaughtException', b): `on` returns the process.
  if (ts.isCallExpression(node)) {
    const callee = skipOuterExpressions(node.expression);
    return ts.isPropertyAccessExpression(callee) && LISTENER_METHODS.has(callee.name.text) && isProcessExpression(callee.expression, bindings);
  }
  const path = expressionPath(node);
  if (!path) return false;
  if (path.length === 1) return path[0] === 'process' || bindings.get(path[0]!)?.module === 'process';
  return path.length === 2 && (path[0] === 'global' || path[0] === 'globalThis') && path[1] === 'process';
}

/** `process.<method>(…)`: the method name, when the receiver is the process object. */
function processMethod(call: ts.CallExpression, bindings: ModuleBindings): string | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  return isProcessExpression(callee.expression, bindings) ? callee.name.text : undefined;
}

/**
 * The fatal events an event argument stands for: a literal, or the loop variable of
 * `['uncaughtException', 'unhandledRejection'].forEach((event) => process.on(event, …))` /
 * `for (const event of [...])`.
 */
function fatalEventsOf(argument: ts.Expression | undefined): string[] {
  if (!argument) return [];
  const node = skipOuterExpressions(argument);
  const literal = staticString(node);
  if (literal !== undefined) return FATAL_EVENTS.has(literal) ? [literal] : [];
  if (!ts.isIdentifier(node)) return [];
  let scope: ts.Node | undefined = node.parent;
  while (scope) {
    let list: ts.Expression | undefined;
    if ((ts.isArrowFunction(scope) || ts.isFunctionExpression(scope)) && scope.parameters[0] && ts.isIdentifier(scope.parameters[0].name) && scope.parameters[0].name.text === node.text) {
      const call = scope.parent;
      if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'forEach') list = call.expression.expression;
      else return [];
    }
    if (ts.isForOfStatement(scope) && ts.isVariableDeclarationList(scope.initializer)) {
      const declaration = scope.initializer.declarations[0];
      if (declaration && ts.isIdentifier(declaration.name) && declaration.name.text === node.text) list = scope.expression;
    }
    if (list) {
      const array = skipOuterExpressions(list);
      if (!ts.isArrayLiteralExpression(array)) return [];
      return array.elements.map((element) => staticString(element)).filter((event): event is string => event !== undefined && FATAL_EVENTS.has(event));
    }
    scope = scope.parent;
  }
  return [];
}

/** A function named `name` declared in a scope enclosing `from` (declaration or `const f = () => …`). */
function findLocalFunction(from: ts.Node, name: string): Handler | undefined {
  let scope: ts.Node | undefined = from.parent;
  while (scope) {
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) ? scope.statements : undefined;
    if (statements) {
      for (const statement of statements) {
        if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && statement.body) return statement;
        if (ts.isVariableStatement(statement)) {
          for (const declaration of statement.declarationList.declarations) {
            if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name || !declaration.initializer) continue;
            const value = skipOuterExpressions(declaration.initializer);
            if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value;
          }
        }
      }
    }
    scope = scope.parent;
  }
  return undefined;
}

/** `this.shutdown` inside a class: the method of that class. */
function findClassMethod(from: ts.Node, name: string): Handler | undefined {
  let scope: ts.Node | undefined = from.parent;
  while (scope && !ts.isClassLike(scope)) scope = scope.parent;
  if (!scope) return undefined;
  for (const member of scope.members) {
    if (ts.isMethodDeclaration(member) && member.body && member.name && ts.isIdentifier(member.name) && member.name.text === name) return member;
    if (ts.isPropertyDeclaration(member) && member.initializer && ts.isIdentifier(member.name) && member.name.text === name) {
      const value = skipOuterExpressions(member.initializer);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value;
    }
  }
  return undefined;
}

function resolveHandler(argument: ts.Expression | undefined): HandlerTarget {
  if (!argument) return { kind: 'unknown' };
  let node = skipOuterExpressions(argument);
  // this.onFatal.bind(this)
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'bind') node = skipOuterExpressions(node.expression.expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { kind: 'function', fn: node };
  if (ts.isIdentifier(node)) {
    const fn = findLocalFunction(node, node.text);
    return fn ? { kind: 'function', fn } : { kind: 'unknown' };
  }
  const path = expressionPath(node);
  if (path?.length === 2 && path[0] === 'this') {
    const fn = findClassMethod(node, path[1]!);
    return fn ? { kind: 'function', fn } : { kind: 'unknown' };
  }
  if (path?.length === 2 && path[0] === 'console') return { kind: 'console', node };
  return { kind: 'unknown' };
}

function hasTerminationName(name: string): boolean {
  const words = identifierWords(name);
  if (words.some((word) => TERMINATION_WORDS.has(word))) return true;
  return /\bshut down\b/.test(words.join(' '));
}

function isRecordingCall(call: ts.CallExpression, errorName: string | undefined): boolean {
  const path = expressionPath(call.expression);
  if (!path) return false;
  const names = path.filter((segment) => segment !== '()');
  // err.toString(), error.stack.split('\n'): reading the error itself.
  if (errorName !== undefined && names.length > 1 && names[0] === errorName) return true;
  if (INERT_FUNCTIONS.has(names[names.length - 1] ?? '')) return true;
  // logger.error(), this.logger.warn(), fastify.log.fatal(), Sentry.captureException()
  if (names.slice(0, -1).some((segment) => RECORDING_RECEIVER.test(segment) || /log(ger)?$/i.test(segment))) return true;
  const last = names[names.length - 1];
  return last !== undefined && identifierWords(last).some((word) => RECORDING_WORDS.has(word));
}

function mentionsName(node: ts.Node, name: string): boolean {
  if (ts.isIdentifier(node)) return node.text === name;
  return ts.forEachChild(node, (child) => (mentionsName(child, name) ? true : undefined)) ?? false;
}

/**
 * What a handler does with the fatal error: ends the process (exit, abort, kill itself,
 * rethrow, a shutdown routine), hands it to code we cannot see (`errorHandler.handle(err)`),
 * or only records it and carries on.
 */
function handlerOutcome(fn: Handler, bindings: ModuleBindings, depth: number, visited: Set<ts.Node>): Outcome {
  if (!fn.body || visited.has(fn)) return 'opaque';
  visited.add(fn);
  const first = fn.parameters[0];
  const errorName = first && ts.isIdentifier(first.name) ? first.name.text : undefined;
  let exits = false;
  let opaque = false;

  // `recording` is set inside the arguments of a logging call: what is passed there is being
  // formatted for the log (`logger.error(toJson(err))`), not handed over to be handled.
  const visit = (node: ts.Node, recording: boolean): void => {
    if (exits) return;
    if (ts.isThrowStatement(node)) {
      exits = true;
      return;
    }
    // process.exit(1), process.abort(), process.kill(process.pid), and `setTimeout(process.exit, 500, 1)`.
    if (ts.isPropertyAccessExpression(node) && PROCESS_EXITS.has(node.name.text) && isProcessExpression(node.expression, bindings)) {
      exits = true;
      return;
    }
    // `process.exitCode = 1` is not an exit: it only sets the code used *if* the process ends,
    // and after a fatal error the server, pools and timers keep the event loop (and the broken
    // app) alive. Only exit/abort/kill, a throw, or a routine that does one of those counts.
    let recordingChildren = recording;
    if (ts.isCallExpression(node)) {
      if (processMethod(node, bindings) === 'emit' && SHUTDOWN_SIGNALS.has(staticString(node.arguments[0]) ?? '')) {
        exits = true;
        return;
      }
      const callee = skipOuterExpressions(node.expression);
      const path = expressionPath(callee);
      const last = path?.filter((segment) => segment !== '()').pop();
      const records = isRecordingCall(node, errorName);
      // A shutdown routine declared in this file: follow it (a few levels) instead of trusting its name.
      const local = ts.isIdentifier(callee) ? findLocalFunction(node, callee.text) : path?.length === 2 && path[0] === 'this' ? findClassMethod(node, path[1]!) : undefined;
      if (local && depth < 3) {
        const outcome = handlerOutcome(local, bindings, depth + 1, visited);
        if (outcome === 'exits') {
          exits = true;
          return;
        }
        if (outcome === 'opaque') opaque = true;
      } else if (!local && !records && last !== undefined && hasTerminationName(last)) {
        exits = true;
        return;
      } else if (!local && !records && !recording && errorName !== undefined && node.arguments.some((argument) => mentionsName(argument, errorName))) {
        // errorHandler.handleError(err): code we cannot see decides; do not guess.
        opaque = true;
      }
      if (records) recordingChildren = true;
    }
    ts.forEachChild(node, (child) => visit(child, recordingChildren));
  };
  visit(fn.body, false);
  return exits ? 'exits' : opaque ? 'opaque' : 'swallows';
}

/** `process.exitCode = <value>`: the assignment, when `node` is one. */
function exitCodeAssignment(node: ts.Node, bindings: ModuleBindings): ts.BinaryExpression | undefined {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = skipOuterExpressions(node.left);
  return ts.isPropertyAccessExpression(target) && target.name.text === 'exitCode' && isProcessExpression(target.expression, bindings) ? node : undefined;
}

/** True when the handler's own body sets `process.exitCode` (the message then says why that is not enough). */
function setsExitCode(fn: Handler, bindings: ModuleBindings): boolean {
  const visit = (node: ts.Node): boolean => exitCodeAssignment(node, bindings) !== undefined || (ts.forEachChild(node, visit) ?? false);
  return fn.body !== undefined && visit(fn.body);
}

/** The edits that make a handler function exit after what it already does. */
function exitEdits(ctx: ScriptContext, fn: Handler): ts.TextRange & { newText: string } {
  const style = detectCodeStyle(ctx.sourceFile);
  const exit = `process.exit(1)${style.semicolons ? ';' : ''}`;
  const text = ctx.text;
  const body = fn.body!;
  // `…; process.exitCode = 2;` at the end: exit with that code instead of only recording it.
  const finalStatement = ts.isBlock(body) ? body.statements[body.statements.length - 1] : undefined;
  const finalExitCode = finalStatement && ts.isExpressionStatement(finalStatement) ? exitCodeAssignment(skipOuterExpressions(finalStatement.expression), ctx.bindings) : undefined;
  if (finalExitCode) {
    const code = finalExitCode.right.getText(ctx.sourceFile);
    return { pos: finalExitCode.getStart(ctx.sourceFile), end: finalExitCode.getEnd(), newText: `process.exit(${code})` };
  }
  if (!ts.isBlock(body)) {
    // err => console.error(err)  →  err => { console.error(err); process.exit(1); }
    const indent = indentationAt(text, fn.getStart(ctx.sourceFile));
    const inner = indent + style.indentUnit;
    const statement = `${body.getText(ctx.sourceFile)}${style.semicolons ? ';' : ''}`;
    return { pos: body.getStart(ctx.sourceFile), end: body.getEnd(), newText: `{${style.newline}${inner}${statement}${style.newline}${inner}${exit}${style.newline}${indent}}` };
  }
  const statements = body.statements;
  const lastStatement = statements[statements.length - 1];
  const openLine = ctx.positionAt(body.getStart(ctx.sourceFile)).line;
  if (!lastStatement) {
    const indent = indentationAt(text, body.getStart(ctx.sourceFile));
    return { pos: body.getStart(ctx.sourceFile), end: body.getEnd(), newText: `{${style.newline}${indent}${style.indentUnit}${exit}${style.newline}${indent}}` };
  }
  // A trailing `return` ends the handler: exit before it, or the exit would never run.
  const anchor = ts.isReturnStatement(lastStatement) ? lastStatement : undefined;
  if (anchor) {
    const start = anchor.getStart(ctx.sourceFile);
    const sameLine = ctx.positionAt(start).line === openLine;
    return { pos: start, end: start, newText: sameLine ? `${exit} ` : `${exit}${style.newline}${indentationAt(text, start)}` };
  }
  const lastLine = ctx.positionAt(lastStatement.getStart(ctx.sourceFile)).line;
  if (lastLine === openLine) {
    // { console.error(err); }  →  { console.error(err); process.exit(1); }
    return { pos: lastStatement.getEnd(), end: lastStatement.getEnd(), newText: ` ${exit}` };
  }
  const at = endOfStatementLine(text, lastStatement);
  return { pos: at, end: at, newText: `${style.newline}${indentationAt(text, lastStatement.getStart(ctx.sourceFile))}${exit}` };
}

function fixFor(ctx: ScriptContext, target: HandlerTarget, event: string): Fix[] {
  let edit: ts.TextRange & { newText: string };
  if (target.kind === 'function') {
    edit = exitEdits(ctx, target.fn);
  } else if (target.kind === 'console') {
    const style = detectCodeStyle(ctx.sourceFile);
    const end = style.semicolons ? ';' : '';
    const parameter = event === 'unhandledRejection' ? 'reason' : 'error';
    const indent = indentationAt(ctx.text, target.node.getStart(ctx.sourceFile));
    const inner = indent + style.indentUnit;
    edit = {
      pos: target.node.getStart(ctx.sourceFile),
      end: target.node.getEnd(),
      newText: `(${parameter}) => {${style.newline}${inner}${target.node.getText(ctx.sourceFile)}(${parameter})${end}${style.newline}${inner}process.exit(1)${end}${style.newline}${indent}}`,
    };
  } else {
    return [];
  }
  const range = { start: ctx.positionAt(edit.pos), end: ctx.positionAt(edit.end) };
  return [
    {
      title: 'Exit with process.exit(1) after handling the error',
      isPreferred: true,
      // Ending the process is the point, but it changes runtime behaviour: review it, do not fix-all it.
      safe: false,
      changes: [{ path: ctx.file.path, edits: [{ range, newText: edit.newText }] }],
    },
  ];
}

function messageFor(event: string, exitCodeOnly: boolean): string {
  const what = event === 'unhandledRejection' ? 'an unhandled promise rejection' : 'an uncaught exception';
  const exitCodeNote = exitCodeOnly ? ' (setting process.exitCode does not end the process: the server and open handles keep it alive)' : '';
  return `This '${event}' handler neither exits nor rethrows${exitCodeNote}: after ${what} the process keeps running in an unknown state instead of crashing and being restarted. Log the error, then exit with process.exit(1).`;
}

export const swallowedFatalError: Rule = {
  meta: {
    id: 'disposability/swallowed-fatal-error',
    factor: 9,
    title: 'Exit after an uncaught exception or unhandled rejection',
    description: "An 'uncaughtException'/'unhandledRejection' handler that only logs keeps a broken process alive; a disposable process crashes fast and lets the process manager start a clean one.",
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['uncaughtException', 'unhandledRejection', 'UncaughtExceptionCaptureCallback'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    return {
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        const method = processMethod(call, ctx.bindings);
        if (!method) return;
        let event: string | undefined;
        let handlerArgument: ts.Expression | undefined;
        if (LISTENER_METHODS.has(method)) {
          event = fatalEventsOf(call.arguments[0])[0];
          handlerArgument = call.arguments[1];
        } else if (method === 'setUncaughtExceptionCaptureCallback') {
          event = 'uncaughtException';
          handlerArgument = call.arguments[0];
        }
        if (!event || !handlerArgument) return;
        const target = resolveHandler(handlerArgument);
        if (target.kind === 'unknown') return;
        if (target.kind === 'function' && handlerOutcome(target.fn, ctx.bindings, 0, new Set()) !== 'swallows') return;
        const exitCodeOnly = target.kind === 'function' && setsExitCode(target.fn, ctx.bindings);
        ctx.report({ range: ctx.rangeOf(call), message: messageFor(event, exitCodeOnly), fixes: fixFor(ctx, target, event) });
      },
    };
  },
};
