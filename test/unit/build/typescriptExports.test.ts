// The esbuild plugin the server, CLI and benchmark bundles are built with (scripts/typescriptExports.mjs):
// our sources get TypeScript's values as plain data properties, and nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '..', '..', '..');
const requireHere = createRequire(__filename);

test('a bundle built with typescriptExports reads the names its sources use as data properties, and every other name from TypeScript itself', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tf-typescript-exports-'));
  try {
    mkdirSync(join(folder, 'src'));
    // `ts.isIdentifier` and `ts.SyntaxKind` are mentioned; `createScanner` is reached by a computed name only.
    writeFileSync(
      join(folder, 'src', 'entry.ts'),
      [
        "import ts = require('typescript');",
        "const scannerName = ['create', 'Scanner'].join('');",
        'export const namespace = ts;',
        "export const kind = ts.SyntaxKind.Identifier;",
        "export const identifierCheck = ts.isIdentifier(ts.factory.createIdentifier('x'));",
        'export const scannerFactory = (ts as unknown as Record<string, unknown>)[scannerName];',
      ].join('\n'),
    );
    const { typescriptExports } = (await import(join(root, 'scripts', 'typescriptExports.mjs'))) as { typescriptExports: (root: string, folders: string[]) => import('esbuild').Plugin };
    const outfile = join(folder, 'out.js');
    await build({ entryPoints: [join(folder, 'src', 'entry.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', nodePaths: [join(root, 'node_modules')], plugins: [typescriptExports(root, [folder])] });
    const bundled = requireHere(outfile) as { namespace: Record<string, unknown>; kind: number; identifierCheck: boolean; scannerFactory: unknown };
    // The bundle carries its own copy of TypeScript (as the server's does): compare with that copy.
    const typescript = Object.getPrototypeOf(bundled.namespace) as Record<string, unknown>;
    assert.equal(typescript.version, (requireHere('typescript') as { version: string }).version);
    assert.equal(Object.getOwnPropertyDescriptor(typescript, 'isIdentifier')?.get !== undefined, true, "TypeScript's own exports are getters");

    assert.equal(bundled.identifierCheck, true);
    assert.equal(bundled.kind, (typescript.SyntaxKind as Record<string, number>).Identifier);
    for (const name of ['isIdentifier', 'SyntaxKind', 'factory']) {
      const descriptor = Object.getOwnPropertyDescriptor(bundled.namespace, name);
      assert.ok(descriptor && 'value' in descriptor, `${name} is an own data property`);
      assert.equal(descriptor.value, typescript[name], `${name} is TypeScript's own value`);
    }
    // Not mentioned as ts.<name>: not copied, still there through the prototype.
    assert.equal(Object.getOwnPropertyDescriptor(bundled.namespace, 'createScanner'), undefined);
    assert.equal(bundled.scannerFactory, typescript.createScanner);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
