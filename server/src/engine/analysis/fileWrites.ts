// Calls that write files through `fs`, `fs/promises`, `fs-extra` (and `graceful-fs`), and
// classifications of the paths they write to: temporary, log, pid file. Rules about local
// disk state (processes/local-filesystem-storage, concurrency/pid-file) build on these.
import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { expressionPath, findVariableInitializer, resolveCallee } from './calls';
import { skipOuterExpressions, staticString } from './literals';
import { logPathReason } from './logPaths';

const FS_MODULES = new Set(['fs', 'fs/promises', 'fs-extra', 'graceful-fs', 'fs-extra/esm', 'mz/fs', 'original-fs']);
/** Local names that are the fs module even when the import is not a top-level binding we can see. */
const UNBOUND_FS_ROOTS = new Set(['fs', 'fse', 'fsExtra', 'fsPromises', 'fsp']);
/** Functions whose first argument is the file written. */
const WRITE_TO_FIRST = new Set([
  'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream',
  'outputFile', 'outputFileSync', 'outputJson', 'outputJsonSync', 'outputJSON', 'outputJSONSync',
  'writeJson', 'writeJsonSync', 'writeJSON', 'writeJSONSync',
]);
/** Functions whose second argument is the destination (source first). */
const WRITE_TO_SECOND = new Set(['rename', 'renameSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'move', 'moveSync', 'copy', 'copySync']);

export interface FileWrite {
  call: ts.CallExpression;
  /** The fs function, e.g. 'writeFileSync', 'rename', 'outputJson'. */
  api: string;
  /** Where the data goes (the written file, or the destination of a move/copy). */
  destination: ts.Expression | undefined;
  /** The data written, for writeFile/appendFile/output*; undefined for streams and moves. */
  data: ts.Expression | undefined;
}

/**
 * Recognises `fs.writeFile*`, `fs.appendFile*`, `fs.createWriteStream`, `fs.rename*`,
 * `fs.copyFile*`, `fs.cp*` (also as `fs.promises.*`, `fs/promises`, `fs-extra` incl.
 * `outputFile`/`outputJson`/`writeJson`/`move`/`copy`), resolved through the file's module bindings.
 */
export function fileWriteCall(node: ts.Node, bindings: ModuleBindings): FileWrite | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const resolved = resolveCallee(node.expression, bindings);
  if (!resolved) return undefined;
  // `fs` required inside a function is not a top-level binding: trust the usual names.
  const unbound = !resolved.module && resolved.path.length >= 2 && UNBOUND_FS_ROOTS.has(resolved.path[0]!);
  if (!unbound && (!resolved.module || !FS_MODULES.has(resolved.module))) return undefined;
  const inner = unbound ? resolved.path.slice(1) : resolved.path;
  const path = inner[0] === 'promises' ? inner.slice(1) : inner;
  if (path.length !== 1) return undefined;
  const api = path[0]!;
  const [first, second] = node.arguments;
  if (WRITE_TO_FIRST.has(api)) return { call: node, api, destination: first, data: api === 'createWriteStream' ? undefined : second };
  if (WRITE_TO_SECOND.has(api)) return { call: node, api, destination: second, data: undefined };
  return undefined;
}

/** npm packages that create temporary files and directories (`tmp.fileSync()`, `await tmpPromise.dir()`). */
const TEMP_PACKAGES = new Set(['tmp', 'tmp-promise']);
/** Local names those packages usually get when we cannot see the import (required inside a function). */
const UNBOUND_TEMP_PACKAGE_ROOTS = new Set(['tmp', 'tmpPromise']);
/** Marks a call into a temp-file package among the path pieces. */
const TEMP_PACKAGE_PIECE = '<call:tmp-package>';
/** How far path pieces follow variables, joins and templates; enough for `dir = await mkdtemp(…)`, `file = join(dir, x)`. */
const MAX_PATH_DEPTH = 6;

/** The call is into `tmp`/`tmp-promise` (`tmp.dirSync()`, `file()` imported from 'tmp-promise'). */
function isTempPackageCall(call: ts.CallExpression, bindings: ModuleBindings | undefined): boolean {
  const resolved = bindings ? resolveCallee(call.expression, bindings) : undefined;
  if (resolved?.module) return TEMP_PACKAGES.has(resolved.module);
  const root = expressionPath(call.expression)?.[0];
  return root !== undefined && UNBOUND_TEMP_PACKAGE_ROOTS.has(root) && ts.isPropertyAccessExpression(skipOuterExpressions(call.expression));
}

/** `await x`, parentheses and type assertions around a value. */
function skipAwaitAndOuter(node: ts.Expression): ts.Expression {
  let value = skipOuterExpressions(node);
  while (ts.isAwaitExpression(value)) value = skipOuterExpressions(value.expression);
  return value;
}

/**
 * The initializer a destructured name comes from: `const { path: scratch } = await tmp.file()`
 * → `await tmp.file()`. findVariableInitializer only sees plain `const name = …` declarations.
 */
function destructuringSource(identifier: ts.Identifier): ts.Expression | undefined {
  const name = identifier.text;
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (!ts.isSourceFile(scope) && !ts.isBlock(scope) && !ts.isModuleBlock(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isObjectBindingPattern(declaration.name) || !declaration.initializer) continue;
        if (declaration.name.elements.some((element) => ts.isIdentifier(element.name) && element.name.text === name)) return declaration.initializer;
      }
    }
  }
  return undefined;
}

