// Recognises build-stage work in a shell command line: installing dependencies, compiling,
// bundling, transpiling at run time, watching files, running a development server. Shared by
// build-release-run/runtime-build (commands an app launches) and
// build-release-run/start-script-builds (the package.json start script).
// These are regexes over the text of a single command string, never over a source file.
import { ownEntry } from './ownEntry';

export type BuildStepKind =
  /** npm/yarn/pnpm install, pip install, bundle install, apt-get install… */
  | 'install'
  /** tsc, webpack, vite build, next build, npm run build, go build… */
  | 'build'
  /** ts-node, tsx, babel-node, node -r ts-node/register: compiles source as it runs. */
  | 'transpile'
  /** nodemon, node --watch, nest start --watch: restarts on file changes. */
  | 'watch'
  /** vite, next dev, react-scripts start, webpack serve, ng serve: a development server. */
  | 'dev-server';

export interface BuildStep {
  kind: BuildStepKind;
  /** The command as the user would recognise it: 'tsc', 'npm run build', 'ts-node'. */
  command: string;
}

/** Modules that compile TypeScript / modern JS when loaded with -r / --require / --loader / --import. */
const TRANSPILER_HOOK = /^(ts-node(\/.*)?|tsx(\/(cjs|esm))?|@babel\/register|babel-register|babel-core\/register|@swc\/register|@swc-node\/register(\/esm)?|esbuild-register(\/.*)?|sucrase\/register(\/.*)?|@esbuild-kit\/(cjs|esm)-loader|coffeescript\/register|coffee-script\/register|esm)$/;

const RUNTIME_TRANSPILERS = new Set(['ts-node', 'ts-node-dev', 'tsnd', 'ts-node-esm', 'ts-node-script', 'ts-node-transpile-only', 'ts-node-cwd', 'babel-node', 'tsx', 'esno', 'esr', 'esrun', 'swc-node', 'sucrase-node', 'vite-node', 'coffee']);
const WATCHERS = new Set(['nodemon', 'node-dev', 'supervisor', 'onchange', 'chokidar', 'node-supervisor']);
/** Compilers and bundlers that build whatever their arguments. */
const BUILDERS = new Set(['tsc', 'rollup', 'esbuild', 'tsup', 'swc', 'babel', 'ncc', 'gulp', 'grunt', 'tsc-alias', 'microbundle', 'unbuild', 'pkgroll', 'tsdown', 'rspack', 'rsbuild']);
/** Frameworks whose CLI builds with one sub-command and serves in development with another. */
const FRAMEWORK_CLIS: Record<string, { build: string[]; dev: string[] }> = {
  vite: { build: ['build'], dev: ['', 'dev', 'serve'] },
  next: { build: ['build'], dev: ['dev'] },
  nuxt: { build: ['build', 'generate'], dev: ['dev'] },
  nuxi: { build: ['build', 'generate'], dev: ['dev'] },
  ng: { build: ['build'], dev: ['serve'] },
  'react-scripts': { build: ['build'], dev: ['start'] },
  craco: { build: ['build'], dev: ['start'] },
  'react-app-rewired': { build: ['build'], dev: ['start'] },
  'vue-cli-service': { build: ['build'], dev: ['serve'] },
  gatsby: { build: ['build'], dev: ['develop'] },
  remix: { build: ['build'], dev: ['dev'] },
  astro: { build: ['build'], dev: ['dev'] },
  'svelte-kit': { build: ['build'], dev: ['dev'] },
  umi: { build: ['build'], dev: ['dev'] },
  parcel: { build: ['build'], dev: ['', 'serve', 'watch'] },
  'webpack-dev-server': { build: [], dev: ['', 'serve'] },
  rspack: { build: ['build', ''], dev: ['dev', 'serve'] },
  snowpack: { build: ['build'], dev: ['dev'] },
  strapi: { build: ['build'], dev: ['develop', 'dev'] },
  keystone: { build: ['build'], dev: ['dev'] },
  blitz: { build: ['build'], dev: ['dev'] },
  docusaurus: { build: ['build'], dev: ['start'] },
  vuepress: { build: ['build'], dev: ['dev'] },
  vitepress: { build: ['build'], dev: ['', 'dev'] },
};
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun', 'cnpm']);
const NPM_INSTALL = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'ci', 'clean-install', 'ic', 'install-clean', 'isntall-clean', 'add', 'update', 'up', 'upgrade', 'rebuild', 'rb', 'install-ci-test', 'cit', 'install-test', 'it']);
/** Sub-commands of a package manager that are not script names. */
const PACKAGE_MANAGER_BUILTINS = new Set(['start', 'test', 't', 'tst', 'stop', 'restart', 'exec', 'x', 'dlx', 'workspace', 'workspaces', 'config', 'cache', 'info', 'view', 'why', 'audit', 'outdated', 'ls', 'list', 'link', 'unlink', 'publish', 'pack', 'version', 'init', 'create', 'login', 'logout', 'whoami', 'bin', 'root', 'prefix', 'set', 'remove', 'rm', 'uninstall', 'prune', 'dedupe', 'node', 'help', 'global', 'plugin', 'constraints', 'recursive', '-r', 'env', 'doctor', 'licenses', 'store', 'fetch']);
/** Flags of package managers and wrappers that take a value (`npm --prefix client install`). */
const VALUE_FLAGS = new Set(['--prefix', '-C', '--cwd', '--dir', '--filter', '-F', '-w', '--workspace', '--cache', '--registry', '-p', '--package', '--userconfig', '--loglevel']);
/** Script names that build by convention, when the script's body is not known. */
const BUILD_SCRIPT_NAME = /^(build|compile|bundle|transpile|tsc|webpack|rollup|esbuild|dist|prepare|postinstall)([:\-_.].*)?$|(^|[:\-_.])build([:\-_.]|$)/i;
const DEV_SCRIPT_NAME = /^(dev|develop|watch|serve:dev|start:dev)([:\-_.].*)?$/i;
/** Commands that prefix another command without changing what it is. */
const COMMAND_WRAPPERS = new Set(['env', 'cross-env', 'cross-env-shell', 'sudo', 'time', 'nice', 'exec', 'npx', 'pnpx', 'bunx', 'nohup', 'call']);

