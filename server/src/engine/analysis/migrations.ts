import { baseName } from '../fileKinds';
import { identifierWords } from './names';

/**
 * Command lines that apply schema changes. Generating, listing or undoing migrations is not
 * what a process does at boot, so those are left out.
 */
const MIGRATION_COMMANDS: readonly RegExp[] = [
  /\bprisma\s+migrate\s+(deploy|dev|reset)\b/,
  /\bprisma\s+db\s+push\b/,
  /\bknex\s+migrate:(latest|up)\b/,
  /\bsequelize(-cli)?\s+db:migrate(?!:)\b/,
  /\btypeorm(-ts-node-(commonjs|esm))?\s+(migration:run|schema:sync)\b/,
  /\bmigrate-mongo\s+up\b/,
  /\bnode-pg-migrate\s+up\b/,
  /\bdb-migrate\s+up\b/,
  /\bdrizzle-kit\s+(push|migrate)\b/,
  /\bmikro-orm\s+(migration:up|schema:update)\b/,
  // npm run migrate, yarn db:migrate, pnpm run migration:run, npm run db:push
  /\b(npm|pnpm|yarn|bun)\s+(run\s+)?([\w-]+:)?(migrate|migrations?(:(run|up|latest|deploy))?|db:(push|sync|migrate))(\s|$|&|;|\|)/,
  // node dist/migrate.js, ts-node src/db/migrate.ts
  /\b(node|ts-node|tsx)\s+(\S+\/)?migrat\w*\.[cm]?[jt]s\b/,
];

/** The migration command inside a command line, if there is one (for messages and ranges). */
export function migrationCommandIn(commandLine: string): RegExpExecArray | undefined {
  for (const pattern of MIGRATION_COMMANDS) {
    const match = pattern.exec(commandLine);
    if (match) return match;
  }
  return undefined;
}

/** A command line that (also) starts the server: the migration in it runs on every boot. */
export function startsServer(commandLine: string): boolean {
  return /\b(node|nodemon|ts-node|tsx|pm2-runtime|pm2\s+start)\s+(?!.*migrat)\S+/.test(commandLine) || /\b(npm|pnpm|yarn|bun)\s+(run\s+)?start\b/.test(commandLine);
}

/** Test harness files outside test folders: `jest.setup.ts`, `setupTests.ts`, `vitest.global-setup.ts`. */
export function isTestSupportFile(relativePath: string): boolean {
  if (relativePath.split('/').slice(0, -1).some((directory) => /^(cypress|playwright|__mocks__)$/i.test(directory))) return true;
  const words = identifierWords(baseName(relativePath).replace(/\.[^.]+$/, ''));
  return words.some((word) => /^(test|tests|testing|jest|vitest|mocha|spec|e2e|globalsetup|setuptests)$/.test(word));
}

/** package.json scripts that start the server rather than run an admin task. */
const SERVER_SCRIPT_NAME = /^(pre|post)?(start|dev|serve|server|watch|debug|prod|production)(:|$)/;
/** Script names of admin tasks. */
const ADMIN_SCRIPT_NAME = /migrat|seed|sync|schema|db|database|setup|init|reset|bootstrap|prepare/i;

/**
 * Whether a package.json admin script (`"migrate": "ts-node src/db/run-sync.ts"`,
 * `"db:init": "node dist/database/init.js"`) runs this file: then the file is a dedicated
 * admin entry whatever its name. Files are matched on their last two path segments without
 * extension, so `src/db/init.ts` matches `dist/db/init.js`.
 */
export function isRunByAdminScript(relativeToPackage: string, scripts: Readonly<Record<string, string>>): boolean {
  const withoutExtension = relativeToPackage.replace(/\.[cm]?[jt]sx?$/, '');
  const tail = withoutExtension.split('/').slice(-2).join('/');
  if (tail === '') return false;
  const escaped = tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reference = new RegExp(`(^|[\\s/'"=])${escaped}(\\.[cm]?[jt]sx?)?($|[\\s'"&;|])`);
  const entries = Object.entries(scripts);
  // A server entry that an admin script also runs (`node server.js --migrate`) stays a server entry.
  if (entries.some(([name, command]) => SERVER_SCRIPT_NAME.test(name) && reference.test(command))) return false;
  return entries.some(([name, command]) => ADMIN_SCRIPT_NAME.test(name) && reference.test(command));
}

/** Directory names whose files are admin processes or tooling, not the web process. */
const ADMIN_DIRECTORY = /^(migrat\w*|scripts?|bin|seeds?|seeders?|tools|cli|commands?|tasks?|database-scripts)$/i;

/** Under migrations/, migrate…/, scripts/, bin/, seeds/, tools/, cli/, commands/, tasks/: admin processes and tooling. */
export function isInAdminDirectory(relativePath: string): boolean {
  return relativePath
    .split('/')
    .slice(0, -1)
    .some((directory) => ADMIN_DIRECTORY.test(directory));
}

/**
 * A file named after an admin task: `migrate.ts`, `db.migrate.js`, `run-migrations.ts`,
 * `sync-db.ts`, `seed.ts`, `schema.ts`, `init-db.ts`. Only an *entry* with such a name is a
 * dedicated admin process; a module of that name may be called by the server at boot.
 */
export function isAdminTaskName(relativePath: string): boolean {
  const words = identifierWords(baseName(relativePath).replace(/\.[^.]+$/, ''));
  if (words.some((word) => word.startsWith('migrat') || word === 'seed' || word === 'seeds' || word === 'seeder' || word === 'seeders' || word === 'sync' || word === 'schema')) return true;
  const aboutDatabase = words.some((word) => word === 'db' || word === 'database');
  return aboutDatabase && words.some((word) => /^(setup|init|initialize|initialise|reset|create|push|prepare|bootstrap)$/.test(word));
}
