import ts = require('typescript');
import type { ModuleBindings, Rule } from '../../types';
import { expressionPath, findVariableInitializer, resolveCallee } from '../../analysis/calls';
import { fileWriteCall, isLogPath, isPidFilePath } from '../../analysis/fileWrites';
import { skipOuterExpressions, staticString } from '../../analysis/literals';
import { requiredModule } from '../../script/bindings';

/** npm packages whose job is writing a pid file (`npid.create('/var/run/app.pid')`). */
const PID_FILE_MODULES = new Set(['npid', 'pidfile', 'create-pid-file', 'pid-file', 'fs-pidfile']);

function isProcessPid(node: ts.Node): boolean {
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return false;
  const path = expressionPath(node as ts.Expression);
  return !!path && path.length === 2 && (path[0] === 'process' || path[0] === 'globalThis.process') && path[1] === 'pid';
}

/** Template or string text around the pid that still leaves a bare pid file: nothing, or a newline. */
const PID_FILE_PADDING = /^\s*$/;

/**
 * The data written IS the pid rendered as text: `process.pid`, `String(process.pid)`,
 * `` `${process.pid}` ``, `` `${process.pid}\n` ``, `process.pid.toString()`, `process.pid + '\n'`,
 * `Buffer.from(String(process.pid))`, or a variable holding one. Data that merely embeds the pid
 * in something larger (`JSON.stringify({ pid: process.pid, … })`, `started pid ${process.pid}`)
 * is a report or a log line, not a pid file; a pid-named target is caught by the path check.
 */
function isPidAsContent(data: ts.Expression, depth = 0): boolean {
  const value = skipOuterExpressions(data);
  if (isProcessPid(value)) return true;
  if (ts.isIdentifier(value)) {
    if (depth >= 3) return false;
    const initializer = findVariableInitializer(value);
    return !!initializer && isPidAsContent(initializer, depth + 1);
  }
  if (ts.isTemplateExpression(value)) {
    const texts = [value.head.text, ...value.templateSpans.map((span) => span.literal.text)];
    if (!texts.every((text) => PID_FILE_PADDING.test(text))) return false;
    return value.templateSpans.length === 1 && isPidAsContent(value.templateSpans[0]!.expression, depth);
  }
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    // `process.pid + '\n'` or `'' + process.pid`: one side is the pid, the other only padding.
    const leftPadding = staticString(skipOuterExpressions(value.left));
    const rightPadding = staticString(skipOuterExpressions(value.right));
    if (rightPadding !== undefined && PID_FILE_PADDING.test(rightPadding)) return isPidAsContent(value.left, depth);
    if (leftPadding !== undefined && PID_FILE_PADDING.test(leftPadding)) return isPidAsContent(value.right, depth);
    return false;
  }
  if (ts.isCallExpression(value)) {
    const callee = expressionPath(value.expression)?.join('.');
    // `process.pid.toString()` / `.toFixed()`: the receiver is the pid.
    if (ts.isPropertyAccessExpression(value.expression) && /^(toString|toFixed)$/.test(value.expression.name.text)) {
      return isPidAsContent(value.expression.expression, depth);
    }
    // `String(pid)`, `JSON.stringify(pid)` (a number stringifies to itself), `Buffer.from(String(pid))`.
    if (callee === 'String' || callee === 'JSON.stringify' || callee === 'Buffer.from') {
      const [first] = value.arguments;
      return !!first && isPidAsContent(first, depth);
    }
  }
  return false;
}

/** `fs.writeSync(fd, String(process.pid))` to a file descriptor that is not stdout/stderr. */
function isPidWriteToDescriptor(call: ts.CallExpression, bindings: ModuleBindings): boolean {
  const resolved = resolveCallee(call.expression, bindings);
  if (resolved?.module !== 'fs' || resolved.path.join('.') !== 'writeSync') return false;
  const [fd, data] = call.arguments;
  if (!fd || !data) return false;
  const descriptor = skipOuterExpressions(fd);
  if (ts.isNumericLiteral(descriptor)) return false;
  if (/^process\.(stdout|stderr)\.fd$/.test(descriptor.getText())) return false;
  return isPidAsContent(data);
}

export const pidFile: Rule = {
  meta: {
    id: 'concurrency/pid-file',
    factor: 8,
    title: 'Let the process manager track processes, not pid files',
    description: 'Writing process.pid to a file (or to a *.pid path) is how daemons make themselves findable; twelve-factor processes run in the foreground and the platform (systemd, Docker, Kubernetes, Heroku) tracks and signals them. Pid files go stale on crashes and break when more than one process runs.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['pid'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    return {
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        const write = fileWriteCall(call, ctx.bindings);
        if (write) {
          if (write.api.startsWith('rename') || write.api.startsWith('copy') || write.api.startsWith('cp') || write.api.startsWith('move')) {
            // Moving a file into place at a .pid path is the atomic way to write one.
            if (!write.destination || !isPidFilePath(write.destination)) return;
          } else {
            const toPidPath = write.destination !== undefined && isPidFilePath(write.destination);
            const writesPid = write.data !== undefined && isPidAsContent(write.data);
            if (!toPidPath && !writesPid) return;
            // `started pid 123` appended to app.log is logging, not a pid file.
            if (!toPidPath && write.destination && isLogPath(write.destination, ctx.bindings)) return;
          }
          ctx.report({
            range: ctx.rangeOf(call),
            message: 'This writes a pid file: the platform\'s process manager should track and signal the process instead. Pid files go stale after crashes and break with more than one process; run in the foreground and let the platform manage it.',
          });
          return;
        }
        if (isPidWriteToDescriptor(call, ctx.bindings)) {
          ctx.report({ range: ctx.rangeOf(call), message: 'This writes process.pid to a file: let the platform\'s process manager track the process instead of a pid file.' });
          return;
        }
        // require('create-pid-file')(path) has no binding to resolve through.
        const required = requiredModule(skipOuterExpressions(call.expression));
        const resolved = required ? { module: required, path: [] as string[] } : resolveCallee(call.expression, ctx.bindings);
        const entry = resolved?.path[resolved.path.length - 1];
        if (resolved?.module && PID_FILE_MODULES.has(resolved.module) && (resolved.path.length === 0 || /^(create|createSync|write|writeSync)$/.test(entry ?? ''))) {
          ctx.report({
            range: ctx.rangeOf(call),
            message: `${resolved.module} writes a pid file: the platform's process manager should track and signal the process instead. Run in the foreground and drop the pid file.`,
          });
        }
      },
    };
  },
};