type Scripts = Readonly<Record<string, string>>;

interface ClassifyState {
  scripts: Scripts | undefined;
  /** Script names already expanded (start → serve → start loops). */
  visited: Set<string>;
  depth: number;
}

/** `'ts-node src'` and `"tsc -w"`: quoted parts are commands of their own (concurrently, sh -c, nodemon --exec). */
function splitQuoted(line: string): { outer: string; quoted: string[] } {
  const quoted: string[] = [];
  const outer = line.replace(/'([^']*)'|"([^"]*)"|`([^`]*)`/g, (_match, single: string | undefined, double: string | undefined, back: string | undefined) => {
    quoted.push(single ?? double ?? back ?? '');
    return ' ';
  });
  return { outer, quoted };
}

function segmentsOf(line: string): string[][] {
  return line
    .split(/&&|\|\||[;&|\n]/)
    .map((segment) => segment.trim().split(/\s+/).filter((word) => word.length > 0))
    .filter((words) => words.length > 0);
}

function programName(word: string): string {
  const base = word.replace(/\\/g, '/').split('/').pop() ?? word;
  return base.replace(/\.(cmd|exe|ps1)$/i, '');
}

/** Drops env assignments and wrappers (`NODE_ENV=production cross-env npx tsc` → `tsc`). */
function stripPrefixes(words: string[]): string[] {
  let rest = words;
  for (let guard = 0; guard < 10 && rest.length > 0; guard++) {
    const first = rest[0]!;
    const name = programName(first);
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) rest = rest.slice(1);
    else if (COMMAND_WRAPPERS.has(name)) rest = dropFlags(rest.slice(1));
    else if ((name === 'dotenv' || name === 'env-cmd') && rest.includes('--')) rest = rest.slice(rest.indexOf('--') + 1);
    else if (name === 'env-cmd') rest = dropFlags(rest.slice(1));
    else if ((name === 'yarn' || name === 'pnpm') && rest[1] === 'dlx') rest = dropFlags(rest.slice(2));
    else if ((name === 'npm' || name === 'pnpm' || name === 'yarn') && rest[1] === 'exec') rest = dropFlags(rest.slice(2));
    else break;
  }
  return rest;
}