/**
 * The receiver of `.path`/`.name` when it is a call result: `tmp.dirSync().name`,
 * `(await tmpPromise.file()).path`, `dir.path` with `const dir = await tmpPromise.dir()`.
 */
function callResultReceiver(access: ts.PropertyAccessExpression): ts.CallExpression | undefined {
  if (access.name.text !== 'path' && access.name.text !== 'name') return undefined;
  let receiver = skipAwaitAndOuter(access.expression);
  if (ts.isIdentifier(receiver)) {
    const initializer = findVariableInitializer(receiver);
    if (!initializer) return undefined;
    receiver = skipAwaitAndOuter(initializer);
  }
  return ts.isCallExpression(receiver) ? receiver : undefined;
}

/** Static pieces of a path expression, in order: literals, template parts, `path.join` arguments. */
function pathPieces(node: ts.Expression, depth: number, pieces: string[], names: string[], bindings: ModuleBindings | undefined): void {
  if (depth > MAX_PATH_DEPTH) return;
  // `await mkdtemp(…)` / `await tmp.dir()` yield the path (or the object holding it).
  const value = skipAwaitAndOuter(node);
  const text = staticString(value);
  if (text !== undefined) {
    pieces.push(text);
    return;
  }
  if (ts.isTemplateExpression(value)) {
    pieces.push(value.head.text);
    for (const span of value.templateSpans) {
      pathPieces(span.expression, depth + 1, pieces, names, bindings);
      pieces.push(span.literal.text);
    }
    return;
  }
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    pathPieces(value.left, depth + 1, pieces, names, bindings);
    pathPieces(value.right, depth + 1, pieces, names, bindings);
    return;
  }
  if (ts.isCallExpression(value)) {
    const path = expressionPath(value.expression);
    const last = path?.[path.length - 1] ?? '';
    if (/^(join|resolve|normalize|format)$/.test(last)) {
      for (const argument of value.arguments) pathPieces(argument, depth + 1, pieces, names, bindings);
      return;
    }
    pieces.push(isTempPackageCall(value, bindings) ? TEMP_PACKAGE_PIECE : `<call:${last}>`);
    return;
  }
  if (ts.isIdentifier(value)) {
    names.push(value.text);
    const initializer = findVariableInitializer(value) ?? destructuringSource(value);
    if (initializer) pathPieces(initializer, depth + 1, pieces, names, bindings);
    return;
  }
  if (ts.isPropertyAccessExpression(value)) {
    names.push(value.name.text);
    const producer = callResultReceiver(value);
    if (producer) pathPieces(producer, depth + 1, pieces, names, bindings);
    return;
  }
}

