import ts = require('typescript');
import type { Rule, ScriptContext } from '../../types';
import { expressionPath } from '../../analysis/calls';
import { skipOuterExpressions } from '../../analysis/literals';
import { RequestScopeTracker, type RequestScope } from '../../analysis/requestHandlers';
import { bindingNames, isShadowedBelowModule } from '../../analysis/scopes';

/** Methods that change a Map, Set or array in place. */
const COLLECTION_MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice']);
/** The subset that only an array has: safe to trust on a binding whose initial value we cannot see. */
const ARRAY_MUTATORS = new Set(['push', 'unshift', 'splice']);
/** Calls that hand back an element of the collection they are called on (`users.find(…).name = x`). */
const ELEMENT_GETTERS = new Set(['get', 'find', 'at']);
const COLLECTION_CONSTRUCTORS = new Set(['Map', 'Set', 'Array', 'Object']);
const COLLECTION_TYPES = /^(Map|Set|Array|ReadonlyArray|Record)\b/;

interface ModuleBinding {
  name: string;
  /** 1-based line of the declaration, for the message. */
  line: number;
  /** `let`/`var`: reassignment is a write. */
  reassignable: boolean;
  /** Holds a Map/Set/array/object whose contents can change. */
  collection: boolean;
  /** Imported from another module of the app (`import { todos } from './db'`): its state is shared the same way. */
  imported?: boolean;
}

function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

interface Write {
  node: ts.Expression;
  binding: ModuleBinding;
  /** What the write does, for the message: 'reassigned', 'mutated with push()', … */
  action: string;
}

function isCollectionInitializer(initializer: ts.Expression): boolean {
  const value = skipOuterExpressions(initializer);
  if (ts.isArrayLiteralExpression(value) || ts.isObjectLiteralExpression(value)) return true;
  if (ts.isNewExpression(value) && ts.isIdentifier(value.expression)) return COLLECTION_CONSTRUCTORS.has(value.expression.text);
  if (ts.isCallExpression(value)) {
    const path = expressionPath(value.expression)?.join('.');
    if (path === 'Object.create' || path === 'Array.from' || path === 'Array.of' || path === 'JSON.parse') return true;
    // const users = require('./users.json'): the cached module object is shared state.
    const [argument] = value.arguments;
    return path === 'require' && !!argument && ts.isStringLiteral(argument) && argument.text.endsWith('.json');
  }
  return false;
}

function isCollectionType(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isArrayTypeNode(type) || ts.isTypeLiteralNode(type) || ts.isTupleTypeNode(type)) return true;
  return ts.isTypeReferenceNode(type) && COLLECTION_TYPES.test(type.typeName.getText());
}

/** The file's module-level bindings whose value can change: `let`/`var`, and `const` collections. */
function moduleMutableBindings(sourceFile: ts.SourceFile): Map<string, ModuleBinding> {
  const bindings = new Map<string, ModuleBinding>();
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.name && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.endsWith('.json')) {
      // import users from './users.json'
      const name = statement.importClause.name.text;
      bindings.set(name, { name, line: lineOf(sourceFile, statement), reassignable: false, collection: true, imported: true });
      continue;
    }
    if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier) && isRelativeSpecifier(statement.moduleSpecifier.text)) {
      // import todos from './todos.db' / import { todosDb } from './db': only array-only
      // mutators and `x[key] = …` are trusted on them (their value is not visible here).
      const line = lineOf(sourceFile, statement);
      const names: string[] = [];
      if (statement.importClause.name) names.push(statement.importClause.name.text);
      const named = statement.importClause.namedBindings;
      if (named && ts.isNamedImports(named)) for (const element of named.elements) if (!element.isTypeOnly) names.push(element.name.text);
      for (const name of names) bindings.set(name, { name, line, reassignable: false, collection: false, imported: true });
      continue;
    }
    if (!ts.isVariableStatement(statement)) continue;
    const flags = statement.declarationList.flags;
    const reassignable = (flags & (ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) === 0;
    for (const declaration of statement.declarationList.declarations) {
      const required = declaration.initializer && skipOuterExpressions(declaration.initializer);
      const requiredSpecifier = required && ts.isCallExpression(required) && ts.isIdentifier(required.expression) && required.expression.text === 'require' && required.arguments[0] && ts.isStringLiteral(required.arguments[0]) ? required.arguments[0].text : undefined;
      if (requiredSpecifier && isRelativeSpecifier(requiredSpecifier) && !requiredSpecifier.endsWith('.json')) {
        // const todos = require('./todos') / const { todos } = require('./db')
        for (const name of bindingNames(declaration.name)) bindings.set(name, { name, line: lineOf(sourceFile, declaration), reassignable, collection: false, imported: true });
        continue;
      }
      if (!ts.isIdentifier(declaration.name)) continue;
      const initializer = declaration.initializer;
      if (initializer && (ts.isArrowFunction(skipOuterExpressions(initializer)) || ts.isFunctionExpression(skipOuterExpressions(initializer)))) continue;
      const collection = (initializer !== undefined && isCollectionInitializer(initializer)) || isCollectionType(declaration.type);
      if (!reassignable && !collection) continue;
      bindings.set(declaration.name.text, { name: declaration.name.text, line: lineOf(sourceFile, declaration), reassignable, collection });
    }
  }
  return bindings;
}

