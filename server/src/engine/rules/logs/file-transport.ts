import ts = require('typescript');
import type { Fix, ModuleBindings, Rule, ScriptContext, TextEdit } from '../../types';
import { calleeName, expressionPath, findVariableInitializer, resolveCallee } from '../../analysis/calls';
import { isEnvRead } from '../../analysis/env';
import { fileWriteStream } from '../../analysis/fsWrites';
import { isPathJoin, nameOf } from '../../analysis/logPaths';
import { findProperty, propertyNameText, propertyValue, skipOuterExpressions, staticString } from '../../analysis/literals';
import { identifierWords } from '../../analysis/names';
import { quoteOf, rewriteObjectLiteral } from '../../analysis/objectLiterals';

const ADVICE = 'A twelve-factor app writes its log stream, unbuffered, to stdout and leaves storage and rotation to the environment.';

/** Options of winston's File transport that also mean something to the Console transport (v3 and v2). */
const WINSTON_CONSOLE_OPTIONS = new Set(['level', 'format', 'handleExceptions', 'handleRejections', 'silent', 'eol', 'json', 'colorize', 'timestamp', 'prettyPrint', 'label', 'stringify']);
/** log4js appender types that write files. */
const LOG4JS_FILE_TYPES = new Set(['file', 'dateFile', 'fileSync', 'multiFile']);
/** Options only the log4js file appenders read; the stdout appender has no use for them. */
const LOG4JS_FILE_OPTIONS = new Set(['filename', 'maxLogSize', 'backups', 'compress', 'keepFileExt', 'fileNameSep', 'pattern', 'alwaysIncludePattern', 'daysToKeep', 'numBackups', 'mode', 'flags', 'encoding', 'base', 'property', 'extension', 'timeout']);
/** bunyan stream types backed by a file. */
const BUNYAN_FILE_TYPES = new Set(['file', 'rotating-file']);
/** pino transport targets that always write files. */
const PINO_ROTATING_TARGETS = new Set(['pino-roll', 'pino-rotating-file', 'pino-rotating-file-stream', '@vrbo/pino-rotating-file']);
/** Libraries whose stream factories exist to rotate log files: (module, path inside it). */
const ROTATING_STREAM_FACTORIES: ReadonlyArray<{ module: string; path: readonly string[]; unboundRoot?: string }> = [
  { module: 'rotating-file-stream', path: ['createStream'], unboundRoot: 'rfs' },
  { module: 'rotating-file-stream', path: [] },
  { module: 'file-stream-rotator', path: ['getStream'], unboundRoot: 'FileStreamRotator' },
  { module: 'logrotate-stream', path: [] },
  { module: 'bunyan-rotating-file-stream', path: [] },
  { module: 'stream-file-archive', path: [] },
];

type Sink = 'stdout' | 'file' | 'unknown';

function samePath(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && actual.every((part, index) => part === expected[index]);
}

/**
 * Whether a callee is `<module>` + `path` (`pino.destination` for ('pino', ['destination'])),
 * through imports and requires, tolerating `x.default.…` and a named import of the
 * module's own name (`import { pino } from 'pino'`). `unboundRoot` accepts the usual local
 * name when the import is not visible (required inside a function).
 */
function isModuleMember(callee: ts.Expression, bindings: ModuleBindings, module: string, path: readonly string[], unboundRoot?: string): boolean {
  const resolved = resolveCallee(callee, bindings);
  if (!resolved) return false;
  if (resolved.module === module) {
    let inner = resolved.path;
    if (inner[0] === 'default' || (inner[0] === module && inner.length > path.length)) inner = inner.slice(1);
    return samePath(inner, path);
  }
  return !resolved.module && unboundRoot !== undefined && resolved.path[0] === unboundRoot && samePath(resolved.path.slice(1), path);
}

