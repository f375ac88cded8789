import ts = require('typescript');
import type { Fix, Rule, ScriptContext } from '../../types';
import { bindingManagesShutdown, serverBinding, serverFramework, type ServerBinding } from '../../analysis/servers';
import { calleeReceiver, expressionPath } from '../../analysis/calls';
import { skipOuterExpressions } from '../../analysis/literals';
import { detectCodeStyle, endOfStatementLine, indentationAt, isNameUsed, type CodeStyle } from '../../analysis/codeStyle';
import { handlesShutdown } from '../../facts/shutdown';
import { baseName } from '../../fileKinds';

/** How the inserted handler stops the server. */
type StopStyle =
  /** Node's `server.close(cb)` (what Express/Koa `listen()` return, http/https/net servers). */
  | 'close-callback'
  /** Fastify's and Nest's `app.close()`, which return a promise. */
  | 'close-promise'
  /** Hapi's `server.stop()`, which returns a promise. */
  | 'hapi-stop';

interface ShutdownPlan {
  /** The expression the handler stops (`server`, `app`, `this.server`). */
  handle: string;
  style: StopStyle;
  /** The statement after which the handler goes. */
  statement: ts.Statement;
  /** When the listen result must first be kept: `const <name> = ` goes before the statement. */
  declareAs: string | undefined;
}

const SERVER_NAME_CANDIDATES = ['server', 'httpServer', 'listeningServer'];
/** Dev-only places where a server is a tool, not the deployed process. */
const DEV_TOOLING_PATH = /(^|\/)(cypress|\.storybook|mocks?|mock-server)\//;
/** Bundler/dev-server configuration files (`webpack.config.js`, `vite.config.ts`): their servers are development tools. */
const CONFIG_FILE = /[.\-_](config|conf)\.[cm]?[jt]sx?$/i;

/** The statement holding `node`, without crossing into an enclosing function (its body runs later). */
function enclosingStatement(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent) {
    const parent = current.parent;
    if (ts.isSourceFile(parent) || ts.isBlock(parent) || ts.isModuleBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      return ts.isStatement(current) ? current : undefined;
    }
    if (ts.isFunctionLike(parent) || ts.isClassLike(parent)) return undefined;
    current = parent;
  }
  return undefined;
}

/** `x.y` / `this.app` as text, when the receiver is a plain name path that a handler can refer to later. */
function stableReceiverText(receiver: ts.Expression | undefined): string | undefined {
  if (!receiver) return undefined;
  const path = expressionPath(receiver);
  if (!path || path.includes('()')) return undefined;
  const node = skipOuterExpressions(receiver);
  return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) ? node.getText() : undefined;
}

/** What the statement does with the binding's value: `const server = …`, `server = …`, or nothing. */
function assignedName(statement: ts.Statement, call: ts.Expression): { name: string | undefined; bare: boolean } {
  const unwrap = (expression: ts.Expression): ts.Expression => {
    let node = skipOuterExpressions(expression);
    while (ts.isAwaitExpression(node)) node = skipOuterExpressions(node.expression);
    return node;
  };
  if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    const declaration = statement.declarationList.declarations[0]!;
    if (declaration.initializer && unwrap(declaration.initializer) === call && ts.isIdentifier(declaration.name)) return { name: declaration.name.text, bare: false };
    return { name: undefined, bare: false };
  }
  if (ts.isExpressionStatement(statement)) {
    const expression = skipOuterExpressions(statement.expression);
    if (unwrap(expression) === call) return { name: undefined, bare: true };
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && unwrap(expression.right) === call) {
      const target = skipOuterExpressions(expression.left);
      if (ts.isIdentifier(target) || ts.isPropertyAccessExpression(target)) return { name: target.getText(), bare: false };
    }
  }
  return { name: undefined, bare: false };
}

function isAwaited(call: ts.Expression): boolean {
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
  return ts.isAwaitExpression(node.parent);
}

function freeServerName(sourceFile: ts.SourceFile): string | undefined {
  return SERVER_NAME_CANDIDATES.find((name) => !isNameUsed(sourceFile, name));
}

