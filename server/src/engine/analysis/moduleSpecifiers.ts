// Module references of a script file (every syntactic way to load a module) and the
// classification of their specifiers: relative path, Node builtin, package name, alias…
// Shared by the dependency rules (Factor II) and codebase/cross-app-import (Factor I).
import ts = require('typescript');
import { builtinModules } from 'node:module';

export type ModuleReferenceKind = 'import' | 'export' | 'import-equals' | 'require' | 'require-resolve' | 'dynamic-import' | 'import-meta-resolve';

export interface ModuleReference {
  /** The specifier as written: 'lodash/fp', './util', 'node:fs'. */
  specifier: string;
  /** The string literal naming the module (the node a finding covers). */
  literal: ts.StringLiteralLike;
  kind: ModuleReferenceKind;
  /**
   * Erased by the compiler, so no module is loaded at runtime: `import type`, `export type`,
   * imports whose every named binding is `type`, and imports inside `declare module` blocks.
   */
  typeOnly: boolean;
  /** The import/export declaration, when the reference is one (for usage analysis). */
  declaration: ts.ImportDeclaration | ts.ImportEqualsDeclaration | ts.ExportDeclaration | undefined;
}

/** The syntax kinds `moduleReferenceOf` recognises; visitors register these. */
export const MODULE_REFERENCE_KINDS: readonly ts.SyntaxKind[] = [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.ExportDeclaration, ts.SyntaxKind.ImportEqualsDeclaration, ts.SyntaxKind.CallExpression];

function isInsideAmbientModule(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isModuleDeclaration(current) && current.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)) return true;
  }
  return false;
}

function importIsTypeOnly(declaration: ts.ImportDeclaration): boolean {
  const clause = declaration.importClause;
  // `import 'x'` loads the module for its side effects.
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const named = clause.namedBindings;
  // `import { type A, type B } from 'x'` is elided (unless verbatimModuleSyntax keeps an empty import).
  return named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((element) => element.isTypeOnly);
}

function exportIsTypeOnly(declaration: ts.ExportDeclaration): boolean {
  if (declaration.isTypeOnly) return true;
  const clause = declaration.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** `require.resolve` / `import.meta.resolve`: names a module the code expects to find installed. */
function resolveCallKind(callee: ts.Expression): ModuleReferenceKind | undefined {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'resolve') return undefined;
  if (ts.isIdentifier(callee.expression) && callee.expression.text === 'require') return 'require-resolve';
  if (ts.isMetaProperty(callee.expression) && callee.expression.keywordToken === ts.SyntaxKind.ImportKeyword) return 'import-meta-resolve';
  return undefined;
}

/**
 * The module a node loads or names, for `import … from 'x'`, `import 'x'`, `export … from 'x'`,
 * `import x = require('x')`, `require('x')`, `import('x')`, `require.resolve('x')` and
 * `import.meta.resolve('x')`. Only static specifiers (string literals, templates without
 * substitutions) are returned: a computed specifier names no particular module.
 */
export function moduleReferenceOf(node: ts.Node): ModuleReference | undefined {
  if (ts.isImportDeclaration(node)) {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return undefined;
    return { specifier: node.moduleSpecifier.text, literal: node.moduleSpecifier, kind: 'import', typeOnly: importIsTypeOnly(node) || isInsideAmbientModule(node), declaration: node };
  }
  if (ts.isExportDeclaration(node)) {
    if (!node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) return undefined;
    return { specifier: node.moduleSpecifier.text, literal: node.moduleSpecifier, kind: 'export', typeOnly: exportIsTypeOnly(node) || isInsideAmbientModule(node), declaration: node };
  }
  if (ts.isImportEqualsDeclaration(node)) {
    if (!ts.isExternalModuleReference(node.moduleReference) || !ts.isStringLiteral(node.moduleReference.expression)) return undefined;
    const literal = node.moduleReference.expression;
    return { specifier: literal.text, literal, kind: 'import-equals', typeOnly: node.isTypeOnly || isInsideAmbientModule(node), declaration: node };
  }
  if (ts.isCallExpression(node)) {
    const [first] = node.arguments;
    if (!first || !ts.isStringLiteralLike(first)) return undefined;
    const callee = node.expression;
    let kind: ModuleReferenceKind | undefined;
    if (callee.kind === ts.SyntaxKind.ImportKeyword) kind = 'dynamic-import';
    else if (ts.isIdentifier(callee) && callee.text === 'require' && node.arguments.length === 1) kind = 'require';
    else kind = resolveCallKind(callee);
    if (!kind) return undefined;
    return { specifier: first.text, literal: first, kind, typeOnly: false, declaration: undefined };
  }
  return undefined;
}

