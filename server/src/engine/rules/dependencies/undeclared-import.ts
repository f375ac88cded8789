import ts = require('typescript');
import type { DependencySection, FileInfo, Fix, PackageInfo, Rule, ScriptContext, ScriptVisitor, WorkspaceFacts } from '../../types';
import { addDependencyChange } from '../../fixes';
import { baseName, pathBelow } from '../../fileKinds';
import { MODULE_REFERENCE_KINDS, isNodeBuiltin, matchesPathAlias, moduleReferenceOf, packageNameOf, typesPackageFor, type ModuleReference, type ModuleReferenceKind } from '../../analysis/moduleSpecifiers';
import { declaredSection, declaresWorkspaces, installedVersion, isDeclaredElsewhere, isFixturePath, isInstalledPackagePath, owningPackage, workspaceRelative, workspaceRootPackage } from '../../analysis/packageManifests';
import { isToolingFile } from '../../analysis/toolingFiles';

/**
 * Modules a host provides at runtime; declaring their typings is how a project declares them
 * (`vscode` inside an extension host).
 */
const HOST_PROVIDED_MODULES: ReadonlyMap<string, string> = new Map([['vscode', '@types/vscode']]);

/** Packages that are published as part of another package's install and documented that way. */
const SHIPPED_WITH: ReadonlyMap<string, readonly string[]> = new Map([['@jest/globals', ['jest']]]);

/** Config files of development tools: what they import belongs in devDependencies. */
const DEV_TOOL_CONFIG = /^\.?(eslint|prettier|stylelint|commitlint|lint-staged|babel|jest|vitest|vite|webpack|rollup|tsup|playwright|cypress|tailwind|postcss|karma|mocharc|ava|nyc|c8|wdio|knip|size-limit)[\w.-]*\.[cm]?[jt]s$/;

function prefersDevDependency(file: FileInfo): boolean {
  return file.isTest || DEV_TOOL_CONFIG.test(baseName(file.path));
}

/**
 * Folders of a package that hold what it ships rather than tooling: a CLI's `bin/` runs on its
 * users' machines and `dist/` holds compiled runtime code, although isToolingFile counts both.
 */
const SHIPPED_CODE_DIR = /(^|\/)(bin|dist)\//;

/**
 * May this file rely on a package the workspace root declares? Test files and development
 * tooling (bundler, test-runner and linter configs, `scripts/`) only ever run where the whole
 * monorepo is installed, and sharing the root's devDependencies is how monorepos set them up.
 * Runtime code is built, installed and deployed with its own package (pnpm's strict layout,
 * `npm install --workspace`, a Docker build of the app folder), so it must declare what it
 * loads in its nearest package.json, as the catalog says.
 */
function mayRelyOnRootDeclarations(facts: WorkspaceFacts, file: FileInfo, pkg: PackageInfo): boolean {
  if (prefersDevDependency(file)) return true;
  const inPackage = pathBelow(pkg.dir, file.path) ?? file.path;
  if (SHIPPED_CODE_DIR.test(inPackage)) return false;
  return isToolingFile(facts, file.path);
}

/** The workspace root's manifest when it (and not the package's own) declares `packageName`. */
function rootOnlyDeclaration(facts: WorkspaceFacts, pkg: PackageInfo, packageName: string): PackageInfo | undefined {
  if (pkg.dependencies.has(packageName)) return undefined;
  const root = workspaceRootPackage(facts, pkg);
  return root?.dependencies.has(packageName) ? root : undefined;
}

function isTypeScriptFile(path: string): boolean {
  return /\.[cm]?tsx?$/.test(path);
}

/**
 * True when loading the package needs no declaration of its own (or has one outside the four
 * sections). A declaration in the workspace root counts only when `rootDeclarationsCount`.
 */
function isAccountedFor(facts: WorkspaceFacts, pkg: PackageInfo, packageName: string, rootDeclarationsCount: boolean): boolean {
  if (pkg.dependencies.has(packageName) || isDeclaredElsewhere(facts, pkg, packageName)) return true;
  if (rootDeclarationsCount && declaredSection(facts, pkg, packageName)) return true;
  // Self-reference through the package's own "exports".
  if (pkg.name === packageName) return true;
  // Monorepo siblings resolve through the workspace's links (see the doc page for why they are
  // not flagged). Only inside a workspace: elsewhere a sibling folder's name resolves to nothing.
  if (facts.workspacePackageNames.has(packageName) && (pkg.workspaceRoot !== undefined || declaresWorkspaces(facts, pkg))) return true;
  const hostTypings = HOST_PROVIDED_MODULES.get(packageName);
  if (hostTypings && declaredSection(facts, pkg, hostTypings)) return true;
  const carriers = SHIPPED_WITH.get(packageName);
  return carriers !== undefined && carriers.some((carrier) => declaredSection(facts, pkg, carrier) !== undefined);
}