/** Where a pino destination / file option sends the log: stdout (fd 1/2, /dev/stdout), a file, or unknown. */
function sinkOf(expression: ts.Expression, bindings: ModuleBindings, depth = 0): Sink {
  const node = skipOuterExpressions(expression);
  if (ts.isNumericLiteral(node)) return 'stdout';
  const text = staticString(node);
  if (text !== undefined) {
    if (text === '' || /^[12]$/.test(text)) return text === '' ? 'unknown' : 'stdout';
    return /^\/dev\/(stdout|stderr|fd\/[12])$/.test(text) ? 'stdout' : 'file';
  }
  if (ts.isTemplateExpression(node)) return 'file';
  if (ts.isCallExpression(node) && isPathJoin(node.expression, bindings)) return 'file';
  const path = expressionPath(node);
  if (path && /^process\.(stdout|stderr)(\.fd)?$/.test(path.join('.'))) return 'stdout';
  // The environment decides where the log goes: that is configuration, not a finding.
  if (isEnvRead(node)) return 'unknown';
  if (ts.isConditionalExpression(node) || (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken))) {
    const [a, b] = ts.isConditionalExpression(node) ? [node.whenTrue, node.whenFalse] : [node.left, node.right];
    const sinks = [sinkOf(a, bindings, depth + 1), sinkOf(b, bindings, depth + 1)];
    if (sinks.includes('file')) return 'file';
    return sinks.every((sink) => sink === 'stdout') ? 'stdout' : 'unknown';
  }
  if (ts.isIdentifier(node) && depth < 4) {
    const initializer = findVariableInitializer(node);
    if (initializer) return sinkOf(initializer, bindings, depth + 1);
  }
  const name = nameOf(node);
  if (name) {
    const words = identifierWords(name);
    if (words.some((word) => word === 'fd' || word === 'stdout' || word === 'stderr')) return 'stdout';
    if (words.some((word) => /^(file|filename|filepath|path|dir|logfile|logpath)$/.test(word))) return 'file';
  }
  return 'unknown';
}

function replaceFix(ctx: ScriptContext, title: string, edits: TextEdit[], safe: boolean): Fix[] {
  return [{ title, isPreferred: true, safe, changes: [{ path: ctx.file.path, edits }] }];
}

function edit(ctx: ScriptContext, node: ts.Node, newText: string): TextEdit {
  return { range: ctx.rangeOf(node), newText };
}

/**
 * Replaces the value of a property found with `propertyValue`. A shorthand property
 * (`{ destination }`) has no separate value node: the whole property is rewritten.
 */
function editPropertyValue(ctx: ScriptContext, value: ts.Expression, newValue: string): TextEdit {
  const parent = value.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === value) return edit(ctx, parent, `${parent.name.text}: ${newValue}`);
  return edit(ctx, value, newValue);
}

// ---------------------------------------------------------------------------------------
// winston

/** How this file reaches winston's transports namespace (`winston.transports.`), for fixes that must name Console. */
function winstonTransportsAccess(bindings: ModuleBindings): string | undefined {
  for (const [local, binding] of bindings) {
    if (binding.module !== 'winston') continue;
    if (binding.imported === '*' || binding.imported === 'default') return `${local}.transports.`;
    if (binding.imported === 'transports') return `${local}.`;
  }
  return undefined;
}

function winstonConsoleArguments(node: ts.NewExpression): string {
  const first = node.arguments?.[0] && skipOuterExpressions(node.arguments[0]);
  if (!first || !ts.isObjectLiteralExpression(first)) return '()';
  const drop = new Set<string>();
  for (const property of first.properties) {
    const name = ts.isSpreadAssignment(property) ? undefined : propertyNameText(property.name);
    if (name !== undefined && !WINSTON_CONSOLE_OPTIONS.has(name)) drop.add(name);
  }
  const rewritten = rewriteObjectLiteral(first, { drop });
  return rewritten === '{}' ? '()' : `(${rewritten})`;
}

