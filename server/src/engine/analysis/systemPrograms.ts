// What program a command line really runs, and whether that program comes from the Node
// toolchain, from a declared npm package, or from the host system (Factor II: a twelve-factor
// app never relies on the implicit existence of system-wide tools).

/** Programs that come with Node itself or its package managers; running them is not a system dependency. */
const NODE_TOOLCHAIN: ReadonlySet<string> = new Set(['node', 'nodejs', 'npm', 'npx', 'corepack', 'yarn', 'yarnpkg', 'pnpm', 'pnpx', 'bun', 'bunx']);

/**
 * Executables of well-known npm packages whose bin name differs from the package name (or
 * that several packages ship). When node_modules is not there to tell us, this is how a
 * declared package's binary is recognised.
 */
const KNOWN_PACKAGE_BINARIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['tsc', ['typescript']],
  ['tsserver', ['typescript']],
  ['jest', ['jest', 'jest-cli']],
  ['sequelize', ['sequelize-cli']],
  ['sequelize-cli', ['sequelize-cli']],
  ['webpack', ['webpack', 'webpack-cli']],
  ['webpack-cli', ['webpack-cli']],
  ['nuxt', ['nuxt', 'nuxi']],
  ['nuxi', ['nuxi', 'nuxt']],
  ['nest', ['@nestjs/cli']],
  ['ng', ['@angular/cli']],
  ['vue-cli-service', ['@vue/cli-service']],
  ['babel', ['@babel/cli', 'babel-cli']],
  ['babel-node', ['@babel/node', 'babel-cli']],
  ['swc', ['@swc/cli']],
  ['playwright', ['playwright', '@playwright/test']],
  ['mikro-orm', ['@mikro-orm/cli']],
  ['graphql-codegen', ['@graphql-codegen/cli']],
  ['gql-gen', ['@graphql-codegen/cli']],
  ['sls', ['serverless']],
  ['cdk', ['aws-cdk']],
  ['firebase', ['firebase-tools']],
  ['netlify', ['netlify-cli']],
  ['ncc', ['@vercel/ncc']],
  ['lessc', ['less']],
  ['postcss', ['postcss-cli']],
  ['uglifyjs', ['uglify-js']],
  ['tsc-watch', ['tsc-watch']],
  ['prisma', ['prisma', '@prisma/cli']],
  ['typeorm', ['typeorm']],
  ['knex', ['knex']],
  ['ts-node', ['ts-node']],
  ['ts-node-esm', ['ts-node']],
  ['ts-node-dev', ['ts-node-dev']],
  ['tsnd', ['ts-node-dev']],
  ['tsx', ['tsx']],
  ['vite', ['vite']],
  ['vitest', ['vitest']],
  ['next', ['next']],
  ['pm2', ['pm2']],
  ['pm2-runtime', ['pm2']],
  ['nodemon', ['nodemon']],
  ['eslint', ['eslint']],
  ['prettier', ['prettier']],
  ['esbuild', ['esbuild']],
  ['rimraf', ['rimraf']],
  ['drizzle-kit', ['drizzle-kit']],
  ['db-migrate', ['db-migrate']],
  ['migrate-mongo', ['migrate-mongo']],
  ['node-pg-migrate', ['node-pg-migrate']],
  ['electron-builder', ['electron-builder']],
  ['tailwindcss', ['tailwindcss', '@tailwindcss/cli']],
  ['sass', ['sass', 'node-sass']],
  ['node-sass', ['node-sass']],
  ['c8', ['c8']],
  ['nyc', ['nyc']],
  ['mocha', ['mocha']],
  ['_mocha', ['mocha']],
  ['wrangler', ['wrangler']],
  ['turbo', ['turbo']],
  ['nx', ['nx']],
  ['lerna', ['lerna']],
]);

/** Shell builtins and keywords: not programs on the system's PATH. */
const SHELL_BUILTINS: ReadonlySet<string> = new Set([
  'cd', 'echo', 'export', 'set', 'unset', 'true', 'false', 'exit', 'source', '.', ':', 'test', '[', '[[', 'printf', 'eval', 'wait', 'trap', 'shift', 'read', 'type',
  'ulimit', 'umask', 'alias', 'return', 'pwd', 'kill', 'jobs', 'let', 'declare', 'readonly', 'getopts', 'hash', 'local', 'if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'do', 'done', 'case', 'esac', 'function', '{', '}', '!',
]);