function lineOf(sourceFile: ts.SourceFile, node: ts.Node): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

/**
 * The identifier a member chain starts from, if the chain only walks into the value:
 * `sessions[id]`, `state.users.list`, `users.find(…).name`, `cache.get(k).items`.
 */
function chainRoot(expression: ts.Expression): { root: ts.Identifier; depth: number } | undefined {
  let node = skipOuterExpressions(expression);
  let depth = 0;
  for (;;) {
    if (ts.isIdentifier(node)) return { root: node, depth };
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      node = skipOuterExpressions(node.expression);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ELEMENT_GETTERS.has(node.expression.name.text)) {
      node = skipOuterExpressions(node.expression.expression);
    } else {
      return undefined;
    }
    depth++;
  }
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** `x ??= …`, `x || (x = …)`, or `x = …` under `if (!x)` / `if (x == null)`: lazy initialisation, not per-request state. */
function isLazyInitialisation(assignment: ts.BinaryExpression, name: string): boolean {
  const operator = assignment.operatorToken.kind;
  if (operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken) return true;
  if (operator !== ts.SyntaxKind.EqualsToken) return false;
  // x ?? (x = create()) / x || (x = create())
  let outer: ts.Node = assignment.parent;
  while (ts.isParenthesizedExpression(outer)) outer = outer.parent;
  if (ts.isBinaryExpression(outer) && (outer.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || outer.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    const left = skipOuterExpressions(outer.left);
    if (ts.isIdentifier(left) && left.text === name) return true;
  }
  for (let node: ts.Node = assignment; node.parent && !ts.isFunctionLike(node.parent); node = node.parent) {
    const parent = node.parent;
    if (ts.isIfStatement(parent) && parent.thenStatement === node && testsMissing(parent.expression, name)) return true;
  }
  return false;
}

function testsMissing(condition: ts.Expression, name: string): boolean {
  const value = skipOuterExpressions(condition);
  if (ts.isPrefixUnaryExpression(value) && value.operator === ts.SyntaxKind.ExclamationToken) {
    const operand = skipOuterExpressions(value.operand);
    return ts.isIdentifier(operand) && operand.text === name;
  }
  if (ts.isBinaryExpression(value)) {
    const operator = value.operatorToken.kind;
    if (operator === ts.SyntaxKind.BarBarToken) return testsMissing(value.left, name) || testsMissing(value.right, name);
    if (operator === ts.SyntaxKind.EqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsEqualsToken) {
      const sides = [skipOuterExpressions(value.left), skipOuterExpressions(value.right)];
      const namesIt = sides.some((side) => ts.isIdentifier(side) && side.text === name);
      const isMissing = sides.some((side) => side.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(side) && side.text === 'undefined'));
      return namesIt && isMissing;
    }
  }
  return false;
}

function describeScope(ctx: ScriptContext, scope: RequestScope): string {
  const line = ctx.sourceFile.getLineAndCharacterOfPosition(scope.handler.getStart(ctx.sourceFile)).line + 1;
  if (scope.via) return ` in ${scope.via.helperName}(), which the request handler on line ${line} calls`;
  return ' inside a request handler';
}