function checkWinstonTransport(ctx: ScriptContext, node: ts.NewExpression): void {
  const resolved = resolveCallee(node.expression, ctx.bindings);
  if (!resolved) return;
  const { module, path } = resolved;
  const last = path[path.length - 1];
  let kind: 'File' | 'DailyRotateFile' | undefined;
  if ((module === 'winston' || !module) && path.length >= 2 && path[path.length - 2] === 'transports' && (last === 'File' || last === 'DailyRotateFile')) kind = last;
  else if (module === 'winston-daily-rotate-file' && (path.length === 0 || samePath(path, ['default']))) kind = 'DailyRotateFile';
  else if (!module && samePath(path, ['DailyRotateFile'])) kind = 'DailyRotateFile';
  if (!kind) return;

  const options = node.arguments?.[0] && skipOuterExpressions(node.arguments[0]);
  const filename = options && ts.isObjectLiteralExpression(options) ? staticString(propertyValue(options, 'filename')) : undefined;
  if (filename !== undefined && /^\/dev\/(stdout|stderr)$/.test(filename)) return;

  // Keep the access path the code used: winston.transports.File → winston.transports.Console.
  const callee = node.expression;
  const inner = skipOuterExpressions(callee);
  let newCallee: string | undefined;
  if (ts.isPropertyAccessExpression(inner)) {
    const start = callee.getStart(ctx.sourceFile);
    const text = ctx.text.slice(start, callee.getEnd());
    newCallee = text.slice(0, inner.name.getStart(ctx.sourceFile) - start) + 'Console' + text.slice(inner.name.getEnd() - start);
  } else {
    const access = winstonTransportsAccess(ctx.bindings);
    if (access) newCallee = `${access}Console`;
  }
  const what = kind === 'File' ? 'winston writes logs to a file (transports.File)' : 'winston writes logs to rotating files (winston-daily-rotate-file)';
  ctx.report({
    range: ctx.rangeOf(node),
    message: `${what}. ${ADVICE} Use the Console transport.`,
    fixes: newCallee ? replaceFix(ctx, 'Log to stdout with winston.transports.Console', [edit(ctx, node, `new ${newCallee}${winstonConsoleArguments(node)}`)], true) : [],
  });
}

/** winston 2: `winston.add(winston.transports.File, { filename })`. */
function checkLegacyWinstonAdd(ctx: ScriptContext, node: ts.CallExpression): void {
  if (calleeName(node) !== 'add' || !node.arguments[0]) return;
  const path = expressionPath(node.arguments[0]);
  if (!path || path.length < 2 || path[path.length - 2] !== 'transports') return;
  const last = path[path.length - 1];
  if (last !== 'File' && last !== 'DailyRotateFile') return;
  ctx.report({ range: ctx.rangeOf(node), message: `winston adds a file transport (transports.${last}). ${ADVICE} Add transports.Console instead.` });
}

// ---------------------------------------------------------------------------------------
// pino

function isPinoMember(callee: ts.Expression, bindings: ModuleBindings, member: string): boolean {
  return isModuleMember(callee, bindings, 'pino', [member], 'pino');
}

/** `pino.destination('./app.log')`, `pino.destination({ dest: './app.log' })`, `new SonicBoom({ dest })`. */
function checkPinoDestination(ctx: ScriptContext, node: ts.CallExpression | ts.NewExpression): void {
  const isDestination = ts.isCallExpression(node) ? isPinoMember(node.expression, ctx.bindings, 'destination') || isPinoMember(node.expression, ctx.bindings, 'extreme') : isModuleMember(node.expression, ctx.bindings, 'sonic-boom', []) || isModuleMember(node.expression, ctx.bindings, 'sonic-boom', ['SonicBoom']);
  if (!isDestination) return;
  const first = node.arguments?.[0];
  if (!first) return;
  const value = skipOuterExpressions(first);
  let target: ts.Expression | undefined = value;
  if (ts.isObjectLiteralExpression(value)) target = propertyValue(value, 'dest');
  if (!target || sinkOf(target, ctx.bindings) !== 'file') return;
  ctx.report({
    range: ctx.rangeOf(node),
    message: `pino writes logs to a file (${ts.isCallExpression(node) ? 'pino.destination' : 'SonicBoom'} with a path). ${ADVICE} Use pino.destination(1).`,
    fixes: replaceFix(ctx, 'Log to stdout (file descriptor 1)', [editPropertyValue(ctx, target, '1')], true),
  });
}