/** Skips leading flags (and the values of flags that take one). */
function dropFlags(words: string[]): string[] {
  let index = 0;
  while (index < words.length && words[index]!.startsWith('-')) {
    const flag = words[index]!;
    index += VALUE_FLAGS.has(flag) && !flag.includes('=') ? 2 : 1;
  }
  return words.slice(index);
}

/** `-r ts-node/register`, `--require=@babel/register`, `--loader ts-node/esm`, `--import tsx` anywhere in a line (NODE_OPTIONS too). */
function transpilerHook(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const match = /^(-r|--require|--loader|--experimental-loader|--import)(=(.*))?$/.exec(word);
    if (!match) continue;
    const module = match[3] ?? words[i + 1];
    if (module && TRANSPILER_HOOK.test(module)) return module;
  }
  return undefined;
}

function matchScripts(pattern: string, scripts: Scripts | undefined): string[] {
  if (!scripts) return [];
  if (!pattern.includes('*')) return pattern in scripts ? [pattern] : [];
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return Object.keys(scripts).filter((name) => regex.test(name));
}

/** `npm run build`: what the script does, or what its name says when the manifest is not known. */
function classifyScript(name: string, runner: string, state: ClassifyState): BuildStep | undefined {
  const command = `${runner} ${name}`;
  const bodies = matchScripts(name, state.scripts);
  if (bodies.length > 0) {
    for (const scriptName of bodies) {
      if (state.visited.has(scriptName)) continue;
      const nested: ClassifyState = { ...state, visited: new Set([...state.visited, scriptName]), depth: state.depth + 1 };
      // npm runs pre<name> before <name>.
      for (const body of [state.scripts![`pre${scriptName}`], state.scripts![scriptName]]) {
        if (body === undefined) continue;
        const step = classifyLine(body, nested);
        if (step) return { kind: step.kind, command: step.kind === 'build' || step.kind === 'install' ? command : `${command} (${step.command})` };
      }
    }
    // `"build": "node build.js"`: a script named build builds, whatever runs it.
    return bodies.some((scriptName) => BUILD_SCRIPT_NAME.test(scriptName)) ? { kind: 'build', command } : undefined;
  }
  if (BUILD_SCRIPT_NAME.test(name)) return { kind: 'build', command };
  if (DEV_SCRIPT_NAME.test(name)) return { kind: 'watch', command };
  return undefined;
}

function classifyPackageManager(manager: string, args: string[], state: ClassifyState): BuildStep | undefined {
  const rest = dropFlags(args);
  const sub = rest[0];
  if (sub === undefined) return manager === 'yarn' ? { kind: 'install', command: 'yarn' } : undefined;
  if (NPM_INSTALL.has(sub)) return { kind: 'install', command: `${manager} ${sub}` };
  if (sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn') {
    const script = dropFlags(rest.slice(1))[0];
    return script ? classifyScript(script, `${manager} run`, state) : undefined;
  }
  if (PACKAGE_MANAGER_BUILTINS.has(sub)) return undefined;
  if (manager === 'npm') return undefined;
  // yarn <script>, pnpm <script>, bun <script>: a script if there is one, else a binary.
  if (state.scripts && sub in state.scripts) return classifyScript(sub, manager, state);
  const asProgram = classifyWords(rest, state);
  if (asProgram) return asProgram;
  return manager === 'bun' && /\.[cm]?[jt]sx?$/.test(sub) ? undefined : classifyScript(sub, manager, state);
}

