// What starts without the engine must not import it: the CLI's front end (cli.ts) answers cached
// runs, --help and --version, and the language server (server.ts) answers initialize, before
// TypeScript and the rules are loaded. Both reach the engine only through engine/onDemand.ts,
// whose `require` is a call, not an import. This follows every value import (type-only ones
// vanish when compiled) from those entry points and fails, naming the chain, when one reaches a
// module that imports TypeScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts = require('typescript');

const root = join(__dirname, '..', '..', '..');

/** The module specifiers a file imports for their values (not `import type`, not type-only names). */
function valueImports(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(statement) && !statement.isTypeOnly && ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteral(statement.moduleReference.expression)) {
      specifiers.push(statement.moduleReference.expression.text);
    }
  }
  return specifiers;
}

function resolveSource(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

/** The import chain from `entry` to a module that imports TypeScript, if there is one. */
function chainToTypeScript(entry: string): string[] | undefined {
  const seen = new Set<string>();
  const search = (path: string, chain: string[]): string[] | undefined => {
    if (seen.has(path)) return undefined;
    seen.add(path);
    const here = [...chain, relative(root, path)];
    for (const specifier of valueImports(path)) {
      if (specifier === 'typescript') return [...here, 'typescript'];
      const next = resolveSource(path, specifier);
      const found = next && search(next, here);
      if (found) return found;
    }
    return undefined;
  };
  return search(entry, []);
}

for (const entry of ['server/src/cli.ts', 'server/src/server.ts', 'server/src/serverMain.ts']) {
  test(`${entry} imports nothing that imports TypeScript`, () => {
    const chain = chainToTypeScript(join(root, entry));
    assert.equal(chain, undefined, `an eager path to TypeScript: ${chain?.join(' → ')}`);
  });
}

test('the check sees an eager path: the engine entry itself reaches TypeScript', () => {
  const chain = chainToTypeScript(join(root, 'server/src/engine/onDemandModules.ts'));
  assert.ok(chain && chain.at(-1) === 'typescript', 'onDemandModules.ts imports TypeScript');
});