/** `pino(opts, fs.createWriteStream('./app.log'))`, `pinoHttp(opts, stream)`. */
function checkPinoStreamArgument(ctx: ScriptContext, node: ts.CallExpression): void {
  const isPino = isModuleMember(node.expression, ctx.bindings, 'pino', [], 'pino') || isModuleMember(node.expression, ctx.bindings, 'pino-http', []) || isModuleMember(node.expression, ctx.bindings, 'pino-http', ['pinoHttp']);
  if (!isPino) return;
  for (const argument of node.arguments) {
    if (!fileWriteStream(argument, ctx.bindings)) continue;
    ctx.report({
      range: ctx.rangeOf(argument),
      message: `pino writes logs to a file stream. ${ADVICE} Pass process.stdout (or nothing: pino logs to stdout by default).`,
      fixes: replaceFix(ctx, 'Log to process.stdout', [edit(ctx, argument, 'process.stdout')], true),
    });
  }
}

/**
 * A pino transport target: `{ target: 'pino/file', options: { destination: './app.log' } }`
 * (alone, in `targets: [...]`, or under pino's `transport` option), pino-pretty with a file
 * destination, and pino-roll. Reported on the `target` property.
 */
function checkPinoTarget(ctx: ScriptContext, object: ts.ObjectLiteralExpression): void {
  const targetProperty = findProperty(object, 'target');
  if (!targetProperty || !ts.isPropertyAssignment(targetProperty)) return;
  const target = staticString(skipOuterExpressions(targetProperty.initializer));
  if (target === undefined) return;
  const optionsValue = propertyValue(object, 'options');
  const options = optionsValue && skipOuterExpressions(optionsValue);
  if (PINO_ROTATING_TARGETS.has(target)) {
    const quote = quoteOf(targetProperty.initializer);
    const edits = [edit(ctx, targetProperty.initializer, `${quote}pino/file${quote}`)];
    if (optionsValue) edits.push(editPropertyValue(ctx, optionsValue, '{ destination: 1 }'));
    ctx.report({
      range: ctx.rangeOf(targetProperty),
      message: `pino writes logs to rotating files (${target}). ${ADVICE} Use the pino/file target with destination 1.`,
      fixes: replaceFix(ctx, 'Log to stdout with pino/file, destination 1', edits, true),
    });
    return;
  }
  if (target !== 'pino/file' && target !== 'pino-pretty') return;
  // Without a destination, pino/file and pino-pretty write to stdout.
  if (!options || !ts.isObjectLiteralExpression(options)) return;
  const destination = propertyValue(options, 'destination');
  if (!destination || sinkOf(destination, ctx.bindings) !== 'file') return;
  ctx.report({
    range: ctx.rangeOf(targetProperty),
    message: `pino writes logs to a file (${target} with a destination path). ${ADVICE} Set the destination to 1 (stdout).`,
    fixes: replaceFix(ctx, 'Log to stdout (destination 1)', [editPropertyValue(ctx, destination, '1')], true),
  });
}

// ---------------------------------------------------------------------------------------
// log4js

function propertyNameOfParent(node: ts.Node): string | undefined {
  return ts.isPropertyAssignment(node.parent) ? propertyNameText(node.parent.name) : undefined;
}

/** Whether an object literal is one appender of a log4js `appenders` map (or v1 array). */
function isLog4jsAppender(object: ts.ObjectLiteralExpression, ctx: ScriptContext): boolean {
  const parent = object.parent;
  if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent) && propertyNameOfParent(parent.parent) === 'appenders') return true;
  if (ts.isArrayLiteralExpression(parent) && propertyNameOfParent(parent) === 'appenders') return true;
  // An appender built apart (`const fileAppender = { type: 'file', filename }`) in a file that uses log4js.
  return ctx.text.includes('log4js') && (findProperty(object, 'filename') !== undefined || findProperty(object, 'base') !== undefined);
}