export interface PathFacts {
  /** Static pieces of the path, in order (`<call:tmpdir>` marks a call). */
  pieces: string[];
  /** Names of variables and properties the path is built from. */
  names: string[];
}

/** `bindings` (optional) lets calls into `tmp`/`tmp-promise` be recognised by their import. */
export function pathFacts(node: ts.Expression, bindings?: ModuleBindings): PathFacts {
  const pieces: string[] = [];
  const names: string[] = [];
  pathPieces(node, 0, pieces, names, bindings);
  return { pieces, names };
}

const TEMP_CALL = /^<call:(tmpdir|tmpDir|tempDir|tmpdirSync|mkdtemp|mkdtempSync|tmpNameSync|fileSync|dirSync|tmpName|tmp-package)>$/;
/** `tmp`, `tmpPath`, `tempFile`, `TMP_DIR`, `tmpdir`, `uploadTmpDir` — not `template` or `temperature`. */
const TEMP_NAME = /^(tmp|temp)(?![a-z])|^(tmpdir|tempdir)$|^(TMP|TEMP)(_|$)|(Tmp|Temp)(Dir|Path|File|Folder|Name)?$/;
/** `logFile`, `LOG_FILE`, `accessLogStream`, `errorLog`, `logDir` — not `catalog`, `blogPost`, `login`. */
const LOG_NAME = /^(log|logs)(?![a-z])|^(LOG|LOGS)(_|$)|[a-z](Log|Logs)(?![a-z])|_(LOG|LOGS)(_|$)/;

function lastPiece(pieces: string[]): string | undefined {
  return [...pieces].reverse().find((piece) => piece.length > 0);
}

/**
 * The path is under the OS temp directory: `os.tmpdir()`, `/tmp`, `fs.mkdtemp*`/`fs.promises.mkdtemp`
 * (also awaited and through variables), `tmp`/`tmp-promise` results, a `tmpPath` variable.
 */
export function isTemporaryPath(node: ts.Expression, bindings?: ModuleBindings): boolean {
  const { pieces, names } = pathFacts(node, bindings);
  const first = pieces.find((piece) => piece.length > 0);
  if (first !== undefined && /^(\/tmp|\/var\/tmp|\/dev\/shm)(\/|$)/.test(first)) return true;
  if (pieces.some((piece) => TEMP_CALL.test(piece))) return true;
  return names.some((name) => TEMP_NAME.test(name));
}

/**
 * A log file: ends in `.log`, lives under a `log`/`logs` folder, or is named like `logFile`.
 * Such writes belong to logs/manual-file-write, so its own judgement (logPathReason) counts too.
 */
export function isLogPath(node: ts.Expression, bindings: ModuleBindings): boolean {
  if (logPathReason(node, bindings) !== undefined) return true;
  const { pieces, names } = pathFacts(node);
  if (/\.log$/i.test(lastPiece(pieces) ?? '')) return true;
  if (/(^|[/\\])logs?([/\\]|$)/i.test(pieces.join('/'))) return true;
  return names.some((name) => LOG_NAME.test(name));
}

/** The path ends in `.pid`, or is held in a variable named like `pidFile`/`PID_PATH`. */
export function isPidFilePath(node: ts.Expression): boolean {
  const { pieces, names } = pathFacts(node);
  if (/\.pid$/i.test(lastPiece(pieces) ?? '')) return true;
  return names.some((name) => /^pid_?(file|path|filename|file_?path)$/i.test(name) || /[a-z]Pid(File|Path|Filename)$/.test(name));
}
