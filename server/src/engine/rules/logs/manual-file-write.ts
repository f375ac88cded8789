import ts = require('typescript');
import type { Fix, Rule, ScriptContext } from '../../types';
import { fsWriteCall, type FsWriteCall } from '../../analysis/fsWrites';
import { isLoggerName, isLogStreamName, logPathReason, readsLogName } from '../../analysis/logPaths';
import { propertyNameText, skipOuterExpressions, staticString } from '../../analysis/literals';

/** `const logStream = fs.createWriteStream(p)` / `this.logFile = …` / `{ logStream: … }`: the name the result is stored under. */
function assignedName(call: ts.CallExpression): string | undefined {
  let node: ts.Node = call;
  while (node.parent && (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isNonNullExpression(node.parent) || ts.isAwaitExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return propertyNameText(parent.name);
  if (ts.isPropertyDeclaration(parent) && parent.initializer === node) return propertyNameText(parent.name);
  if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const target = skipOuterExpressions(parent.left);
    if (ts.isIdentifier(target)) return target.text;
    if (ts.isPropertyAccessExpression(target)) return target.name.text;
  }
  return undefined;
}

/**
 * The logger an append or stream lives in: `class FileLogger`, `function writeLog()`,
 * `const logger = { info: (m) => fs.appendFileSync(file, m) }`. Appending from inside a
 * logger is a hand-rolled log file whatever the path variable is called.
 */
function enclosingLoggerName(call: ts.CallExpression): string | undefined {
  let current: ts.Node | undefined = call.parent;
  while (current && !ts.isSourceFile(current)) {
    let name: string | undefined;
    if ((ts.isFunctionDeclaration(current) || ts.isClassDeclaration(current) || ts.isClassExpression(current) || ts.isFunctionExpression(current)) && current.name) name = current.name.text;
    else if (ts.isMethodDeclaration(current) || ts.isPropertyAssignment(current) || ts.isPropertyDeclaration(current)) name = propertyNameText(current.name);
    else if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) name = current.name.text;
    if (name && isLoggerName(name)) return name;
    current = current.parent;
  }
  return undefined;
}

/** Writing a pid file is concurrency/pid-file's finding, not a log write. */
function isPidWrite(write: FsWriteCall): boolean {
  const data = write.data && skipOuterExpressions(write.data);
  if (data && /\bprocess\.pid\b/.test(data.getText())) return true;
  const path = write.path && staticString(skipOuterExpressions(write.path));
  return path !== undefined && /\.pid$/i.test(path);
}

/**
 * The stdout equivalent of the write. Appends become `process.stdout.write(data)`, keeping
 * the completion contract of the original: a callback is handed to `write`, and a
 * promise-returning form used as a value is wrapped in `Promise.resolve` so `.then()`
 * chains and `return` still get a promise.
 */
function stdoutFix(ctx: ScriptContext, write: FsWriteCall): Fix[] {
  let replacement: string;
  if (write.kind === 'stream') {
    replacement = 'process.stdout';
  } else {
    if (!write.data) return [];
    const data = write.data.getText(ctx.sourceFile);
    if (write.style === 'callback' && write.callback) {
      replacement = `process.stdout.write(${data}, ${write.callback.getText(ctx.sourceFile)})`;
    } else {
      replacement = `process.stdout.write(${data})`;
      if (write.style === 'promise') {
        let outer: ts.Node = write.call;
        while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
        const usedAsStatement = ts.isAwaitExpression(outer.parent) || ts.isExpressionStatement(outer.parent) || ts.isVoidExpression(outer.parent);
        if (!usedAsStatement) replacement = `Promise.resolve(${replacement})`;
      }
    }
  }
  return [
    {
      title: write.kind === 'stream' ? 'Write to process.stdout instead of a log file' : 'Write the line to stdout (process.stdout.write) instead of a log file',
      isPreferred: true,
      // Appending to a log and writing to stdout are the same operation for the reader of the
      // log stream. Overwriting a file or holding a file stream may carry other meaning
      // (a status file, `.end()`/`.on('finish')` on the stream): let the user look first.
      safe: write.kind === 'append',
      changes: [{ path: ctx.file.path, edits: [{ range: ctx.rangeOf(write.call), newText: replacement }] }],
    },
  ];
}

export const manualFileWrite: Rule = {
  meta: {
    id: 'logs/manual-file-write',
    factor: 11,
    title: 'Write logs to stdout, not to log files',
    description:
      'Appending lines to a .log file (or any file under a logs folder) makes the app manage log files itself; a twelve-factor app writes its event stream, unbuffered, to stdout and lets the environment collect and route it.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['appendFile', 'writeFile', 'createWriteStream', 'outputFile'],
  script(ctx) {
    // Tests writing scratch log files are not the app's logging.
    if (ctx.file.isTest) return {};
    return {
      [ts.SyntaxKind.CallExpression]: (node) => {
        const write = fsWriteCall(node, ctx.bindings);
        if (!write?.path || isPidWrite(write)) return;
        const pathText = staticString(skipOuterExpressions(write.path));
        const pathReason = logPathReason(write.path, ctx.bindings);
        let why = pathReason ? `${pathText !== undefined ? `'${pathText}'` : 'the path'} ${pathReason}` : undefined;
        if (!why && write.kind === 'stream') {
          const name = assignedName(write.call);
          if (name && isLogStreamName(name)) why = `the stream is kept as ${name}`;
        }
        // fs.appendFile('./out.txt', logEntry): the data is a log line.
        const data = write.data && skipOuterExpressions(write.data);
        const dataName = data && (ts.isIdentifier(data) || ts.isPropertyAccessExpression(data)) ? readsLogName(data) : undefined;
        if (!why && dataName) why = `the data written is ${dataName}`;
        if (!why && write.kind !== 'write') {
          const logger = enclosingLoggerName(write.call);
          if (logger) why = `it is written from ${logger}`;
        }
        if (!why) return;
        ctx.report({
          range: ctx.rangeOf(write.call),
          message: `${write.api} writes log output to a file (${why}). Write log lines to stdout (process.stdout.write or console.log) and let the environment route the stream.`,
          fixes: stdoutFix(ctx, write),
        });
      },
    };
  },
};