function checkLog4jsAppender(ctx: ScriptContext, object: ts.ObjectLiteralExpression): void {
  const typeProperty = findProperty(object, 'type');
  if (!typeProperty || !ts.isPropertyAssignment(typeProperty)) return;
  const type = staticString(skipOuterExpressions(typeProperty.initializer));
  if (type === undefined || !LOG4JS_FILE_TYPES.has(type) || !isLog4jsAppender(object, ctx)) return;
  const quote = quoteOf(typeProperty.initializer);
  // The stdout appender ignores file options; dropping them keeps the config honest.
  const rewritten = rewriteObjectLiteral(object, { drop: LOG4JS_FILE_OPTIONS, replace: new Map([['type', `${typeProperty.name.getText(ctx.sourceFile)}: ${quote}stdout${quote}`]]) });
  ctx.report({
    range: ctx.rangeOf(typeProperty),
    message: `log4js writes logs to a file (a '${type}' appender). ${ADVICE} Use the 'stdout' appender.`,
    fixes: replaceFix(ctx, "Use log4js's stdout appender", [edit(ctx, object, rewritten)], true),
  });
}

// ---------------------------------------------------------------------------------------
// bunyan

/** `streams: [{ path: '/var/log/app.log' }]`, `{ type: 'rotating-file', path }`, `log.addStream({ path })`. Reported on `path`. */
function checkBunyanFileStream(ctx: ScriptContext, object: ts.ObjectLiteralExpression): void {
  const pathProperty = findProperty(object, 'path');
  if (!pathProperty || !(ts.isPropertyAssignment(pathProperty) || ts.isShorthandPropertyAssignment(pathProperty))) return;
  const parent = object.parent;
  const inStreams = ts.isArrayLiteralExpression(parent) && propertyNameOfParent(parent) === 'streams';
  const added = ts.isCallExpression(parent) && calleeName(parent) === 'addStream';
  if (!inStreams && !added) return;
  const type = staticString(propertyValue(object, 'type'));
  const loggerOptions = inStreams && ts.isPropertyAssignment(parent.parent) ? parent.parent.parent : undefined;
  const looksLikeBunyan = ctx.text.includes('bunyan') || (type !== undefined && BUNYAN_FILE_TYPES.has(type)) || (loggerOptions !== undefined && ts.isObjectLiteralExpression(loggerOptions) && findProperty(loggerOptions, 'name') !== undefined);
  if (!looksLikeBunyan) return;
  const drop = new Set(['period', 'count', 'threshold']);
  if (type !== undefined && BUNYAN_FILE_TYPES.has(type)) drop.add('type');
  const rewritten = rewriteObjectLiteral(object, { drop, replace: new Map([['path', 'stream: process.stdout']]) });
  ctx.report({
    range: ctx.rangeOf(pathProperty),
    message: `bunyan writes logs to a file (a stream with a path). ${ADVICE} Use { stream: process.stdout }.`,
    fixes: replaceFix(ctx, 'Log to process.stdout', [edit(ctx, object, rewritten)], true),
  });
}

// ---------------------------------------------------------------------------------------
// Streams handed to loggers: morgan, winston's Stream transport, bunyan/pino stream lists

function isMorganCall(node: ts.Node, bindings: ModuleBindings): boolean {
  return ts.isCallExpression(node) && (isModuleMember(node.expression, bindings, 'morgan', [], 'morgan') || (ts.isIdentifier(node.expression) && node.expression.text === 'morgan'));
}

