// Which script files are build/dev tooling rather than the deployed app: build scripts,
// bundler and test-runner configuration, CI helpers, files only npm scripts like `build` run.
// Rules about what the *running app* does (build-release-run/runtime-build) skip them.
import type { PackageInfo, WorkspaceFacts } from '../types';
import { baseName, pathBelow } from '../fileKinds';

/** Folders that hold tooling by convention. `dist/` holds compiled copies of the source. */
const TOOLING_DIR = /(^|\/)(scripts?|build|tools?|tooling|bin|dist|\.github|\.husky|\.circleci|\.gitlab|ci|\.storybook|cypress|playwright|\.vscode|\.devcontainer)\//;
/** Configuration files of bundlers, test runners, linters, task runners and ORMs' CLIs. */
const CONFIG_FILE = /([.\-_](config|conf)\.[cm]?[jt]sx?$)|^\.[a-z-]+rc\.[cm]?[jt]s$|^(gulpfile|gruntfile|jakefile|knexfile|ormconfig|dangerfile|\.sequelizerc|\.pnpmfile|webpack\.[\w.-]+|rollup\.[\w.-]+|vite\.[\w.-]+|esbuild\.[\w.-]+|tsup\.[\w.-]+|babel\.[\w.-]+|jest\.[\w.-]+|vitest\.[\w.-]+|karma\.[\w.-]+|playwright\.[\w.-]+|cypress\.[\w.-]+|wallaby\.[\w.-]+|setup-tests|setupTests)(\.[cm]?[jt]sx?)?$/i;
/** Stand-alone helper scripts named for what they do: `install-deps.js`, `setup.ts`, `build.mjs`, `deploy.js`. */
const TOOLING_SCRIPT_NAME = /^(install|setup|bootstrap|postinstall|preinstall|prepare|build|compile|bundle|release|deploy|publish|copy-assets)([-_.][\w.-]*)?\.[cm]?[jt]s$/i;
/** npm scripts that run the deployed process. */
const START_LIKE_SCRIPT = /^(start|serve|server|prod|production|web|worker|main)(:(prod|production|server|web))?$/;

function withoutExtension(path: string): string {
  return path.replace(/^\.\//, '').replace(/\.[cm]?[jt]sx?$/, '');
}

/** What a package's npm scripts mention, worked out once per package (asked for every file). */
interface ScriptMentions {
  /** Path stems (no extension) named by scripts that run the deployed process. */
  byStart: ReadonlySet<string>;
  /** The same stems without a dist/build/lib/out folder: the compiled twin of `src/<stem>`. */
  byStartCompiled: ReadonlySet<string>;
  /** Path stems named by any other script. */
  byTooling: ReadonlySet<string>;
}

const mentionsByPackage = new WeakMap<PackageInfo, ScriptMentions>();

function scriptMentions(pkg: PackageInfo): ScriptMentions {
  let mentions = mentionsByPackage.get(pkg);
  if (!mentions) {
    const byStart = new Set<string>();
    const byStartCompiled = new Set<string>();
    const byTooling = new Set<string>();
    for (const [name, command] of Object.entries(pkg.scripts)) {
      const startLike = START_LIKE_SCRIPT.test(name);
      for (const word of command.split(/[\s"'=]+/)) {
        const stem = withoutExtension(word);
        if (startLike) {
          byStart.add(stem);
          byStartCompiled.add(stem.replace(/^(dist|build|lib|out)\//, ''));
        } else {
          byTooling.add(stem);
        }
      }
    }
    mentions = { byStart, byStartCompiled, byTooling };
    mentionsByPackage.set(pkg, mentions);
  }
  return mentions;
}

/**
 * True when npm scripts run this file, and only scripts that are not the app's start
 * (`"build": "node build.js"`, `"dev": "node dev-server.js"`). A start script running the
 * compiled twin (`node dist/index.js` for `src/index.ts`) counts as running it.
 */
function runOnlyByToolingScripts(relativePath: string, pkg: PackageInfo): boolean {
  const target = withoutExtension(relativePath);
  const { byStart, byStartCompiled, byTooling } = scriptMentions(pkg);
  if (byStart.has(target) || byStartCompiled.has(target.replace(/^src\//, ''))) return false;
  return byTooling.has(target);
}

/** A build script, a config file, a CI helper, a dev-only entry: not code the deployed app runs. */
export function isToolingFile(facts: WorkspaceFacts, path: string): boolean {
  const name = baseName(path);
  if (CONFIG_FILE.test(name)) return true;
  const inWorkspace = pathBelow(facts.root, path) ?? name;
  if (TOOLING_DIR.test(inWorkspace)) return true;
  // Only beside package.json: `src/routes/build.ts` of a CI service is app code.
  if (TOOLING_SCRIPT_NAME.test(name) && !inWorkspace.includes('/')) return true;
  const pkg = facts.packageFor(path);
  if (!pkg) return false;
  const inPackage = pathBelow(pkg.dir, path);
  if (inPackage === undefined) return false;
  if (TOOLING_DIR.test(inPackage)) return true;
  if (TOOLING_SCRIPT_NAME.test(name) && !inPackage.includes('/')) return true;
  return runOnlyByToolingScripts(inPackage, pkg);
}

/**
 * A command-line tool package (a `bin` and no `start` script): its commands run on a
 * developer's machine, where installing and building is their job (scaffolders, CLIs).
 */
export function isCliPackage(facts: WorkspaceFacts, pkg: PackageInfo | undefined): boolean {
  if (!pkg || pkg.malformed || 'start' in pkg.scripts) return false;
  const text = facts.textOf(pkg.manifestPath);
  if (text === undefined) return false;
  try {
    const manifest: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof manifest === 'object' && manifest !== null && 'bin' in manifest;
  } catch {
    return false;
  }
}
