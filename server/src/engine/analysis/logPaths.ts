import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { expressionPath, findVariableInitializer, resolveCallee } from './calls';
import { envReadName } from './env';
import { identifierWords } from './names';
import { skipOuterExpressions, staticString } from './literals';

/** Words after which "log" is not about log files: a changelog or release log is documentation. */
const NOT_LOG_FILE_PREFIXES = new Set(['change', 'changes', 'release', 'releases', 'back']);
/** Words that, next to "log", make a name about a log file's location. */
const LOCATION_WORDS = new Set(['file', 'files', 'path', 'paths', 'dir', 'dirs', 'directory', 'folder', 'filename', 'filepath', 'location', 'dest', 'destination', 'target']);
/** Extensions of files that are not log output even when named after logs (log.ts, logs.md). */
const NON_LOG_EXTENSIONS = /\.(m?[jt]sx?|c[jt]s|md|mdx|html?|css|scss|png|jpe?g|gif|svg|pid)$/i;

function logWordIndex(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if ((word === 'log' || word === 'logs') && !(i > 0 && NOT_LOG_FILE_PREFIXES.has(words[i - 1]!))) return i;
  }
  return -1;
}

/** `logFile`, `LOG_PATH`, `errorLogFilePath`, `logsDir`, `logfile` — a name for a log file's location. */
export function isLogLocationName(name: string): boolean {
  const words = identifierWords(name);
  if (words.some((word) => /^logs?(file|files|path|dir|directory|folder|filename|filepath)$/.test(word))) return true;
  return logWordIndex(words) !== -1 && words.some((word) => LOCATION_WORDS.has(word));
}

/** `logStream`, `accessLogStream`, `logWriter`, `logFile`: a variable holding an open log file. */
export function isLogStreamName(name: string): boolean {
  if (isLogLocationName(name)) return true;
  const words = identifierWords(name);
  return logWordIndex(words) !== -1 && words.some((word) => word === 'stream' || word === 'writer' || word === 'out' || word === 'output');
}

/** `Logger`, `FileLogger`, `writeLog`, `logRequest`, `logging`: a name for code that logs. */
export function isLoggerName(name: string): boolean {
  const words = identifierWords(name);
  if (logWordIndex(words) !== -1) return true;
  return words.some((word) => word === 'logger' || word === 'logging');
}

/** A directory name that holds logs: `logs`, `log`, `.logs`, `app-logs`. */
function isLogFolderSegment(segment: string): boolean {
  return logWordIndex(identifierWords(segment)) !== -1;
}

/**
 * Why a path text is a log file, or undefined: it ends in `.log`, lives under a log folder,
 * or its file name is about logs (`error_log.txt`). Placeholders of templates are marked
 * with `\0` and never match.
 */
export function logPathTextReason(text: string, lastIsFile = true): string | undefined {
  const normalised = text.replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (/\.pid$/i.test(normalised)) return undefined;
  if (lastIsFile && /\.log(\.\d+)?$/i.test(normalised)) return 'ends in .log';
  const segments = normalised.split('/').filter((segment) => segment.length > 0 && segment !== '.' && segment !== '..');
  const folders = lastIsFile ? segments.slice(0, -1) : segments;
  if (folders.some((segment) => isLogFolderSegment(segment.replace(/\0/g, ' ')))) return 'is in a log folder';
  const base = lastIsFile ? segments[segments.length - 1] : undefined;
  if (base && !NON_LOG_EXTENSIONS.test(base) && /\.[a-z0-9]+$/i.test(base) && isLogFolderSegment(base.replace(/\.[^.]*$/, '').replace(/\0/g, ' '))) return 'is a log file';
  return undefined;
}

export function isPathJoin(callee: ts.Expression, bindings: ModuleBindings): boolean {
  const resolved = resolveCallee(callee, bindings);
  if (!resolved) return false;
  const last = resolved.path[resolved.path.length - 1];
  if (last !== 'join' && last !== 'resolve' && last !== 'normalize') return false;
  if (resolved.module === 'path' || resolved.module === 'path/posix' || resolved.module === 'upath') return true;
  // path.join(...) with `path` required in a function, or path.posix.join(...)
  return !resolved.module && (resolved.path[0] === 'path' || resolved.path[0] === 'Path') && resolved.path.length <= 3;
}