/** Where a `{ stream }` option object is given to a logger that writes whatever stream it gets. */
function isLoggerStreamOptions(object: ts.ObjectLiteralExpression, bindings: ModuleBindings): string | undefined {
  const parent = object.parent;
  if (isMorganCall(parent, bindings)) return 'morgan';
  if (ts.isNewExpression(parent)) {
    const path = expressionPath(parent.expression);
    if (path && path.length >= 2 && path[path.length - 2] === 'transports' && path[path.length - 1] === 'Stream') return 'winston';
  }
  if (ts.isArrayLiteralExpression(parent)) {
    if (propertyNameOfParent(parent) === 'streams') return 'the logger';
    if (ts.isCallExpression(parent.parent) && calleeName(parent.parent) === 'multistream') return 'pino';
  }
  if (ts.isCallExpression(parent) && calleeName(parent) === 'addStream') return 'bunyan';
  return undefined;
}

function checkStreamOption(ctx: ScriptContext, object: ts.ObjectLiteralExpression): void {
  const streamProperty = findProperty(object, 'stream');
  if (!streamProperty) return;
  const value = ts.isPropertyAssignment(streamProperty) ? streamProperty.initializer : ts.isShorthandPropertyAssignment(streamProperty) ? streamProperty.name : undefined;
  if (!value || !fileWriteStream(value, ctx.bindings)) return;
  const logger = isLoggerStreamOptions(object, ctx.bindings);
  if (!logger) return;
  const newProperty = `${ts.isPropertyAssignment(streamProperty) ? streamProperty.name.getText(ctx.sourceFile) : 'stream'}: process.stdout`;
  ctx.report({
    range: ctx.rangeOf(streamProperty),
    message: `${logger === 'morgan' ? 'morgan writes the access log' : `${logger === 'the logger' ? 'The logger writes' : `${logger} writes`} logs`} to a file stream (fs.createWriteStream). ${ADVICE} Use process.stdout.`,
    fixes: replaceFix(ctx, 'Log to process.stdout', [edit(ctx, streamProperty, newProperty)], true),
  });
}

/** rotating-file-stream, file-stream-rotator…: a stream whose only purpose is log files. */
function checkRotatingStream(ctx: ScriptContext, node: ts.CallExpression | ts.NewExpression): void {
  const factory = ROTATING_STREAM_FACTORIES.find((candidate) => isModuleMember(node.expression, ctx.bindings, candidate.module, candidate.path, candidate.unboundRoot));
  if (!factory) return;
  ctx.report({
    range: ctx.rangeOf(node),
    message: `This opens rotating log files (${factory.module}). ${ADVICE} Log to process.stdout.`,
    // A rotating stream has its own events and options: the user should look at what used it.
    fixes: replaceFix(ctx, 'Use process.stdout instead of a rotating log file', [edit(ctx, node, 'process.stdout')], false),
  });
}

/** `new Console(fs.createWriteStream('./out.log'))` / `new console.Console({ stdout: fileStream })`. */
function checkConsoleToFile(ctx: ScriptContext, node: ts.NewExpression): void {
  const isConsole = isModuleMember(node.expression, ctx.bindings, 'console', ['Console'], 'console');
  if (!isConsole || !node.arguments?.[0]) return;
  const first = skipOuterExpressions(node.arguments[0]);
  const stream = ts.isObjectLiteralExpression(first) ? propertyValue(first, 'stdout') : first;
  if (!stream || !fileWriteStream(stream, ctx.bindings)) return;
  ctx.report({ range: ctx.rangeOf(node), message: `This console writes to a file stream. ${ADVICE} Use the global console (stdout).` });
}

// ---------------------------------------------------------------------------------------
// Fastify, simple-node-logger, tracer

function isFastifyFactory(node: ts.Node, bindings: ModuleBindings): boolean {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return false;
  if (isModuleMember(node.expression, bindings, 'fastify', [], 'fastify') || isModuleMember(node.expression, bindings, 'fastify', ['fastify'])) return true;
  const name = calleeName(node);
  return name === 'Fastify' || name === 'FastifyAdapter';
}

