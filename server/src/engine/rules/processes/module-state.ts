import ts = require('typescript');
import type { Rule, ScriptContext } from '../../types';
import { expressionPath } from '../../analysis/calls';
import { skipOuterExpressions } from '../../analysis/literals';
import { RequestScopeTracker, type RequestScope } from '../../analysis/requestHandlers';
import { bindingNames, isShadowedBelowModule } from '../../analysis/scopes';
import { scanScriptTokens, TokenKind, type ScriptTokens } from '../../analysis/scriptTokens';

/** Methods that change a Map, Set or array in place. */
const COLLECTION_MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice']);
/** The subset that only an array has: safe to trust on a binding whose initial value we cannot see. */
const ARRAY_MUTATORS = new Set(['push', 'unshift', 'splice']);
/** Calls that hand back an element of the collection they are called on (`users.find(…).name = x`). */
const ELEMENT_GETTERS = new Set(['get', 'find', 'at']);
const COLLECTION_CONSTRUCTORS = new Set(['Map', 'Set', 'Array', 'Object']);
const COLLECTION_TYPES = /^(Map|Set|Array|ReadonlyArray|Record)\b/;
/** `Object.create(…)`, `Array.from(…)`, `Array.of(…)`, `JSON.parse(…)`: calls whose result isCollectionInitializer counts. */
const COLLECTION_FACTORIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['create'])],
  ['Array', new Set(['from', 'of'])],
  ['JSON', new Set(['parse'])],
]);

interface ModuleBinding {
  name: string;
  /** The declaration, for the message's line number (worked out only for a finding). */
  declaration: ts.Node;
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
    const path = expressionPath(value.expression);
    if (path?.length === 2 && COLLECTION_FACTORIES.get(path[0]!)?.has(path[1]!)) return true;
    // const users = require('./users.json'): the cached module object is shared state.
    const [argument] = value.arguments;
    return path?.length === 1 && path[0] === 'require' && !!argument && ts.isStringLiteral(argument) && argument.text.endsWith('.json');
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
      bindings.set(name, { name, declaration: statement, reassignable: false, collection: true, imported: true });
      continue;
    }
    if (ts.isImportDeclaration(statement) && statement.importClause && !statement.importClause.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier) && isRelativeSpecifier(statement.moduleSpecifier.text)) {
      // import todos from './todos.db' / import { todosDb } from './db': only array-only
      // mutators and `x[key] = …` are trusted on them (their value is not visible here).
      const names: string[] = [];
      if (statement.importClause.name) names.push(statement.importClause.name.text);
      const named = statement.importClause.namedBindings;
      if (named && ts.isNamedImports(named)) for (const element of named.elements) if (!element.isTypeOnly) names.push(element.name.text);
      for (const name of names) bindings.set(name, { name, declaration: statement, reassignable: false, collection: false, imported: true });
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
        for (const name of bindingNames(declaration.name)) bindings.set(name, { name, declaration, reassignable, collection: false, imported: true });
        continue;
      }
      if (!ts.isIdentifier(declaration.name)) continue;
      const initializer = declaration.initializer;
      if (initializer && (ts.isArrowFunction(skipOuterExpressions(initializer)) || ts.isFunctionExpression(skipOuterExpressions(initializer)))) continue;
      const collection = (initializer !== undefined && isCollectionInitializer(initializer)) || isCollectionType(declaration.type);
      if (!reassignable && !collection) continue;
      bindings.set(declaration.name.text, { name: declaration.name.text, declaration, reassignable, collection });
    }
  }
  return bindings;
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
  const line = ctx.rangeOf(scope.handler).start.line + 1;
  if (scope.via) return ` in ${scope.via.helperName}(), which the request handler on line ${line} calls`;
  return ' inside a request handler';
}

