import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { findVariableInitializer, resolveCallee } from './calls';
import { skipOuterExpressions, staticString } from './literals';
import { hasOwnEntry } from './ownEntry';

/** Modules exposing Node's fs write API (or a superset of it). */
const FS_MODULES = new Set(['fs', 'fs/promises', 'fs-extra', 'fs-extra/esm', 'graceful-fs', 'mz/fs', 'original-fs']);
/** Modules whose write functions return a promise when no callback is passed. */
const PROMISE_WHEN_NO_CALLBACK = new Set(['fs-extra', 'fs-extra/esm', 'mz/fs']);
/** Local names that, even without an import we can see, are the fs module. */
const UNBOUND_FS_ROOTS = new Set(['fs', 'fse', 'fsExtra', 'fsPromises', 'fsp', 'fsSync']);

const WRITE_FUNCTIONS: Readonly<Record<string, FsWriteKind>> = {
  appendFile: 'append',
  appendFileSync: 'append',
  writeFile: 'write',
  writeFileSync: 'write',
  outputFile: 'write',
  outputFileSync: 'write',
  createWriteStream: 'stream',
};

export type FsWriteKind = 'append' | 'write' | 'stream';
/** How the call reports completion: it matters for a fix that must keep the code correct. */
export type FsWriteStyle = 'sync' | 'callback' | 'promise' | 'stream';

export interface FsWriteCall {
  call: ts.CallExpression;
  /** The function name: 'appendFileSync', 'createWriteStream', … */
  api: string;
  kind: FsWriteKind;
  style: FsWriteStyle;
  /** The file path argument. */
  path: ts.Expression | undefined;
  /** The data argument (append/write only). */
  data: ts.Expression | undefined;
  /** The completion callback of the callback style, when one is passed. */
  callback: ts.Expression | undefined;
}

interface WriteFunction {
  api: string;
  promises: boolean;
  module: string | undefined;
}

function writeFunctionOf(callee: ts.Expression, bindings: ModuleBindings, depth = 0): WriteFunction | undefined {
  const resolved = resolveCallee(callee, bindings);
  if (!resolved) return undefined;
  const { module, path } = resolved;
  const api = path[path.length - 1];
  if (api === undefined) return undefined;
  if (module && FS_MODULES.has(module)) {
    if (path.length === 1 && hasOwnEntry(WRITE_FUNCTIONS, api)) return { api, promises: module === 'fs/promises', module };
    if (path.length === 2 && path[0] === 'promises' && hasOwnEntry(WRITE_FUNCTIONS, api)) return { api, promises: true, module };
    return undefined;
  }
  if (!module) {
    // fs.appendFileSync(...) where `fs` was required inside a function, or fs.promises.writeFile(...)
    if (path.length === 2 && UNBOUND_FS_ROOTS.has(path[0]!) && hasOwnEntry(WRITE_FUNCTIONS, api)) return { api, promises: path[0] === 'fsPromises' || path[0] === 'fsp', module: undefined };
    if (path.length === 3 && path[0] === 'fs' && path[1] === 'promises' && hasOwnEntry(WRITE_FUNCTIONS, api)) return { api, promises: true, module: undefined };
    // const appendFileAsync = util.promisify(fs.appendFile)
    const node = skipOuterExpressions(callee);
    if (path.length === 1 && ts.isIdentifier(node) && depth < 2) {
      const initializer = findVariableInitializer(node);
      const value = initializer && skipOuterExpressions(initializer);
      if (value && ts.isCallExpression(value) && value.arguments[0] && /(^|\.)promisify$/.test(value.expression.getText())) {
        const inner = writeFunctionOf(value.arguments[0], bindings, depth + 1);
        return inner ? { ...inner, promises: true } : undefined;
      }
    }
  }
  return undefined;
}

function looksLikeCallback(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const value = skipOuterExpressions(node);
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return true;
  return ts.isIdentifier(value) && /^(cb|callback|done|next|fn|handler|on[A-Z]\w*)$|callback$|Callback$/.test(value.text);
}

/**
 * Recognises a call that writes a file through the fs API: appendFile*, writeFile*,
 * createWriteStream (and fs-extra's outputFile*), through `fs`, `fs/promises`,
 * `fs.promises`, fs-extra, named imports and promisified aliases.
 */
export function fsWriteCall(node: ts.Node, bindings: ModuleBindings): FsWriteCall | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const fn = writeFunctionOf(node.expression, bindings);
  if (!fn) return undefined;
  const kind = WRITE_FUNCTIONS[fn.api]!;
  const [path, data] = node.arguments;
  if (kind === 'stream') return { call: node, api: fn.api, kind, style: 'stream', path, data: undefined, callback: undefined };
  let style: FsWriteStyle;
  let callback: ts.Expression | undefined;
  const last = node.arguments.length > 2 ? node.arguments[node.arguments.length - 1] : undefined;
  if (fn.api.endsWith('Sync')) style = 'sync';
  else if (fn.promises) style = 'promise';
  else if (fn.module && PROMISE_WHEN_NO_CALLBACK.has(fn.module)) {
    style = looksLikeCallback(last) ? 'callback' : 'promise';
  } else {
    style = 'callback';
  }
  if (style === 'callback' && last && (looksLikeCallback(last) || !(ts.isObjectLiteralExpression(skipOuterExpressions(last)) || staticString(skipOuterExpressions(last)) !== undefined))) callback = last;
  return { call: node, api: fn.api, kind, style, path, data, callback };
}

/**
 * The `fs.createWriteStream(...)` call an expression is, directly or through a variable
 * initialised with one in this file.
 */
export function fileWriteStream(expression: ts.Expression, bindings: ModuleBindings, depth = 0): ts.CallExpression | undefined {
  const node = skipOuterExpressions(expression);
  const write = fsWriteCall(node, bindings);
  if (write) {
    if (write.kind !== 'stream') return undefined;
    const path = write.path && staticString(skipOuterExpressions(write.path));
    return path !== undefined && /^\/dev\/(stdout|stderr)$/.test(path) ? undefined : write.call;
  }
  if (ts.isIdentifier(node) && depth < 3) {
    const initializer = findVariableInitializer(node);
    return initializer ? fileWriteStream(initializer, bindings, depth + 1) : undefined;
  }
  return undefined;
}
