import ts = require('typescript');
import type { ModuleBinding, ModuleBindings } from '../types';

export function stripNodePrefix(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

/** `require('x')` → 'x'; also sees through `require('x').default` and `await import('x')`. */
export function requiredModule(expression: ts.Expression): string | undefined {
  let current = expression;
  while (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current)) current = current.expression;
  if (ts.isCallExpression(current)) {
    const isRequire = ts.isIdentifier(current.expression) && current.expression.text === 'require';
    const isDynamicImport = current.expression.kind === ts.SyntaxKind.ImportKeyword;
    const [first] = current.arguments;
    if ((isRequire || isDynamicImport) && first && ts.isStringLiteralLike(first)) return stripNodePrefix(first.text);
  }
  return undefined;
}

function bindFromRequire(target: ts.BindingName, initializer: ts.Expression, bindings: Map<string, ModuleBinding>): void {
  let expression = initializer;
  let member: string | undefined;
  // const exec = require('child_process').exec
  if (ts.isPropertyAccessExpression(expression)) {
    member = expression.name.text;
    expression = expression.expression;
  }
  const module = requiredModule(expression);
  if (!module) return;
  if (ts.isIdentifier(target)) {
    bindings.set(target.text, { module, imported: member ?? '*' });
    return;
  }
  if (ts.isObjectBindingPattern(target) && !member) {
    for (const element of target.elements) {
      if (!ts.isIdentifier(element.name)) continue;
      const importedName = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
      bindings.set(element.name.text, { module, imported: importedName });
    }
  }
}

/**
 * Collects the module bindings of a file's top-level statements: ES imports,
 * `import x = require()`, and `const x = require()` / destructuring. Only the top level is
 * read (cheap, no second full walk); requires nested in functions are rare in services.
 */
export function collectModuleBindings(sourceFile: ts.SourceFile): ModuleBindings {
  const bindings = new Map<string, ModuleBinding>();
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module = stripNodePrefix(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) bindings.set(clause.name.text, { module, imported: 'default' });
      const named = clause.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, { module, imported: '*' });
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          bindings.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
        }
      }
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const reference = statement.moduleReference.expression;
      if (ts.isStringLiteral(reference)) bindings.set(statement.name.text, { module: stripNodePrefix(reference.text), imported: '*' });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer) bindFromRequire(declaration.name, declaration.initializer, bindings);
      }
    }
  }
  return bindings;
}