// ---------------------------------------------------------------------------------------------
// Prefilter: can this text hold a write the rule reports? Read from its tokens, without a parse.
//
// Every finding is a write, in one of the forms the visitor above handles, through a chain that
// starts at a name moduleMutableBindings returns, inside a function. Each step below keeps every
// such write and errs only towards "may report":
//  - The binding is declared by a module-level statement, so its name is a token at bracket
//    depth 0 right after `let`/`var`/`const`/`using` or after a comma of that statement, inside
//    the destructuring pattern that follows one, or in the clause of an `import`. What the
//    declaration shows decides which writes count on it, as in moduleMutableBindings: `let`/`var`
//    can be reassigned; a value that may be a collection (an array/object literal,
//    `new Map`/`Set`/`Array`/`Object`, a COLLECTION_FACTORIES call, a `.json` module, a type with
//    a bracket or named Map/Set/Array/ReadonlyArray/Record) takes any member write; any other
//    (an import of the app, a `let` of unseen value) only `x[key] = …` and `x.push/unshift/splice(…)`.
//    A `const` of any other value, or an import of a package, is no binding at all.
//  - The write's chain starts at that name as a token (not after `.`) and its tokens follow it
//    (`.a`, `?.a`, `[…]`, `!`, getter calls, closing parentheses and `as T` around it) up to the
//    token that writes: an assignment operator, `++`/`--`, or a call of a mutator. Or it follows
//    `delete`, a prefix `++`/`--` or `Object.assign(`.
//  - A function's code is inside brackets or, for an arrow's expression body, after a `=>` at
//    depth 0: a write at depth 0 before the first such `=>` runs at module load.
// A text the token scan cannot read reliably (JSX, escapes in names, unbalanced brackets) may report.
// ---------------------------------------------------------------------------------------------

/** `let`/`var`: assigning or incrementing the name itself is a write. */
const REASSIGNABLE = 1;
/** May hold a collection: a member write at any depth, any COLLECTION_MUTATORS call, `delete`, `Object.assign`. */
const COLLECTION = 2;
/** Holds a value the declaration does not show: only `x[key] = …` and an ARRAY_MUTATORS call on the name itself. */
const OPAQUE_VALUE = 4;

const ASSIGNMENT_OPERATORS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=']);
/** Assignments the rule always reads as lazy initialisation when they target the name itself. */
const LAZY_ASSIGNMENT_OPERATORS = new Set(['??=', '||=']);

/** What a module-level declarator's type and initializer let its value be (see isCollectionInitializer / isCollectionType). */
function declaredValueKind(tokens: ScriptTokens, nameIndex: number): number {
  let index = nameIndex + 1;
  if (tokens.isPunctuator(index, '!')) index++;
  if (tokens.isPunctuator(index, ':')) {
    index++;
    if (tokens.kind(index) === TokenKind.Identifier && COLLECTION_TYPES.test(tokens.text(index))) return COLLECTION;
    // The type runs to the initializer's `=`; a bracket in it may make it an array, tuple or object type.
    for (; index < tokens.count; index++) {
      if (tokens.depth(index) !== 0 || tokens.kind(index) !== TokenKind.Punctuator) continue;
      const punctuator = tokens.text(index);
      if (punctuator === '=' || punctuator === ';') break;
      if (punctuator === '[' || punctuator === '{' || punctuator === '(') return COLLECTION;
    }
  }
  if (!tokens.isPunctuator(index, '=')) return 0;
  index++;
  // skipOuterExpressions: parentheses around the value; `<T>value` (whatever the value is).
  while (tokens.isPunctuator(index, '(')) index++;
  if (tokens.isPunctuator(index, '[') || tokens.isPunctuator(index, '{') || tokens.isPunctuator(index, '<')) return COLLECTION;
  if (tokens.kind(index) !== TokenKind.Identifier) return 0;
  const first = tokens.text(index);
  if (first === 'new') return tokens.kind(index + 1) === TokenKind.Identifier && COLLECTION_CONSTRUCTORS.has(tokens.text(index + 1)) ? COLLECTION : 0;
  const factories = COLLECTION_FACTORIES.get(first);
  if (factories) {
    // `Object.freeze(…)` is no collection; `Object.create(…)` is, and so may be `(Object).create(…)`
    // or `Object['create'](…)` (expressionPath reads through both).
    const member = tokens.isPunctuator(index + 1, '.') || tokens.isPunctuator(index + 1, '?.');
    return !member || factories.has(tokens.text(index + 2)) ? COLLECTION : 0;
  }
  if (first === 'require') {
    const open = tokens.isPunctuator(index + 1, '?.') ? index + 2 : index + 1;
    // require('./x') / require('./x.json'); only a string literal names a module the rule reads.
    if (tokens.isPunctuator(open, '(')) return tokens.kind(open + 1) === TokenKind.String ? specifierValueKind(tokens.text(open + 1)) : 0;
    // `require.resolve(…)` is a path; `(require)('./users.json')` may be a `.json` module.
    return tokens.isPunctuator(open, '.') ? 0 : COLLECTION;
  }
  return 0;
}