function classifyOther(program: string, args: string[]): BuildStep | undefined {
  const sub = args.find((word) => !word.startsWith('-'));
  const line = [program, ...args].join(' ');
  if (/^(pip|pip3)$/.test(program) && sub === 'install') return { kind: 'install', command: `${program} install` };
  if (/^python[0-9.]*$/.test(program) && /(^|\s)-m\s+pip\s+install\b/.test(line)) return { kind: 'install', command: 'pip install' };
  if ((program === 'poetry' || program === 'pipenv' || program === 'bundle' || program === 'bundler' || program === 'composer') && (sub === 'install' || sub === 'update' || sub === 'require' || sub === 'add')) return { kind: 'install', command: `${program} ${sub}` };
  if (program === 'gem' && sub === 'install') return { kind: 'install', command: 'gem install' };
  if ((program === 'apt-get' || program === 'apt' || program === 'yum' || program === 'dnf' || program === 'brew') && sub === 'install') return { kind: 'install', command: `${program} install` };
  if (program === 'apk' && sub === 'add') return { kind: 'install', command: 'apk add' };
  if (program === 'go' && (sub === 'build' || sub === 'install' || sub === 'get')) return { kind: sub === 'build' ? 'build' : 'install', command: `go ${sub}` };
  if (program === 'go' && sub === 'mod' && args.includes('download')) return { kind: 'install', command: 'go mod download' };
  if (program === 'cargo' && (sub === 'build' || sub === 'install')) return { kind: sub === 'build' ? 'build' : 'install', command: `cargo ${sub}` };
  if (program === 'mvn' || program === 'mvnw') return sub && /^(package|install|compile|verify|clean)$/.test(sub) ? { kind: 'build', command: `mvn ${sub}` } : undefined;
  if ((program === 'gradle' || program === 'gradlew') && sub && /^(build|assemble|jar|bootJar|installDist)$/.test(sub)) return { kind: 'build', command: `${program} ${sub}` };
  if (program === 'dotnet' && sub && /^(build|publish|restore)$/.test(sub)) return { kind: sub === 'restore' ? 'install' : 'build', command: `dotnet ${sub}` };
  return undefined;
}