/** `fastify({ logger: { file: '/var/log/app.log' } })`: Fastify hands the path to pino.destination. */
function checkFastifyLoggerFile(ctx: ScriptContext, object: ts.ObjectLiteralExpression): void {
  const fileProperty = findProperty(object, 'file');
  if (!fileProperty || !ts.isPropertyAssignment(fileProperty) || propertyNameOfParent(object) !== 'logger') return;
  const factoryOptions = object.parent.parent;
  if (!ts.isObjectLiteralExpression(factoryOptions) || !isFastifyFactory(factoryOptions.parent, ctx.bindings)) return;
  if (sinkOf(fileProperty.initializer, ctx.bindings) !== 'file') return;
  const rewritten = object.properties.length === 1 ? 'true' : rewriteObjectLiteral(object, { drop: new Set(['file']) });
  ctx.report({
    range: ctx.rangeOf(fileProperty),
    message: `Fastify's logger writes to a file (logger.file). ${ADVICE} Remove the file option: Fastify logs to stdout by default.`,
    fixes: replaceFix(ctx, 'Log to stdout (remove logger.file)', [edit(ctx, object, rewritten)], true),
  });
}

function renameCallFix(ctx: ScriptContext, call: ts.CallExpression, newName: string, keepArguments: boolean): TextEdit | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const start = call.getStart(ctx.sourceFile);
  const head = ctx.text.slice(start, callee.name.getStart(ctx.sourceFile));
  const args = keepArguments ? ctx.text.slice(callee.getEnd(), call.getEnd()) : '()';
  return edit(ctx, call, `${head}${newName}${args}`);
}

function checkOtherFileLoggers(ctx: ScriptContext, node: ts.CallExpression): void {
  for (const api of ['createSimpleFileLogger', 'createRollingFileLogger']) {
    if (!isModuleMember(node.expression, ctx.bindings, 'simple-node-logger', [api])) continue;
    const fix = renameCallFix(ctx, node, 'createSimpleLogger', false);
    ctx.report({ range: ctx.rangeOf(node), message: `simple-node-logger writes logs to a file (${api}). ${ADVICE} Use createSimpleLogger() without a file.`, fixes: fix ? replaceFix(ctx, 'Log to the console', [fix], true) : [] });
    return;
  }
  if (isModuleMember(node.expression, ctx.bindings, 'tracer', ['dailyfile'], 'tracer')) {
    const fix = renameCallFix(ctx, node, 'console', true);
    ctx.report({ range: ctx.rangeOf(node), message: `tracer writes logs to daily files (tracer.dailyfile). ${ADVICE} Use tracer.console().`, fixes: fix ? replaceFix(ctx, 'Log to the console', [fix], false) : [] });
  }
}

export const fileTransport: Rule = {
  meta: {
    id: 'logs/file-transport',
    factor: 11,
    title: 'Send logger output to stdout, not to files',
    description:
      'A logger configured with a file transport (winston File/DailyRotateFile, pino file destinations, bunyan file streams, log4js file appenders, morgan with a file stream) makes the app own log storage and rotation; a twelve-factor app writes its event stream to stdout and lets the environment route it.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scriptKeywords: ['transports', 'DailyRotateFile', 'pino', 'appenders', 'log4js', 'stream', 'Stream', 'morgan', 'fastify', 'Fastify', 'simple-node-logger', 'tracer', 'Console', 'sonic-boom'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    return {
      [ts.SyntaxKind.NewExpression]: (node) => {
        const expression = node as ts.NewExpression;
        checkWinstonTransport(ctx, expression);
        checkPinoDestination(ctx, expression);
        checkRotatingStream(ctx, expression);
        checkConsoleToFile(ctx, expression);
      },
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        checkPinoDestination(ctx, call);
        checkPinoStreamArgument(ctx, call);
        checkRotatingStream(ctx, call);
        checkLegacyWinstonAdd(ctx, call);
        checkOtherFileLoggers(ctx, call);
      },
      [ts.SyntaxKind.ObjectLiteralExpression]: (node) => {
        const object = node as ts.ObjectLiteralExpression;
        checkPinoTarget(ctx, object);
        checkLog4jsAppender(ctx, object);
        checkBunyanFileStream(ctx, object);
        checkStreamOption(ctx, object);
        checkFastifyLoggerFile(ctx, object);
      },
    };
  },
};