/** Decides what the inserted SIGTERM handler closes and where it goes; undefined when no safe edit exists. */
function planShutdown(ctx: ScriptContext, binding: ServerBinding): ShutdownPlan | undefined {
  const call = binding.call;
  const statement = enclosingStatement(call);
  if (!statement) return undefined;
  const { name, bare } = assignedName(statement, call);

  if (binding.kind === 'hapi') return name ? { handle: name, style: 'hapi-stop', statement, declareAs: undefined } : undefined;
  if (binding.kind === 'hono') {
    if (name) return { handle: name, style: 'close-callback', statement, declareAs: undefined };
    const fresh = bare ? freeServerName(ctx.sourceFile) : undefined;
    return fresh ? { handle: fresh, style: 'close-callback', statement, declareAs: fresh } : undefined;
  }

  const receiver = ts.isCallExpression(call) ? calleeReceiver(call) : undefined;
  const receiverText = stableReceiverText(receiver);
  const framework = receiver ? serverFramework(receiver, ctx.bindings) : 'unknown';
  // Fastify's and Nest's listen() resolve to an address / the adapter, not something to close:
  // the app itself is closed.
  if ((framework === 'fastify' || framework === 'nest') && receiverText) return { handle: receiverText, style: 'close-promise', statement, declareAs: undefined };
  if (name) return { handle: name, style: 'close-callback', statement, declareAs: undefined };
  if (framework === 'node-http' && receiverText) return { handle: receiverText, style: 'close-callback', statement, declareAs: undefined };
  if (!bare) return undefined;
  // An awaited listen() on an app we cannot identify is most likely Nest or Fastify.
  if (isAwaited(call) && framework !== 'express-like' && receiverText) return { handle: receiverText, style: 'close-promise', statement, declareAs: undefined };
  const fresh = freeServerName(ctx.sourceFile);
  return fresh ? { handle: fresh, style: 'close-callback', statement, declareAs: fresh } : undefined;
}

function handlerText(plan: ShutdownPlan, style: CodeStyle, indent: string): string {
  const q = style.quote;
  const end = style.semicolons ? ';' : '';
  const stop =
    plan.style === 'close-callback'
      ? `${plan.handle}.close(() => process.exit(0))${end}`
      : plan.style === 'close-promise'
        ? `${plan.handle}.close().then(() => process.exit(0))${end}`
        : `${plan.handle}.stop().then(() => process.exit(0))${end}`;
  const inner = indent + style.indentUnit;
  const lines = [
    `process.on(${q}SIGTERM${q}, () => {`,
    `${inner}${stop}`,
    // The hard timeout: connections that never finish must not keep the process past the
    // platform's grace period (after which it is killed without cleanup anyway).
    `${inner}setTimeout(() => process.exit(1), 10_000)${end}`,
    `${indent}})${end}`,
  ];
  return lines.join(style.newline);
}

function shutdownFix(ctx: ScriptContext, binding: ServerBinding): Fix[] {
  const plan = planShutdown(ctx, binding);
  if (!plan) return [];
  const text = ctx.text;
  const style = detectCodeStyle(ctx.sourceFile);
  const statementStart = plan.statement.getStart(ctx.sourceFile);
  const indent = indentationAt(text, statementStart);
  const insertAt = ctx.positionAt(endOfStatementLine(text, plan.statement));
  const edits = [];
  if (plan.declareAs) {
    const at = ctx.positionAt(statementStart);
    edits.push({ range: { start: at, end: at }, newText: `const ${plan.declareAs} = ` });
  }
  edits.push({ range: { start: insertAt, end: insertAt }, newText: style.newline + indent + handlerText(plan, style, indent) });
  return [
    {
      title: 'Close the server on SIGTERM (with a 10 s hard timeout)',
      isPreferred: true,
      // It adds process-lifecycle behaviour the user should look at (timeout, other resources
      // to close), so it is not applied by fix-all.
      safe: false,
      changes: [{ path: ctx.file.path, edits }],
    },
  ];
}

export const noGracefulShutdown: Rule = {
  meta: {
    id: 'disposability/no-graceful-shutdown',
    factor: 9,
    title: 'Shut the server down gracefully on SIGTERM',
    description: 'A server in a package where no code handles SIGTERM is killed mid-request on every deploy, restart or scale-down; close it on SIGTERM so in-flight work finishes.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['listen', 'hapi', '@hono/node-server', 'startStandaloneServer'],
  script(ctx) {
    if (ctx.file.isTest || DEV_TOOLING_PATH.test(ctx.file.path) || CONFIG_FILE.test(baseName(ctx.file.path))) return {};
    // The package facts cover every file; the file's own text is checked too, so a handler
    // just typed into this (unsaved) file quiets the finding before the facts catch up.
    if (ctx.facts.packageFor(ctx.file.path)?.handlesSigterm) return {};
    if (handlesShutdown(ctx.file.path, ctx.text, ctx.sourceFile, ctx.keywords)) return {};
    const check = (node: ts.Node): void => {
      const binding = serverBinding(node, ctx.bindings);
      if (!binding || bindingManagesShutdown(binding, ctx.bindings)) return;
      ctx.report({
        range: ctx.rangeOf(binding.call),
        message: 'This server starts, but nothing in its package handles SIGTERM: every deploy, restart or scale-down kills in-flight requests. Close the server on SIGTERM and exit when it is done.',
        fixes: shutdownFix(ctx, binding),
      });
    };
    return { [ts.SyntaxKind.CallExpression]: check, [ts.SyntaxKind.NewExpression]: check };
  },
};