/** A `.json` module is a collection; another module of the app an opaque value. A specifier with an escape may be either. */
function specifierValueKind(raw: string): number {
  if (raw.includes('\\') || raw.endsWith('.json')) return COLLECTION;
  return isRelativeSpecifier(raw) ? OPAQUE_VALUE : 0;
}

/** What an import clause holds at its top level besides names: `a, { b }`, `* as ns`. */
const IMPORT_CLAUSE_PUNCTUATORS = new Set(['{', '}', ',', '*']);

interface LexicalModuleBindings {
  /** Name → the writes that count on it (REASSIGNABLE | COLLECTION | OPAQUE_VALUE). */
  writes: Map<string, number>;
  /** Tokens that declare a name rather than use it. */
  declarations: Set<number>;
  /** The first `=>` at depth 0 (the token count if none): module-level code before it runs at load. */
  firstModuleLevelArrow: number;
}

/** A superset of the names moduleMutableBindings returns, with the writes that may count on each. */
function lexicalModuleBindings(tokens: ScriptTokens): LexicalModuleBindings {
  const writes = new Map<string, number>();
  const declarations = new Set<number>();
  let firstModuleLevelArrow = tokens.count;
  const addWrites = (name: string, kinds: number): void => {
    if (kinds !== 0) writes.set(name, (writes.get(name) ?? 0) | kinds);
  };
  const declareVariable = (index: number, reassignable: boolean): void => {
    if (tokens.kind(index) === TokenKind.Identifier) {
      const value = declaredValueKind(tokens, index);
      addWrites(tokens.text(index), reassignable ? REASSIGNABLE | (value === COLLECTION ? COLLECTION : OPAQUE_VALUE) : value);
      declarations.add(index);
    } else if (tokens.isPunctuator(index, '{') || tokens.isPunctuator(index, '[')) {
      // const { a, b } = require('./db'): every name in the pattern (its keys and defaults too).
      // They stay write candidates where they stand: a default value is code.
      for (let inner = index + 1; inner < tokens.matching(index); inner++) {
        if (tokens.kind(inner) === TokenKind.Identifier) addWrites(tokens.text(inner), OPAQUE_VALUE | (reassignable ? REASSIGNABLE : 0));
      }
    }
  };
  /** `import a, { b as c } from './x'`: the names of the clause that starts at `start`. */
  const declareImports = (start: number): void => {
    // `import type { T } from './t'` binds nothing the rule counts but a `.json` module's default.
    // (`import type from './t'` and `import type, { a } from './t'` import a binding named `type`.)
    const typeOnly = tokens.isIdentifier(start, 'type') && !tokens.isPunctuator(start + 1, ',') && !tokens.isIdentifier(start + 1, 'from');
    const names: number[] = [];
    for (let index = start; index < tokens.count; index++) {
      if (tokens.kind(index) === TokenKind.Identifier) {
        names.push(index);
      } else if (tokens.depth(index) === 0 && tokens.kind(index) === TokenKind.String) {
        const value = specifierValueKind(tokens.text(index));
        const kinds = typeOnly && value !== COLLECTION ? 0 : value;
        for (const name of names) {
          addWrites(tokens.text(name), kinds);
          declarations.add(name);
        }
        return;
      } else if (tokens.depth(index) === 0 && !(tokens.kind(index) === TokenKind.Punctuator && IMPORT_CLAUSE_PUNCTUATORS.has(tokens.text(index)))) {
        // Not a clause the rule reads: `import x = require('./x')`, `import type T = …`.
        return;
      }
    }
  };
  /** The kind of variable statement module-level commas belong to, for the declarators after the first. */
  let statement: 'reassignable' | 'constant' | undefined;
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.depth(index) !== 0) continue;
    const kind = tokens.kind(index);
    if (kind === TokenKind.Punctuator) {
      const punctuator = tokens.text(index);
      if (punctuator === ';') statement = undefined;
      else if (punctuator === ',' && statement) declareVariable(index + 1, statement === 'reassignable');
      else if (punctuator === '=>' && firstModuleLevelArrow === tokens.count) firstModuleLevelArrow = index;
      continue;
    }
    if (kind !== TokenKind.Identifier || tokens.isMemberName(index)) continue;
    const word = tokens.text(index);
    if (word === 'let' || word === 'var') {
      statement = 'reassignable';
      declareVariable(index + 1, true);
    } else if (word === 'const' || word === 'using') {
      statement = 'constant';
      declareVariable(index + 1, false);
    } else if (word === 'import' && !tokens.isPunctuator(index + 1, '(') && !tokens.isPunctuator(index + 1, '.')) {
      statement = undefined;
      declareImports(index + 1);
    }
  }
  return { writes, declarations, firstModuleLevelArrow };
}