export const moduleState: Rule = {
  meta: {
    id: 'processes/module-state',
    factor: 6,
    title: 'Keep request state out of module variables',
    description: 'A module-level variable, Map, Set, array or object that request handlers write to is state private to one process: other instances never see it and a restart loses it. Twelve-factor processes are stateless; shared state belongs in a backing service.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  scriptKeywords: ['req', 'Req', 'ctx', 'handler', 'nestjs', 'Controller', 'createServer', '.get(', '.post(', '.put(', '.patch(', '.delete(', '.all(', '.use(', '.route(', '.on(', 'addHook', '.ext(', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'loader', 'action'],
  script(ctx) {
    if (ctx.file.isTest) return {};
    const mutable = moduleMutableBindings(ctx.sourceFile);
    if (mutable.size === 0) return {};
    const tracker = new RequestScopeTracker(ctx.sourceFile, ctx.bindings);
    const writes: Write[] = [];

    /** The module binding an identifier refers to (not a local of the same name). */
    const moduleBindingOf = (identifier: ts.Identifier): ModuleBinding | undefined => {
      const binding = mutable.get(identifier.text);
      return binding && !isShadowedBelowModule(identifier) ? binding : undefined;
    };

    /** A write through a member chain (`x[k] = v`, `delete x.k`, `x.a.b++`). */
    const noteMemberWrite = (node: ts.Expression, target: ts.Expression, action: string) => {
      const value = skipOuterExpressions(target);
      if (!ts.isPropertyAccessExpression(value) && !ts.isElementAccessExpression(value)) return;
      const chain = chainRoot(value);
      const binding = chain && moduleBindingOf(chain.root);
      if (!binding) return;
      // On a `let` whose value we cannot see, only `x[key] = …` is clearly a collection write.
      const computedOnUnknown = !binding.collection && chain.depth === 1 && ts.isElementAccessExpression(value) && action === 'written';
      if (binding.collection || computedOnUnknown) writes.push({ node, binding, action });
    };

    const onAssignmentLike = (node: ts.Expression, target: ts.Expression, action: string, assignment?: ts.BinaryExpression) => {
      const value = skipOuterExpressions(target);
      if (ts.isIdentifier(value)) {
        const binding = moduleBindingOf(value);
        if (!binding?.reassignable) return;
        if (assignment && isLazyInitialisation(assignment, value.text)) return;
        const compound = assignment !== undefined && assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken;
        writes.push({ node, binding, action: action !== 'written' ? action : compound ? 'updated' : 'reassigned' });
        return;
      }
      noteMemberWrite(node, value, action);
    };

    return {
      [ts.SyntaxKind.BinaryExpression]: (node) => {
        const binary = node as ts.BinaryExpression;
        if (!isAssignmentOperator(binary.operatorToken.kind)) return;
        onAssignmentLike(binary, binary.left, 'written', binary);
      },
      [ts.SyntaxKind.PrefixUnaryExpression]: (node) => {
        const unary = node as ts.PrefixUnaryExpression;
        if (unary.operator === ts.SyntaxKind.PlusPlusToken || unary.operator === ts.SyntaxKind.MinusMinusToken) onAssignmentLike(unary, unary.operand, 'incremented');
      },
      [ts.SyntaxKind.PostfixUnaryExpression]: (node) => {
        const unary = node as ts.PostfixUnaryExpression;
        onAssignmentLike(unary, unary.operand, 'incremented');
      },
      [ts.SyntaxKind.DeleteExpression]: (node) => {
        const deletion = node as ts.DeleteExpression;
        noteMemberWrite(deletion, deletion.expression, 'deleted from');
      },
      [ts.SyntaxKind.CallExpression]: (node) => {
        const call = node as ts.CallExpression;
        tracker.noteCall(call);
        const callee = skipOuterExpressions(call.expression);
        if (!ts.isPropertyAccessExpression(callee)) return;
        const method = callee.name.text;
        // Object.assign(state, …)
        if (method === 'assign' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && call.arguments[0]) {
          const chain = chainRoot(call.arguments[0]);
          const binding = chain && moduleBindingOf(chain.root);
          if (binding?.collection) writes.push({ node: call, binding, action: 'mutated with Object.assign()' });
          return;
        }
        if (!COLLECTION_MUTATORS.has(method)) return;
        const chain = chainRoot(callee.expression);
        const binding = chain && moduleBindingOf(chain.root);
        if (!binding) return;
        const trusted = binding.collection || (chain.depth === 0 && ARRAY_MUTATORS.has(method));
        if (trusted) writes.push({ node: call, binding, action: `mutated with ${method}()` });
      },
      onEnd: () => {
        for (const write of writes) {
          const scope = tracker.scopeOf(write.node);
          if (!scope) continue;
          ctx.report({
            range: ctx.rangeOf(write.node),
            message: `Module-level \`${write.binding.name}\` (${write.binding.imported ? 'imported' : 'declared'} on line ${write.binding.line}) is ${write.action}${describeScope(ctx, scope)}: that state lives in one process only, so other instances never see it and a restart loses it. Keep it in a backing service (Redis, a database).`,
          });
        }
      },
    };
  },
};
