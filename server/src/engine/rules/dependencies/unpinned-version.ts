import ts = require('typescript');
import type { DependencySection, Rule } from '../../types';
import { propertyNameText } from '../../analysis/literals';
import { declaresWorkspaces, isInstalledPackagePath } from '../../analysis/packageManifests';

/**
 * Sections whose entries are installed from this manifest. peerDependencies are left out on
 * purpose: they state which versions the *consumer* may bring, and a library's `"react": "*"`
 * there is a compatibility statement, not an install.
 */
const INSTALLED_SECTIONS: readonly DependencySection[] = ['dependencies', 'devDependencies', 'optionalDependencies'];

/** Protocols that point at code inside the repository or a fixed package: nothing floats. */
const LOCAL_PROTOCOLS = /^(file|link|portal|workspace|patch|catalog|exec):/;

/** Git hosts' shorthands and git URLs: `github:u/r`, `git+https://…`, `git@github.com:u/r.git`, `u/r`. */
const GIT_SOURCE = /^(git(\+[a-z]+)?:|github:|gitlab:|bitbucket:|gist:|git@|ssh:\/\/git@)|^[\w.-]+\/[\w.-]+(#.*)?$/i;

/** A commit-ish that names one fixed revision: a commit hash, a version tag, or a semver constraint on tags. */
function isFixedCommitish(commitish: string): boolean {
  if (/^[0-9a-f]{7,40}$/i.test(commitish)) return true;
  if (/^v?\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(commitish)) return true;
  // `#semver:^1.2.0` resolves to a tag inside a range: as pinned as a registry semver range.
  return /^semver:\s*\S/.test(commitish);
}

/** Why a version spec floats, or undefined when it is pinned enough. */
function whyUnpinned(spec: string): string | undefined {
  const value = spec.trim();
  if (value === '') return 'an empty range accepts any version';
  if (/^(\*|x|X)(\.(\*|x|X)){0,2}$/.test(value)) return `"${value}" accepts any version, including the next breaking major`;
  if (LOCAL_PROTOCOLS.test(value)) return undefined;
  if (value.startsWith('npm:')) {
    // npm:real-name@range — judge the range; without one npm installs the latest.
    const alias = value.slice(4);
    const at = alias.lastIndexOf('@');
    if (at <= 0) return `the alias "${value}" has no version, so it installs whatever is latest`;
    const why = whyUnpinned(alias.slice(at + 1));
    return why ? `the alias "${value}": ${why}` : undefined;
  }
  if (GIT_SOURCE.test(value)) {
    const hash = value.indexOf('#');
    if (hash === -1) return 'a git dependency without a commit or tag follows whatever the default branch holds';
    const commitish = value.slice(hash + 1);
    return isFixedCommitish(commitish) ? undefined : `"#${commitish}" names a branch, which moves; pin a commit hash or a tag`;
  }
  if (/^https?:\/\//i.test(value)) {
    const hash = value.indexOf('#');
    if (hash !== -1) return isFixedCommitish(value.slice(hash + 1)) ? undefined : `"${value.slice(hash)}" names a branch, which moves; pin a commit hash or a tag`;
    // A tarball whose name carries a version or a commit (…/pkg-1.2.3.tgz, …/tarball/<sha>) is fixed content.
    if (/\d+\.\d+\.\d+/.test(value) || /[/=][0-9a-f]{7,40}(\.tar\.gz|\.tgz|\.zip)?([/?#]|$)/i.test(value)) return undefined;
    return 'a URL without a version or commit can serve different code on every install';
  }
  // Anything else that is not a semver range is a dist-tag (latest, next, beta…): tags move.
  if (/^[A-Za-z][\w.-]*$/.test(value) && !/^v\d/.test(value)) return `the dist-tag "${value}" moves with every publish`;
  return undefined;
}

export const unpinnedVersion: Rule = {
  meta: {
    id: 'dependencies/unpinned-version',
    factor: 2,
    title: 'Pin dependency versions to a range',
    description: 'A dependency declared as "*", "latest", an empty range, a dist-tag or a git/URL source without a commit or tag installs different code over time, so two builds of the same commit are not the same app.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  packageJson(ctx) {
    if (!ctx.root || isInstalledPackagePath(ctx.facts, ctx.file.path)) return;
    const pkg = ctx.facts.packageFor(ctx.file.path);
    // npm workspaces have no `workspace:` protocol: members refer to each other as "*". Such an
    // entry resolves to the sibling's folder in the same commit, so nothing floats.
    const inWorkspace = pkg !== undefined && (pkg.workspaceRoot !== undefined || declaresWorkspaces(ctx.facts, pkg));
    const isWorkspaceSibling = (name: string) => inWorkspace && ctx.facts.workspacePackageNames.has(name);
    for (const section of ctx.root.properties) {
      const sectionName = propertyNameText(section.name);
      if (!ts.isPropertyAssignment(section) || !INSTALLED_SECTIONS.includes(sectionName as DependencySection) || !ts.isObjectLiteralExpression(section.initializer)) continue;
      for (const entry of section.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isStringLiteral(entry.initializer)) continue;
        const name = propertyNameText(entry.name);
        const why = whyUnpinned(entry.initializer.text);
        if (!name || !why || isWorkspaceSibling(name)) continue;
        ctx.report({
          range: ctx.rangeOf(entry.initializer),
          message: `"${name}" in ${sectionName} is not pinned: ${why}. Use a semver range such as "^1.2.3" (and commit the lockfile) so every build installs the same code.`,
        });
      }
    }
  },
};