/** `./x`, `../x`, `.` and `..`. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/**
 * Builtins an older running Node may not list; `module.builtinModules` covers the rest.
 * Prefix-only builtins (`node:test`, `node:sqlite`, `node:sea`) are never listed here: without
 * the prefix those names are ordinary npm packages.
 */
const EXTRA_BUILTINS = ['fs/promises', 'stream/promises', 'stream/web', 'stream/consumers', 'timers/promises', 'dns/promises', 'readline/promises', 'assert/strict', 'path/posix', 'path/win32', 'util/types', 'inspector/promises', 'diagnostics_channel', 'wasi', 'worker_threads', 'async_hooks', 'perf_hooks', 'trace_events'];
const NODE_BUILTINS: ReadonlySet<string> = new Set([...builtinModules.map((name) => name.replace(/^node:/, '')), ...EXTRA_BUILTINS]);

/** A Node builtin module, with or without the `node:` prefix (`fs`, `fs/promises`, `node:test`). */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  if (NODE_BUILTINS.has(specifier)) return true;
  const root = specifier.split('/')[0]!;
  return NODE_BUILTINS.has(root) && !root.startsWith('_');
}

/** One segment of an npm package name (legacy names may hold capitals). */
const PACKAGE_NAME_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Modules served without any package behind them: bundler plugins' virtual modules (UnoCSS,
 * Windi) and Yarn Plug'n'Play's runtime API. Prefix-shaped virtual modules (`virtual:`,
 * `~icons/`, `$app/`) are already not package names.
 */
const VIRTUAL_MODULES: ReadonlySet<string> = new Set(['uno.css', 'windi.css', 'virtual.css', 'pnpapi']);

/**
 * The npm package a bare specifier loads (`lodash/fp` → 'lodash', `@scope/pkg/sub` →
 * '@scope/pkg'), or undefined for anything that is not a package: relative and absolute
 * paths, URLs and protocol specifiers (`node:`, `bun:`, `virtual:`, `https:`, `npm:`),
 * subpath imports (`#internal`), alias-shaped names (`@/x`, `~/x`, `$lib/x`), webpack
 * loader chains (`raw-loader!./x`) and known virtual modules.
 */
export function packageNameOf(specifier: string): string | undefined {
  if (specifier.length === 0 || isRelativeSpecifier(specifier) || specifier.startsWith('/') || specifier.startsWith('\\')) return undefined;
  if (specifier.includes('!') || VIRTUAL_MODULES.has(specifier)) return undefined;
  // A scheme (`node:fs`, `virtual:pwa`, `C:\x`); npm names never hold a colon.
  if (/^[A-Za-z][\w+.-]*:/.test(specifier)) return undefined;
  const segments = specifier.split('/');
  if (specifier.startsWith('@')) {
    const scope = segments[0]!.slice(1);
    const name = segments[1];
    if (!name || !PACKAGE_NAME_SEGMENT.test(scope) || !PACKAGE_NAME_SEGMENT.test(name)) return undefined;
    return `${segments[0]}/${name}`;
  }
  const name = segments[0]!;
  return PACKAGE_NAME_SEGMENT.test(name) ? name : undefined;
}

/** The DefinitelyTyped package for a package name: 'express' → '@types/express', '@babel/core' → '@types/babel__core'. */
export function typesPackageFor(packageName: string): string {
  if (packageName.startsWith('@')) return `@types/${packageName.slice(1).replace('/', '__')}`;
  return `@types/${packageName}`;
}

/**
 * True when a tsconfig `paths` pattern (or a baseUrl entry) matches the specifier. A pattern
 * made of a lone `*` maps every specifier (usually a typings fallback) and so tells nothing.
 */
export function matchesPathAlias(specifier: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    const star = pattern.indexOf('*');
    if (star === -1) {
      if (specifier === pattern) return true;
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (prefix.length === 0 && suffix.length === 0) continue;
    if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) return true;
  }
  return false;
}