/** One simple command (program and arguments, prefixes stripped). */
function classifyWords(words: string[], state: ClassifyState): BuildStep | undefined {
  const stripped = stripPrefixes(words);
  if (stripped.length === 0) return undefined;
  const program = programName(stripped[0]!);
  const args = stripped.slice(1);
  const sub = args.find((word) => !word.startsWith('-')) ?? '';
  const watching = args.some((word) => word === '--watch' || word === '-w' || word.startsWith('--watch='));

  if (PACKAGE_MANAGERS.has(program)) return classifyPackageManager(program, args, state);
  if (program === 'node' || program === 'nodejs') {
    const hook = transpilerHook(args);
    if (hook) return { kind: 'transpile', command: `node ${args[args.indexOf(hook) - 1]?.startsWith('-') ? `${args[args.indexOf(hook) - 1]} ` : ''}${hook}`.replace(/ +$/, '') };
    if (args.some((word) => word === '--watch' || word.startsWith('--watch-path'))) return { kind: 'watch', command: 'node --watch' };
    return undefined;
  }
  if (RUNTIME_TRANSPILERS.has(program)) return { kind: 'transpile', command: program };
  if (WATCHERS.has(program)) return { kind: 'watch', command: program };
  if (program === 'tsc-watch') return { kind: 'watch', command: 'tsc-watch' };
  if (program === 'tsc') {
    if (args.some((word) => /^(-v|--version|-h|--help|--init)$/.test(word))) return undefined;
    return { kind: 'build', command: watching ? 'tsc --watch' : 'tsc' };
  }
  if (program === 'webpack' || program === 'webpack-cli') {
    if (sub === 'serve' || args.includes('--watch') || args.includes('-w')) return { kind: 'dev-server', command: sub === 'serve' ? 'webpack serve' : 'webpack --watch' };
    return { kind: 'build', command: 'webpack' };
  }
  if (program === 'nest') {
    if (sub === 'build') return { kind: 'build', command: 'nest build' };
    // `nest start` compiles the project with tsc, then runs it.
    if (sub === 'start') return watching ? { kind: 'watch', command: 'nest start --watch' } : { kind: 'build', command: 'nest start' };
    return undefined;
  }
  if (BUILDERS.has(program)) return watching ? { kind: 'watch', command: `${program} --watch` } : { kind: 'build', command: program };
  const framework = ownEntry(FRAMEWORK_CLIS, program);
  if (framework) {
    // `vite`, `parcel index.html`: a first argument that is a path is not a sub-command.
    const subCommand = /[./]/.test(sub) ? '' : sub;
    if (framework.build.includes(subCommand)) return { kind: 'build', command: `${program}${subCommand ? ` ${subCommand}` : ''}` };
    if (framework.dev.includes(subCommand)) return { kind: 'dev-server', command: `${program}${subCommand ? ` ${subCommand}` : ''}` };
    return undefined;
  }
  if (program === 'run-s' || program === 'run-p' || program === 'npm-run-all' || program === 'npm-run-all2') {
    for (const name of args.filter((word) => !word.startsWith('-'))) {
      const step = classifyScript(name, 'npm run', state);
      if (step) return step;
    }
    return undefined;
  }
  if ((program === 'turbo' || program === 'nx' || program === 'lerna') && args.length > 0) {
    const target = (sub === 'run' || sub === 'run-many' ? args.filter((word) => !word.startsWith('-'))[1] : sub) ?? '';
    const task = target.split(':').pop() ?? '';
    if (/^build/.test(task)) return { kind: 'build', command: `${program} ${target}` };
    if (/^(dev|watch|serve)$/.test(task)) return { kind: 'watch', command: `${program} ${target}` };
    return undefined;
  }
  // sh -c 'npm install' (a quoted line is classified on its own) or spawn('sh', ['-c', 'npm install']).
  if (/^(sh|bash|zsh|dash)$/.test(program) && args[0] === '-c') return classifyWords(args.slice(1), state);
  if (program.toLowerCase() === 'cmd' && /^\/[cCsS]$/.test(args[0] ?? '')) return classifyWords(dropFlags(args.slice(1).filter((word) => !/^\/[a-zA-Z]$/.test(word))), state);
  return classifyOther(program, args);
}

function classifyLine(line: string, state: ClassifyState): BuildStep | undefined {
  if (state.depth > 6) return undefined;
  const { outer, quoted } = splitQuoted(line);
  const hook = transpilerHook(outer.split(/\s+/));
  for (const words of segmentsOf(outer)) {
    const step = classifyWords(words, state);
    if (step) return step;
  }
  // `concurrently "npm:watch" "npm:serve"`: npm:<script> names a script.
  for (const inner of quoted) {
    const npmScript = /^npm:(\S+)$/.exec(inner.trim());
    const step = npmScript ? classifyScript(npmScript[1]!, 'npm run', state) : classifyLine(inner, { ...state, depth: state.depth + 1 });
    if (step) return step;
  }
  // NODE_OPTIONS='--require ts-node/register' node …
  if (hook) return { kind: 'transpile', command: hook };
  const quotedHook = quoted.map((inner) => transpilerHook(inner.split(/\s+/))).find((found) => found !== undefined);
  return quotedHook ? { kind: 'transpile', command: quotedHook } : undefined;
}

/**
 * The build-stage step a command line performs, if any: the first one found, following
 * `npm run <script>` into the package's scripts (and their `pre` scripts) when given.
 */
export function buildStepOf(commandLine: string, scripts?: Scripts): BuildStep | undefined {
  return classifyLine(commandLine, { scripts, visited: new Set(), depth: 0 });
}

/** npm scripts that run the deployed process; a file run only by other scripts is tooling. */
export const START_SCRIPT_NAMES = new Set(['start', 'serve', 'server', 'prod', 'production', 'start:prod', 'start:production', 'web', 'worker']);
