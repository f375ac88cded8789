import ts = require('typescript');

/**
 * Variable declarations by name, per block, built once per block. Keyed weakly by the block
 * node, so the index goes away with the AST (no AST of a closed file is kept alive).
 */
const declarationsByScope = new WeakMap<ts.Node, ReadonlyMap<string, ts.VariableDeclaration>>();

function statementsOf(scope: ts.Node): readonly ts.Statement[] | undefined {
  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) return scope.statements;
  return undefined;
}

function declarationsOf(scope: ts.Node, statements: readonly ts.Statement[]): ReadonlyMap<string, ts.VariableDeclaration> {
  let index = declarationsByScope.get(scope);
  if (!index) {
    const built = new Map<string, ts.VariableDeclaration>();
    for (const statement of statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        // The first declaration of a name wins, as in a lexical lookup.
        if (ts.isIdentifier(declaration.name) && !built.has(declaration.name.text)) built.set(declaration.name.text, declaration);
      }
    }
    declarationsByScope.set(scope, built);
    index = built;
  }
  return index;
}

/**
 * The same lookup as `findVariableDeclaration` in calls.ts (block by block, outwards), but
 * each block's declarations are indexed once: rules that resolve many identifiers in one
 * large file stay linear instead of rescanning every statement for each identifier.
 */
export function findDeclaration(identifier: ts.Identifier): ts.VariableDeclaration | undefined {
  const name = identifier.text;
  let scope: ts.Node | undefined = identifier.parent;
  while (scope) {
    const statements = statementsOf(scope);
    if (statements) {
      const found = declarationsOf(scope, statements).get(name);
      if (found) return found;
    }
    scope = scope.parent;
  }
  return undefined;
}

export function findInitializer(identifier: ts.Identifier): ts.Expression | undefined {
  return findDeclaration(identifier)?.initializer;
}