/** Local names an import binds, excluding `type`-marked ones (they are always erased). */
function importedValueNames(declaration: ts.ImportDeclaration | ts.ImportEqualsDeclaration): ts.Identifier[] {
  if (ts.isImportEqualsDeclaration(declaration)) return [declaration.name];
  const clause = declaration.importClause;
  if (!clause) return [];
  const names: ts.Identifier[] = [];
  if (clause.name) names.push(clause.name);
  const named = clause.namedBindings;
  if (named && ts.isNamespaceImport(named)) names.push(named.name);
  if (named && ts.isNamedImports(named)) for (const element of named.elements) if (!element.isTypeOnly) names.push(element.name);
  return names;
}

/** An identifier that names a member or a declaration rather than referring to a binding. */
function isNonReferenceName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return true;
  if (ts.isQualifiedName(parent) && parent.right === identifier) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent) || ts.isEnumMember(parent)) && parent.name === identifier) return true;
  return ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isImportEqualsDeclaration(parent);
}

/** True when the identifier sits where the compiler erases it (a type annotation, `implements`, `typeof` in a type). */
function isInTypePosition(identifier: ts.Identifier): boolean {
  for (let node: ts.Node = identifier.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isExpressionWithTypeArguments(node)) {
      const clause = node.parent;
      // `class A extends Base` needs Base at runtime; `implements X` and interface `extends` do not;
      // an instantiation expression (`make<T>`) is a value.
      if (!ts.isHeritageClause(clause)) return false;
      return clause.token === ts.SyntaxKind.ImplementsKeyword || ts.isInterfaceDeclaration(clause.parent);
    }
    if (ts.isTypeNode(node)) return true;
  }
  return false;
}

/**
 * For TypeScript files: true when every local name the import binds is used only in type
 * positions, so the compiler drops the import and nothing is loaded at runtime.
 */
