import ts = require('typescript');
import type { Rule } from '../../types';
import { propertyNameText } from '../../analysis/literals';
import { isInstalledPackagePath, workspaceRelative } from '../../analysis/packageManifests';

/**
 * Sections a package manager installs from this manifest. A manifest with only
 * peerDependencies installs nothing of its own, so it has nothing to lock.
 */
const INSTALLED_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'];

const LOCKFILE_LIST = 'package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml or bun.lock';

export const missingLockfile: Rule = {
  meta: {
    id: 'dependencies/missing-lockfile',
    factor: 2,
    title: 'Commit a lockfile for every installed package',
    description: 'A package.json with dependencies but no lockfile beside it or in its workspace root resolves its ranges anew on every install, so builds of the same commit can get different dependency trees.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  packageJson(ctx) {
    // Manifests of installed packages and of test fixtures are data, not projects someone installs.
    if (!ctx.root || isInstalledPackagePath(ctx.facts, ctx.file.path) || ctx.file.isTest) return;
    let sectionKey: ts.PropertyName | undefined;
    let dependencyCount = 0;
    for (const property of ctx.root.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const name = propertyNameText(property.name);
      if (!name || !INSTALLED_SECTIONS.includes(name) || property.initializer.properties.length === 0) continue;
      dependencyCount += property.initializer.properties.length;
      // Point at "dependencies" when present, else the first installed section.
      if (!sectionKey || name === 'dependencies') sectionKey = property.name;
    }
    if (!sectionKey) return;

    const pkg = ctx.facts.packageFor(ctx.file.path);
    const lockfile = pkg?.lockfile;
    const noun = dependencyCount === 1 ? 'dependency' : 'dependencies';
    if (!lockfile) {
      const where = pkg?.workspaceRoot ? ` or in the workspace root (${workspaceRelative(ctx.facts, `${pkg.workspaceRoot}/package.json`)})` : '';
      ctx.report({
        range: ctx.rangeOf(sectionKey),
        message: `This package declares ${dependencyCount} ${noun} but has no lockfile (${LOCKFILE_LIST}) beside it${where}: every install re-resolves the ranges, so two builds of the same commit can differ. Run your package manager's install and commit the lockfile it writes.`,
      });
      return;
    }
    if (ctx.facts.isGitIgnored(lockfile)) {
      ctx.report({
        range: ctx.rangeOf(sectionKey),
        message: `This package declares ${dependencyCount} ${noun}, but its lockfile ${workspaceRelative(ctx.facts, lockfile)} is ignored by git, so builds from the repository do not use it. Remove it from .gitignore and commit it.`,
      });
    }
  },
};