/** Answer of operandRoot when a `<T>` type assertion hides the operand: assume the worst. */
const HIDDEN_OPERAND = -2;

/** The token the operand starting at `index` is rooted at (after `(`s), -1 if it is no name. */
function operandRoot(tokens: ScriptTokens, index: number): number {
  while (tokens.isPunctuator(index, '(')) index++;
  if (tokens.isPunctuator(index, '<')) return HIDDEN_OPERAND;
  return tokens.kind(index) === TokenKind.Identifier ? index : -1;
}

/**
 * Do the tokens after the name at `rootIndex` write through it (see chainRoot and the visitor),
 * given the writes that count on it?
 */
function chainWrites(tokens: ScriptTokens, rootIndex: number, kinds: number): boolean {
  /** Member and element steps so far (a getter call and its `.get` count once, as in chainRoot). */
  let steps = 0;
  let lastMember: string | undefined;
  let lastStepIsElement = false;
  let index = rootIndex + 1;
  while (index < tokens.count) {
    const kind = tokens.kind(index);
    if (kind === TokenKind.Identifier && (tokens.isIdentifier(index, 'as') || tokens.isIdentifier(index, 'satisfies'))) {
      // `(users as User[]).push(…)`: the type runs to the bracket that closes around it.
      const depth = tokens.depth(index);
      if (depth === 0) return false;
      while (index < tokens.count && tokens.depth(index) >= depth) index++;
      continue;
    }
    if (kind !== TokenKind.Punctuator) return false;
    const punctuator = tokens.text(index);
    switch (punctuator) {
      case '.':
      case '?.':
        if (tokens.kind(index + 1) === TokenKind.Identifier || tokens.kind(index + 1) === TokenKind.PrivateName) {
          steps++;
          lastMember = tokens.text(index + 1);
          lastStepIsElement = false;
          index += 2;
        } else if (punctuator === '?.' && (tokens.isPunctuator(index + 1, '[') || tokens.isPunctuator(index + 1, '('))) {
          index++;
        } else {
          return false;
        }
        continue;
      case '[':
        steps++;
        lastMember = undefined;
        lastStepIsElement = true;
        index = tokens.matching(index) + 1;
        continue;
      case '(':
        if (lastMember !== undefined && COLLECTION_MUTATORS.has(lastMember)) {
          // The rule's chain depth is that of the callee's object: one step less.
          return (kinds & COLLECTION) !== 0 || ((kinds & OPAQUE_VALUE) !== 0 && steps === 1 && ARRAY_MUTATORS.has(lastMember));
        }
        if (lastMember === undefined || !ELEMENT_GETTERS.has(lastMember)) return false;
        lastMember = undefined;
        index = tokens.matching(index) + 1;
        continue;
      case '<':
        // Type arguments of a call (`cache.set<T>(…)`), or a comparison: assume the call.
        return lastMember !== undefined && (COLLECTION_MUTATORS.has(lastMember) || ELEMENT_GETTERS.has(lastMember));
      case '!':
      case ')':
        // A non-null assertion; a parenthesis closing around the chain (`(users).push(…)`).
        index++;
        continue;
      case '++':
      case '--':
        return steps === 0 ? (kinds & REASSIGNABLE) !== 0 : (kinds & COLLECTION) !== 0;
      default:
        if (!ASSIGNMENT_OPERATORS.has(punctuator)) return false;
        if (steps === 0) return (kinds & REASSIGNABLE) !== 0 && !LAZY_ASSIGNMENT_OPERATORS.has(punctuator);
        return (kinds & COLLECTION) !== 0 || ((kinds & OPAQUE_VALUE) !== 0 && steps === 1 && lastStepIsElement);
    }
  }
  return false;
}

