// Lexical scope questions answered without a type checker: "does this identifier refer to the
// module-level binding of the same name, or to something declared closer?" Good enough for
// the shapes rules care about (parameters, block-scoped and var declarations, catch and loop
// variables, nested function/class names); `with` and `eval` are ignored.
import ts = require('typescript');

/** Every identifier a binding name introduces (`{ a, b: [c] }` → a, c). */
export function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const names: string[] = [];
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    names.push(...bindingNames(element.name));
  }
  return names;
}

function declaresInStatements(statements: readonly ts.Statement[], name: string): boolean {
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      if (statement.declarationList.declarations.some((declaration) => bindingNames(declaration.name).includes(name))) return true;
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name?.text === name) {
      return true;
    }
  }
  return false;
}

function declaresInList(list: ts.ForInitializer | undefined, name: string): boolean {
  return !!list && ts.isVariableDeclarationList(list) && list.declarations.some((declaration) => bindingNames(declaration.name).includes(name));
}

/**
 * True when `identifier` is declared by some scope between it and the source file: a
 * parameter, a local `let/const/var`, a nested function or class name, a loop or catch
 * variable. False means the name, if declared at all, is declared at module level.
 */
export function isShadowedBelowModule(identifier: ts.Identifier): boolean {
  const name = identifier.text;
  let node: ts.Node | undefined = identifier.parent;
  while (node && !ts.isSourceFile(node)) {
    if (ts.isFunctionLike(node)) {
      if (node.parameters.some((parameter) => bindingNames(parameter.name).includes(name))) return true;
      // A named function expression sees its own name.
      if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name?.text === name) return true;
    } else if (ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
      if (declaresInStatements(node.statements, name)) return true;
    } else if (ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node)) {
      if (declaresInList(node.initializer, name)) return true;
    } else if (ts.isCatchClause(node)) {
      if (node.variableDeclaration && bindingNames(node.variableDeclaration.name).includes(name)) return true;
    }
    node = node.parent;
  }
  return false;
}

/** The top-level statement (a direct child of the source file) that contains `node`. */
export function topLevelStatementOf(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node | undefined = node;
  while (current && current.parent && !ts.isSourceFile(current.parent)) current = current.parent;
  return current && current.parent && ts.isSourceFile(current.parent) ? (current as ts.Statement) : undefined;
}
