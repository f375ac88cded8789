import { posix } from 'node:path';
import type * as ts from 'typescript';
import type { PackageInfo, Rule, ScriptVisitor, WorkspaceFacts } from '../../types';
import { baseName, dirName } from '../../fileKinds';
import { MODULE_REFERENCE_KINDS, isRelativeSpecifier, moduleReferenceOf } from '../../analysis/moduleSpecifiers';
import { isFixturePath, isInstalledPackagePath, owningPackage, workspaceRelative } from '../../analysis/packageManifests';

/**
 * Tool configuration shared across a monorepo (`../../jest.preset.js`, `eslint.config.mjs`,
 * `.prettierrc.js`): configs legitimately extend a common preset by path.
 */
const TOOL_CONFIG_FILE = /(^|[.-])(config|preset)\.[cm]?[jt]s(on)?$|^\.[\w-]+rc(\.[cm]?[jt]s(on)?)?$|^tsconfig[\w.-]*\.json$/;

function isInside(dir: string, path: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

function displayName(facts: WorkspaceFacts, pkg: PackageInfo): string {
  const dir = pkg.dir === facts.root ? 'the workspace root' : workspaceRelative(facts, pkg.dir);
  return pkg.name ? `${pkg.name} (${dir})` : dir;
}

/**
 * The package a relative import lands in, when that is not the importer's own package and the
 * crossing is one the codebase factor cares about; undefined otherwise.
 */
function foreignPackageOf(facts: WorkspaceFacts, own: PackageInfo, targetPath: string): PackageInfo | undefined {
  // `+ '/index'` makes a directory target (`../../packages/lib`) belong to the package it is.
  const target = owningPackage(facts, `${targetPath}/index`);
  if (!target || target.dir === own.dir) return undefined;
  // Fixture projects are test data a test may load by path, not apps.
  if (isFixturePath(facts, target.dir) || isInstalledPackagePath(facts, targetPath)) return undefined;
  // Reading an enclosing package's manifest (the monorepo's version) shares metadata, not code.
  if (isInside(target.dir, own.dir) && baseName(targetPath) === 'package.json') return undefined;
  // Anything else leaves the package: another app, a library reached by path instead of by
  // name, or code kept loose in the repository root that two apps share by path.
  return target;
}

/**
 * For a file the rule checks, the test of one specifier: the foreign package a relative
 * specifier lands in, if any. Shared by the rule and its prefilter.
 */
function foreignTargetFinder(facts: WorkspaceFacts, path: string): ((specifier: string) => PackageInfo | undefined) | undefined {
  if (isInstalledPackagePath(facts, path) || TOOL_CONFIG_FILE.test(baseName(path))) return undefined;
  const own = owningPackage(facts, path);
  if (!own) return undefined;
  const fileDir = dirName(path);
  return (specifier) => {
    if (!isRelativeSpecifier(specifier)) return undefined;
    // Bundler queries (`?raw`) and hashes are not part of the path.
    const targetPath = posix.normalize(posix.join(fileDir, specifier.replace(/[?#].*$/, ''))).replace(/\/$/, '');
    if (TOOL_CONFIG_FILE.test(baseName(targetPath))) return undefined;
    return foreignPackageOf(facts, own, targetPath);
  };
}

export const crossAppImport: Rule = {
  meta: {
    id: 'codebase/cross-app-import',
    factor: 1,
    title: 'Do not import another app\'s source by relative path',
    description: 'A relative import that leaves its own package (nearest package.json) and reaches into another package\'s source ties two apps into one codebase; shared code belongs in a library package both declare as a dependency.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  // No keywords: '.' and '..' are relative specifiers without './'. The specifier scan is exact enough.
  scriptMayReport(ctx) {
    const foreignTarget = foreignTargetFinder(ctx.facts, ctx.file.path);
    if (!foreignTarget) return false;
    const specifiers = ctx.moduleSpecifiers();
    return specifiers === undefined || specifiers.some((specifier) => foreignTarget(specifier) !== undefined);
  },
  script(ctx) {
    const foreignTarget = foreignTargetFinder(ctx.facts, ctx.file.path);
    if (!foreignTarget) return {};
    const own = owningPackage(ctx.facts, ctx.file.path)!;
    const check = (node: ts.Node) => {
      const reference = moduleReferenceOf(node);
      const foreign = reference && foreignTarget(reference.specifier);
      if (!reference || !foreign) return;
      const remedy = foreign.name
        ? `Depend on ${foreign.name} by name (declared in package.json, e.g. "workspace:*") instead; if that is app code rather than a library, extract the shared part into a library package first.`
        : 'Extract the shared code into a library package (e.g. a workspace package) and depend on it by name.';
      ctx.report({
        range: ctx.rangeOf(reference.literal),
        message: `This import leaves ${displayName(ctx.facts, own)} and reaches into the source of ${displayName(ctx.facts, foreign)}: apps sharing code by path are one codebase that cannot be built, versioned or deployed apart. ${remedy}`,
      });
    };
    const visitor: ScriptVisitor = {};
    for (const kind of MODULE_REFERENCE_KINDS) visitor[kind] = check;
    return visitor;
  },
};