/** Whether any name in a value's access chain is about logs: `errorLog`, `LOG`, `config.log.file`, `this.auditLogPath`. */
export function readsLogName(node: ts.Expression): string | undefined {
  const env = envReadName(node);
  const path = env ? [env] : expressionPath(ts.isCallExpression(node) ? node.expression : node);
  if (!path) return undefined;
  const names = path.filter((name) => name !== '()' && name !== 'this');
  return names.some((name) => logWordIndex(identifierWords(name)) !== -1) ? names.join('.') : undefined;
}

/** The dotted name a value is read from, for name heuristics: `config.logFile` → 'logFile'. */
export function nameOf(node: ts.Expression): string | undefined {
  const env = envReadName(node);
  if (env) return env;
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) return staticString(node.argumentExpression);
  if (ts.isCallExpression(node)) {
    const path = expressionPath(node.expression);
    return path?.[path.length - 1];
  }
  return undefined;
}

/**
 * Why the path expression of a file write names a log file, or undefined when it does not
 * (or we cannot tell). Sees through `path.join`/`path.resolve`, templates, string
 * concatenation and `const` variables initialised in this file, and falls back on names
 * (`logFile`, `LOG_DIR`, `process.env.LOG_PATH`).
 */
export function logPathReason(expression: ts.Expression, bindings: ModuleBindings, lastIsFile = true, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const node = skipOuterExpressions(expression);
  const text = staticString(node);
  if (text !== undefined) return logPathTextReason(text, lastIsFile);
  if (ts.isTemplateExpression(node)) {
    const marked = node.head.text + node.templateSpans.map((span) => `\0${span.literal.text}`).join('');
    const fromText = logPathTextReason(marked, lastIsFile);
    if (fromText) return fromText;
    for (const span of node.templateSpans) {
      const name = nameOf(skipOuterExpressions(span.expression));
      if (name && isLogLocationName(name)) return `uses ${name}`;
    }
    return undefined;
  }
  // process.env.LOG_FILE ?? 'app.log', isProd ? '/var/log/app.log' : 'dev.log'
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return logPathReason(node.left, bindings, lastIsFile, depth + 1) ?? logPathReason(node.right, bindings, lastIsFile, depth + 1);
  }
  if (ts.isConditionalExpression(node)) {
    return logPathReason(node.whenTrue, bindings, lastIsFile, depth + 1) ?? logPathReason(node.whenFalse, bindings, lastIsFile, depth + 1);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    // LOG_DIR + '/app.txt', __dirname + '/logs/out.txt'
    const pieces: string[] = [];
    let current: ts.Expression = node;
    const parts: ts.Expression[] = [];
    while (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      parts.unshift(current.right);
      current = skipOuterExpressions(current.left);
    }
    parts.unshift(current);
    for (const part of parts) pieces.push(staticString(skipOuterExpressions(part)) ?? '\0');
    const fromText = logPathTextReason(pieces.join(''), lastIsFile);
    if (fromText) return fromText;
    for (const part of parts) {
      const name = nameOf(skipOuterExpressions(part));
      if (name && isLogLocationName(name)) return `uses ${name}`;
    }
    return undefined;
  }
  if (ts.isCallExpression(node) && isPathJoin(node.expression, bindings)) {
    const args = node.arguments;
    for (let i = 0; i < args.length; i++) {
      const arg = skipOuterExpressions(args[i]!);
      const isLast = i === args.length - 1;
      const piece = staticString(arg);
      if (piece !== undefined) {
        const reason = logPathTextReason(piece, isLast && lastIsFile);
        if (reason) return reason;
        continue;
      }
      const name = nameOf(arg);
      if (name && isLogLocationName(name)) return `uses ${name}`;
      // A folder argument only has to be about logs: path.join(LOGS, 'api.txt').
      if (name && !isLast && logWordIndex(identifierWords(name)) !== -1) return `uses ${name}`;
      if (ts.isIdentifier(arg)) {
        const initializer = findVariableInitializer(arg);
        const inner = initializer ? logPathReason(initializer, bindings, isLast && lastIsFile, depth + 1) : undefined;
        if (inner) return inner;
      }
    }
    return undefined;
  }
  const name = nameOf(node);
  if (name && isLogLocationName(name)) return `uses ${name}`;
  if (ts.isIdentifier(node)) {
    const initializer = findVariableInitializer(node);
    const fromInitializer = initializer ? logPathReason(initializer, bindings, lastIsFile, depth + 1) : undefined;
    if (fromInitializer) return fromInitializer;
  }
  // A value used as the path of a write and named after a log (`errorLog`, `LOG`,
  // `config.log.file`) can only be the log's path.
  const logName = ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node) ? readsLogName(node) : undefined;
  return logName ? `uses ${logName}` : undefined;
}