/** Whether `text` may hold a write the rule reports (see the comment above REASSIGNABLE). */
function mayWriteModuleState(text: string, path: string): boolean {
  // TypeScript reads every script but .ts/.mts/.cts with JSX.
  const tokens = scanScriptTokens(text, !/\.[cm]?ts$/.test(path));
  if (!tokens) return true;
  const { writes, declarations, firstModuleLevelArrow } = lexicalModuleBindings(tokens);
  if (writes.size === 0) return false;
  // Names are looked up by length, then compared in place: slicing every name out of the text
  // would cost more than the scan.
  const namesByLength: string[][] = [];
  for (const name of writes.keys()) (namesByLength[name.length] ??= []).push(name);
  /** The writes that count on the name at `index`, if it may refer to a module binding in a function there. */
  const writesOn = (index: number): number => {
    if (tokens.kind(index) !== TokenKind.Identifier) return 0;
    const sameLength = namesByLength[tokens.end(index) - tokens.start(index)];
    const name = sameLength?.find((candidate) => tokens.isIdentifier(index, candidate));
    if (name === undefined || declarations.has(index) || tokens.isMemberName(index)) return 0;
    if (tokens.depth(index) === 0 && index < firstModuleLevelArrow) return 0;
    return writes.get(name)!;
  };
  /** A prefix form (`delete x.k`, `++x`, `Object.assign(x, …)`) whose operand starts at `index`. */
  const prefixWrites = (index: number, counting: number): boolean => {
    const root = operandRoot(tokens, index);
    return root === HIDDEN_OPERAND || (root >= 0 && (writesOn(root) & counting) !== 0);
  };
  for (let index = 0; index < tokens.count; index++) {
    const kind = tokens.kind(index);
    if (kind === TokenKind.Punctuator) {
      // ++x / ++x.count: the name itself (let/var) or a member (a collection).
      const punctuator = tokens.punctuator(index);
      if ((punctuator === '++' || punctuator === '--') && prefixWrites(index + 1, REASSIGNABLE | COLLECTION)) return true;
      continue;
    }
    if (kind !== TokenKind.Identifier) continue;
    if (tokens.isIdentifier(index, 'delete') && !tokens.isMemberName(index)) {
      if (prefixWrites(index + 1, COLLECTION)) return true;
    } else if (tokens.isIdentifier(index, 'assign') && tokens.isMemberName(index)) {
      // Object.assign(x, …) / Object.assign<T, U>(x, …)
      const open = tokens.isPunctuator(index + 1, '?.') ? index + 2 : index + 1;
      if (tokens.isPunctuator(open, '<') || (tokens.isPunctuator(open, '(') && prefixWrites(open + 1, COLLECTION))) return true;
    } else {
      const kinds = writesOn(index);
      if (kinds !== 0 && chainWrites(tokens, index, kinds)) return true;
    }
  }
  return false;
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
  scriptMayReport(ctx) {
    // The rule skips test files; elsewhere it needs a module binding written in a function.
    return !ctx.file.isTest && mayWriteModuleState(ctx.text, ctx.file.path);
  },
  // It reads the text's declarations and writes: several times the cost of the rule's walk.
  costlyPrefilter: true,
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
            message: `Module-level \`${write.binding.name}\` (${write.binding.imported ? 'imported' : 'declared'} on line ${ctx.rangeOf(write.binding.declaration).start.line + 1}) is ${write.action}${describeScope(ctx, scope)}: that state lives in one process only, so other instances never see it and a restart loses it. Keep it in a backing service (Redis, a database).`,
          });
        }
      },
    };
  },
};