/** Words that run the command after them (`sudo git pull`, `env FOO=1 curl …`, `nohup ffmpeg …`). */
const COMMAND_WRAPPERS: ReadonlySet<string> = new Set(['sudo', 'env', 'exec', 'command', 'nohup', 'nice', 'time', 'stdbuf', 'xargs', 'builtin']);

/** Interpreters that take a command line with `-c` (`sh -c "curl … | tar x"`). */
const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);

/** File extensions of scripts Node runs. */
const NODE_SCRIPT = /\.([cm]?js|[cm]?ts|jsx|tsx)$/i;

export interface DeclaredPackages {
  /** True when the package is declared for the code in question. */
  isDeclared(packageName: string): boolean;
  /** Executables node_modules says declared packages ship. */
  binaries: ReadonlySet<string>;
}

export type ProgramSource = 'node-toolchain' | 'node-script' | 'declared-package' | 'undeclared-package' | 'shell-builtin' | 'local-executable' | 'system';

export interface ClassifiedProgram {
  /** The program as written (`/usr/bin/convert`, `ffmpeg`, `./deploy.sh`). */
  program: string;
  /** Its command name (`convert`, `ffmpeg`, `deploy.sh`). */
  name: string;
  source: ProgramSource;
  /** For `undeclared-package`: the npm package that ships the binary. */
  packageName?: string;
}

/** `/usr/bin/convert` → 'convert', `C:\\tools\\ffmpeg.exe` → 'ffmpeg', `npm.cmd` → 'npm'. */
function commandName(program: string): string {
  const base = program.split(/[\\/]/).pop() ?? program;
  return base.replace(/\.(exe|cmd|bat)$/i, '');
}

/** Where a program comes from. */
export function classifyProgram(rawProgram: string, declared: DeclaredPackages): ClassifiedProgram {
  const program = rawProgram.replace(/^["']|["']$/g, '');
  const name = commandName(program);
  const isPath = /[\\/]/.test(program);
  if (NODE_TOOLCHAIN.has(name.toLowerCase())) return { program, name, source: 'node-toolchain' };
  if (/(^|[\\/])node_modules[\\/]/.test(program)) return { program, name, source: 'declared-package' };
  if (NODE_SCRIPT.test(name)) return { program, name, source: 'node-script' };
  if (isPath) {
    // ./deploy.sh, scripts/convert.py: a script for some other interpreter, which the host must provide.
    if (/\.(sh|bash|zsh|py|rb|pl|php|ps1|bat|cmd)$/i.test(program)) return { program, name, source: 'system' };
    // /usr/bin/convert, /usr/local/bin/gs: a host binary by its absolute path.
    if (program.startsWith('/') || /^[A-Za-z]:[\\/]/.test(program)) return { program, name, source: 'system' };
    // ./bin/cli inside the repo: usually a node script with a shebang; nothing tells us otherwise.
    return { program, name, source: 'local-executable' };
  }
  if (SHELL_BUILTINS.has(name)) return { program, name, source: 'shell-builtin' };
  if (declared.binaries.has(name)) return { program, name, source: 'declared-package' };
  const knownPackages = KNOWN_PACKAGE_BINARIES.get(name);
  if (knownPackages) {
    if (knownPackages.some((packageName) => declared.isDeclared(packageName))) return { program, name, source: 'declared-package' };
    return { program, name, source: 'undeclared-package', packageName: knownPackages[0]! };
  }
  // Most packages name their binary after themselves (nodemon, knex, pm2, cross-env…).
  if (declared.isDeclared(name)) return { program, name, source: 'declared-package' };
  return { program, name, source: 'system' };
}

/** Splits a shell line into its simple commands (`a && b | c; d`) as word lists. */
function simpleCommands(line: string): string[][] {
  return line
    .split(/&&|\|\||[|;&\n]/)
    .map((segment) => segment.replace(/[()]/g, ' ').trim().split(/\s+/).filter((word) => word.length > 0))
    .filter((words) => words.length > 0);
}

/** The program a simple command runs, past `VAR=value` assignments and wrappers like `sudo`. */
function programOfWords(words: readonly string[]): { program: string; rest: string[] } | undefined {
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      index++;
      continue;
    }
    if (COMMAND_WRAPPERS.has(word)) {
      index++;
      // Options of the wrapper (`sudo -u app`, `nice -n 10`): skip flags and a value after a short flag.
      while (index < words.length && words[index]!.startsWith('-')) index += /^-[a-z]$/.test(words[index]!) && index + 1 < words.length && !words[index + 1]!.startsWith('-') ? 2 : 1;
      continue;
    }
    if (word === 'timeout') {
      index += 2;
      continue;
    }
    break;
  }
  const program = words[index];
  if (program === undefined || program.startsWith('${') || program.startsWith('$(') || program.startsWith('`')) return undefined;
  return { program, rest: words.slice(index + 1) };
}