function isErasedImport(sourceFile: ts.SourceFile, declaration: ts.ImportDeclaration | ts.ImportEqualsDeclaration): boolean {
  if (ts.isImportDeclaration(declaration) && !declaration.importClause) return false;
  const names = new Set(importedValueNames(declaration).map((identifier) => identifier.text));
  if (names.size === 0) return true;
  let usedAsValue = false;
  const visit = (node: ts.Node): void => {
    if (usedAsValue) return;
    if (ts.isIdentifier(node) && names.has(node.text) && !isNonReferenceName(node) && !isInTypePosition(node)) {
      usedAsValue = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return !usedAsValue;
}

function versionRangeFor(facts: WorkspaceFacts, pkg: PackageInfo, packageName: string): { range: string; known: boolean } {
  // The root's own range keeps the member on the version the whole workspace already uses.
  const rootRange = rootOnlyDeclaration(facts, pkg, packageName)?.dependencies.get(packageName)?.range;
  if (rootRange) return { range: rootRange, known: true };
  const version = installedVersion(facts, pkg, packageName);
  if (!version) return { range: '*', known: false };
  // A prerelease is pinned exactly: a caret range would not match later prereleases as users expect.
  return { range: version.includes('-') ? version : `^${version}`, known: true };
}

function fixesFor(ctx: ScriptContext, pkg: PackageInfo, packageName: string): Fix[] {
  const manifest = workspaceRelative(ctx.facts, pkg.manifestPath);
  const { range, known } = versionRangeFor(ctx.facts, pkg, packageName);
  const sections: DependencySection[] = prefersDevDependency(ctx.file) ? ['devDependencies', 'dependencies'] : ['dependencies'];
  const fixes: Fix[] = [];
  for (const section of sections) {
    const change = addDependencyChange(ctx.facts, pkg, packageName, range, section);
    if (!change) continue;
    fixes.push({
      // The version is honest: the installed one when known, else "*" to be pinned by `npm install <name>`.
      title: known ? `Add "${packageName}": "${range}" to ${section} in ${manifest}` : `Add "${packageName}" to ${section} in ${manifest} (version "*": run npm install ${packageName} to pin it)`,
      isPreferred: fixes.length === 0,
      // Editing another file's dependencies leaves the lockfile behind: never apply it unseen.
      safe: false,
      changes: [change],
    });
  }
  return fixes;
}

interface DeclarationScope {
  pkg: PackageInfo;
  /** The package a specifier loads when this file's package does not account for it. */
  undeclaredPackage(specifier: string): string | undefined;
}

/**
 * The package whose manifest must declare this file's imports, and the test of one specifier
 * against it — shared by the rule and its prefilter, so they cannot disagree. Undefined for
 * files the rule does not check.
 */
function declarationScope(facts: WorkspaceFacts, file: FileInfo): DeclarationScope | undefined {
  // Installed packages, test fixture data and minified bundles (UMD wrappers `require`
  // whatever their authors bundled against) are not the project's own imports.
  if (isInstalledPackagePath(facts, file.path) || isFixturePath(facts, file.path) || /\.(min|bundle)\.[cm]?js$/.test(file.path)) return undefined;
  const pkg = owningPackage(facts, file.path);
  // Without a (readable) manifest there is nothing the code could have declared its packages in.
  if (!pkg || pkg.malformed) return undefined;
  const aliases = facts.pathAliasesFor(file.path);
  const rootDeclarationsCount = mayRelyOnRootDeclarations(facts, file, pkg);
  return {
    pkg,
    undeclaredPackage(specifier) {
      const packageName = packageNameOf(specifier);
      if (!packageName || isNodeBuiltin(specifier) || isNodeBuiltin(packageName)) return undefined;
      if (matchesPathAlias(specifier, aliases)) return undefined;
      return isAccountedFor(facts, pkg, packageName, rootDeclarationsCount) ? undefined : packageName;
    },
  };
}

/** References that name a module without loading it. */
const RESOLVE_ONLY_KINDS: ReadonlySet<ModuleReferenceKind> = new Set<ModuleReferenceKind>(['require-resolve', 'import-meta-resolve']);

export const undeclaredImport: Rule = {
  meta: {
    id: 'dependencies/undeclared-import',
    factor: 2,
    title: 'Declare every package the code imports',
    description: 'An import, require or dynamic import() of a package that the nearest package.json does not declare only works while something else happens to install it, so a clean install of the app can break.',
    defaultSeverity: 'error',
    fixable: true,
  },
  scriptKeywords: ['import', 'require', 'export'],
  scriptMayReport(ctx) {
    const scope = declarationScope(ctx.facts, ctx.file);
    if (!scope) return false;
    const specifiers = ctx.moduleSpecifiers();
    return specifiers === undefined || specifiers.some((specifier) => scope.undeclaredPackage(specifier) !== undefined);
  },
  script(ctx) {
    const scope = declarationScope(ctx.facts, ctx.file);
    if (!scope) return {};
    const { pkg, undeclaredPackage } = scope;
    const manifest = workspaceRelative(ctx.facts, pkg.manifestPath);
    const typesOnlyCandidates: Array<{ reference: ModuleReference; packageName: string; declaration: ts.ImportDeclaration | ts.ImportEqualsDeclaration }> = [];

    const report = (reference: ModuleReference, packageName: string, typesDeclared: boolean) => {
      const what = reference.specifier === packageName ? `'${packageName}'` : `'${reference.specifier}' (package '${packageName}')`;
      const typesNote = typesDeclared ? ` Only its typings (${typesPackageFor(packageName)}) are declared, and this import is loaded at runtime.` : '';
      const section = prefersDevDependency(ctx.file) ? 'devDependencies' : 'dependencies';
      const root = rootOnlyDeclaration(ctx.facts, pkg, packageName);
      const message = root
        ? `${what} is declared only in the workspace root (${workspaceRelative(ctx.facts, root.manifestPath)}), not in ${manifest}: runtime code resolves it through the root's install alone, which pnpm's strict layout, a focused install or a deploy of this package does not provide. Declare it in ${section} of ${manifest}.${typesNote}`
        : `${what} is not declared in ${manifest}: it only resolves while another package happens to install it, so a clean install can break the app. Declare it in ${section}.${typesNote}`;
      ctx.report({
        range: ctx.rangeOf(reference.literal),
        message,
        fixes: fixesFor(ctx, pkg, packageName),
      });
    };

    const check = (node: ts.Node) => {
      const reference = moduleReferenceOf(node);
      // Type-only imports are erased by the compiler: nothing is loaded at runtime.
      if (!reference || reference.typeOnly) return;
      // The catalog flags loads (import, require, dynamic import()). `require.resolve` /
      // `import.meta.resolve` only compute a path — often to another package's file run as a
      // tool (`require.resolve('npm/bin/npm-cli.js')`), with a fallback when it is missing.
      if (RESOLVE_ONLY_KINDS.has(reference.kind)) return;
      const packageName = undeclaredPackage(reference.specifier);
      if (!packageName) return;
      const typesDeclared = declaredSection(ctx.facts, pkg, typesPackageFor(packageName)) !== undefined;
      const declaration = reference.declaration;
      if (typesDeclared && isTypeScriptFile(ctx.file.path) && declaration && !ts.isExportDeclaration(declaration)) {
        // Decided after the walk: the import is erased if its names are only used as types.
        typesOnlyCandidates.push({ reference, packageName, declaration });
        return;
      }
      report(reference, packageName, typesDeclared);
    };

    const visitor: ScriptVisitor = {
      onEnd() {
        for (const { reference, packageName, declaration } of typesOnlyCandidates) {
          if (!isErasedImport(ctx.sourceFile, declaration)) report(reference, packageName, true);
        }
      },
    };
    for (const kind of MODULE_REFERENCE_KINDS) visitor[kind] = check;
    return visitor;
  },
};
