import ts = require('typescript');
import type { ModuleBindings } from '../types';
import { requiredModule } from '../script/bindings';
import { skipOuterExpressions, staticString } from './literals';

/**
 * The dotted path of an expression: `app.listen` → ['app', 'listen'], `this.server.listen` →
 * ['this', 'server', 'listen'], `a['b']` → ['a', 'b']. A call in the chain is kept as '()'
 * (`express().listen` → ['express', '()', 'listen']). Undefined for anything else.
 */
export function expressionPath(expression: ts.Expression): string[] | undefined {
  const node = skipOuterExpressions(expression);
  if (ts.isIdentifier(node)) return [node.text];
  if (node.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isPropertyAccessExpression(node)) {
    const head = expressionPath(node.expression);
    return head ? [...head, node.name.text] : undefined;
  }
  if (ts.isElementAccessExpression(node)) {
    // process.argv[1] → ['process', 'argv', '1']
    const key = ts.isNumericLiteral(node.argumentExpression) ? node.argumentExpression.text : staticString(node.argumentExpression);
    const head = expressionPath(node.expression);
    return head && key !== undefined ? [...head, key] : undefined;
  }
  if (ts.isCallExpression(node)) {
    const head = expressionPath(node.expression);
    return head ? [...head, '()'] : undefined;
  }
  return undefined;
}

export interface ResolvedCallee {
  /** The module the callee's root name is bound to ('child_process' for `cp.exec`), if known. */
  module: string | undefined;
  /**
   * The path inside that module (`['exec']`), or the plain path when the root is not a
   * module binding (`['app', 'listen']`).
   */
  path: string[];
}

/**
 * The module a callee's leftmost name is bound to (`Hapi.server` → '@hapi/hapi'), without
 * allocating a path: a cheap first test for hot handlers that run on every call.
 */
export function calleeRootModule(callee: ts.Expression, bindings: ModuleBindings): string | undefined {
  let node: ts.Expression = callee;
  for (;;) {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
    else if (ts.isCallExpression(node)) {
      const required = requiredModule(node);
      if (required) return required;
      node = node.expression;
    } else break;
  }
  return ts.isIdentifier(node) ? bindings.get(node.text)?.module : undefined;
}

const boundModuleSets = new WeakMap<ModuleBindings, ReadonlySet<string>>();

/** The modules the file's top-level bindings come from (worked out once per file). */
export function boundModules(bindings: ModuleBindings): ReadonlySet<string> {
  let modules = boundModuleSets.get(bindings);
  if (!modules) {
    modules = new Set([...bindings.values()].map((binding) => binding.module));
    boundModuleSets.set(bindings, modules);
  }
  return modules;
}

/** `require('@hapi/hapi').server(…)`: a callee chain that starts with a call (cheap check). */
export function startsWithCall(callee: ts.Expression): boolean {
  let node: ts.Expression = callee;
  while (node.kind === ts.SyntaxKind.PropertyAccessExpression || node.kind === ts.SyntaxKind.ElementAccessExpression || node.kind === ts.SyntaxKind.ParenthesizedExpression) {
    node = (node as ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.ParenthesizedExpression).expression;
  }
  return node.kind === ts.SyntaxKind.CallExpression;
}

/**
 * Whether `resolveCallee(callee).module` can be `module`: only through a binding from it or a
 * `require(…)` the chain starts with. A cheap test for handlers that ask it of every call.
 */
export function mayCallInto(callee: ts.Expression, bindings: ModuleBindings, module: string): boolean {
  return boundModules(bindings).has(module) || startsWithCall(callee);
}

/** Resolves what a call or `new` expression invokes, through the file's module bindings. */
export function resolveCallee(callee: ts.Expression, bindings: ModuleBindings): ResolvedCallee | undefined {
  const node = skipOuterExpressions(callee);
  // require('child_process').exec(...)
  if (ts.isPropertyAccessExpression(node)) {
    const module = requiredModule(node.expression);
    if (module) return { module, path: [node.name.text] };
  }
  const path = expressionPath(node);
  if (!path || path.length === 0) return undefined;
  const binding = bindings.get(path[0]!);
  if (!binding) return { module: undefined, path };
  const rest = path.slice(1);
  const inner = binding.imported === '*' || binding.imported === 'default' ? rest : [binding.imported, ...rest];
  return { module: binding.module, path: inner };
}

/**
 * The module an expression stands for, whichever way it was brought in: `multer(…)` through
 * an import, `require('multer')(…)` inline, or a `const session = require('express-session')`
 * inside a function (bindings only cover the top level).
 */
export function moduleOfExpression(expression: ts.Expression, bindings: ModuleBindings): { module: string; path: string[] } | undefined {
  const node = skipOuterExpressions(expression);
  const required = requiredModule(node);
  if (required) return { module: required, path: [] };
  const resolved = resolveCallee(node, bindings);
  if (resolved?.module) return { module: resolved.module, path: resolved.path };
  if (ts.isIdentifier(node)) {
    const initializer = findVariableInitializer(node);
    const module = initializer && requiredModule(skipOuterExpressions(initializer));
    if (module) return { module, path: [] };
  }
  return undefined;
}

/** The last name of a call's callee: `a.b.listen(…)` → 'listen'. */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const node = skipOuterExpressions(call.expression);
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) return staticString(node.argumentExpression);
  return undefined;
}

/** The object a method is called on: `server.listen()` → `server`. */
export function calleeReceiver(call: ts.CallExpression | ts.NewExpression): ts.Expression | undefined {
  const node = skipOuterExpressions(call.expression);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return node.expression;
  return undefined;
}

/**
 * The initializer of the variable a name refers to, looked up lexically (block by block,
 * then parameters) without a type checker. Good enough for the `const port = …; listen(port)`
 * shapes rules care about.
 */
export function findVariableInitializer(identifier: ts.Identifier): ts.Expression | undefined {
  const declaration = findVariableDeclaration(identifier);
  return declaration?.initializer;
}

export function findVariableDeclaration(identifier: ts.Identifier): ts.VariableDeclaration | undefined {
  const name = identifier.text;
  let scope: ts.Node | undefined = identifier.parent;
  while (scope) {
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) ? scope.statements : ts.isCaseClause(scope) || ts.isDefaultClause(scope) ? scope.statements : undefined;
    if (statements) {
      for (const statement of statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration;
        }
      }
    }
    scope = scope.parent;
  }
  return undefined;
}

/** True when `node` lies inside `ancestor`. */
export function isDescendantOf(node: ts.Node, ancestor: ts.Node): boolean {
  let current: ts.Node | undefined = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}

/** The nearest enclosing function-like node. */
export function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let current: ts.Node | undefined = node.parent;
  while (current) {
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current) || ts.isArrowFunction(current) || ts.isMethodDeclaration(current) || ts.isConstructorDeclaration(current) || ts.isGetAccessor(current) || ts.isSetAccessor(current)) return current;
    current = current.parent;
  }
  return undefined;
}