/** The first host program a shell command line runs, looking inside `sh -c '…'` when given. */
export function systemProgramInCommandLine(line: string, declared: DeclaredPackages, depth = 0): ClassifiedProgram | undefined {
  for (const words of simpleCommands(line)) {
    const command = programOfWords(words);
    if (!command) continue;
    const hostProgram = systemProgramInArgv(command.program, command.rest, declared, depth);
    if (hostProgram) return hostProgram;
  }
  return undefined;
}

/**
 * The host program a launch with a known program and argument list runs, or undefined when
 * everything it runs comes from Node or declared packages. A shell given `-c <line>` is judged
 * by the line it runs; a shell given a script file is itself the dependency.
 */
export function systemProgramInArgv(program: string, args: readonly string[], declared: DeclaredPackages, depth = 0): ClassifiedProgram | undefined {
  // A program string with spaces (`spawn('git pull', { shell: true })`) is a command line.
  if (/\s/.test(program.trim())) return depth < 3 ? systemProgramInCommandLine(program, declared, depth + 1) : undefined;
  const classified = classifyProgram(program, declared);
  if (SHELLS.has(classified.name) && depth < 3) {
    const commandFlag = args.findIndex((arg) => arg === '-c' || /^-[a-z]*c$/.test(arg));
    const inner = commandFlag === -1 ? undefined : args[commandFlag + 1];
    if (inner !== undefined && inner !== '…') return systemProgramInCommandLine(inner.replace(/^["']|["']$/g, ''), declared, depth + 1);
  }
  return classified.source === 'system' || classified.source === 'undeclared-package' ? classified : undefined;
}

/** A hint at an npm replacement for common host programs, for messages. */
export function npmAlternativeFor(name: string): string | undefined {
  const alternatives: Record<string, string> = {
    curl: 'fetch() (built into Node 18+)',
    wget: 'fetch() (built into Node 18+)',
    convert: 'sharp',
    magick: 'sharp',
    identify: 'sharp',
    ffmpeg: 'ffmpeg-static (or @ffmpeg-installer/ffmpeg)',
    ffprobe: 'ffprobe-static',
    git: 'isomorphic-git',
    pdftk: 'pdf-lib',
    gs: 'pdf-lib or pdfjs-dist',
    zip: 'archiver',
    unzip: 'yauzl or adm-zip',
    tar: 'tar (npm)',
    gzip: 'zlib (built into Node)',
    openssl: 'crypto (built into Node)',
    cp: 'fs.cp (built into Node)',
    mv: 'fs.rename (built into Node)',
    rm: 'fs.rm (built into Node)',
    mkdir: 'fs.mkdir (built into Node)',
    cat: 'fs.readFile (built into Node)',
    ls: 'fs.readdir (built into Node)',
    // Browser/file openers differ per OS; the `open` package picks the right one (and bundles xdg-open).
    open: 'the open package (npm)',
    'xdg-open': 'the open package (npm)',
    start: 'the open package (npm)',
  };
  return alternatives[name];
}
