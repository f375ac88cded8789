// The command-line front end: the same engine as the editor, for CI.
//   twelve-factor [paths…] [--format text|json|sarif] [--rule <id>=off|info|warning|error]…
// Exit code 0: no finding at error severity; 1: at least one; 2: usage or I/O error.
import { statSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { posix, resolve as resolvePath } from 'node:path';
import { parseSeverity } from './engine/config';
import { normalizePath } from './engine/fileKinds';
import { RULE_IDS } from './engine/ruleIds';
import type { Note, SeveritySetting } from './engine/types';
import { Project } from './workspace/project';
import { compareText, formatJson, formatSarif, formatText, type CliFinding, type CliResult } from './cliFormats';
import { createProject, scanProject, type CacheSettings } from './cliScan';
import { defaultCacheDirectory, engineIdentity } from './cliCache';
import { siblingBundlePath } from './siblingBundles';

export const CLI_VERSION = '0.1.0';

const USAGE = `Usage: twelve-factor [paths…] [options]

Checks Node.js/TypeScript services against the Twelve-Factor App methodology.
Paths are files or folders (default: the current folder). Folders are walked
honouring .gitignore and skipping node_modules.

Options:
  --format text|json|sarif   Output format (default: text)
  --rule <id>=<severity>     Override a rule's severity: off, hint, info, warning, error
                             (repeatable; wins over .twelve-factor.yml)
  --max-file-size <bytes>    Skip larger files (default: 1000000)
  --no-cache                 Analyse every file; do not read or write the result cache
  --cache-location <dir>     Where results of unchanged files are kept between runs
                             (default: $TWELVE_FACTOR_CACHE_DIR, else
                             $XDG_CACHE_HOME or ~/.cache, /twelve-factor-guide)
  --no-color                 Plain text output
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no error-level finding, 1 at least one, 2 usage or I/O error.`;

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  rules: Record<string, SeveritySetting>;
  maxFileBytes: number | undefined;
  /** Where the result cache lives; undefined with --no-cache. */
  cacheDirectory: string | undefined;
  color: boolean;
  help: boolean;
  version: boolean;
}

export function parseArguments(argv: readonly string[]): CliOptions {
  const options: CliOptions = { paths: [], format: 'text', rules: {}, maxFileBytes: undefined, cacheDirectory: undefined, color: process.stdout.isTTY === true && !process.env.NO_COLOR, help: false, version: false };
  let noCache = false;
  let cacheLocation: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const [flag, inlineValue] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const value = (): string => {
      const next = inlineValue ?? argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`Unknown format "${format}"; use text, json or sarif.`);
        options.format = format;
        break;
      }
      case '--rule': {
        const setting = value();
        const separator = setting.lastIndexOf('=') !== -1 ? setting.lastIndexOf('=') : setting.lastIndexOf(':');
        const id = separator === -1 ? '' : setting.slice(0, separator);
        const severity = separator === -1 ? undefined : parseSeverity(setting.slice(separator + 1));
        if (!RULE_IDS.has(id)) throw new UsageError(`Unknown rule id "${id || setting}" in --rule; expected <rule-id>=<severity>, e.g. config/hardcoded-secret=error.`);
        if (!severity) throw new UsageError(`Invalid severity in --rule ${setting}; use off, hint, info, warning or error.`);
        options.rules[id] = severity;
        break;
      }
      case '--max-file-size': {
        const bytes = Number(value());
        if (!Number.isInteger(bytes) || bytes <= 0) throw new UsageError('--max-file-size needs a positive whole number of bytes.');
        options.maxFileBytes = bytes;
        break;
      }
      case '--no-cache':
        noCache = true;
        break;
      case '--cache-location':
        cacheLocation = value();
        break;
      case '--no-color':
        options.color = false;
        break;
      case '--color':
        options.color = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      default:
        if (argument.startsWith('-') && argument !== '-') throw new UsageError(`Unknown option ${argument}.`);
        options.paths.push(argument);
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  // --no-cache wins wherever it stands.
  options.cacheDirectory = noCache ? undefined : (cacheLocation ?? defaultCacheDirectory());
  return options;
}

interface Target {
  project: Project;
  /** Files to analyse in that project. */
  files: string[];
}

/** Groups the requested paths into projects: a folder is its own root; files belong to the current folder's project. */
async function collectTargets(options: CliOptions, cwd: string, caching: boolean): Promise<Target[]> {
  const projects = new Map<string, Target>();
  const targetFor = (root: string): Target => {
    let target = projects.get(root);
    if (!target) {
      // With the cache on, every read of project files is recorded (see cliCache.ts).
      target = { project: createProject({ root, ruleOverrides: options.rules, maxFileBytes: options.maxFileBytes }, caching), files: [] };
      projects.set(root, target);
    }
    return target;
  };
  for (const rawPath of options.paths) {
    const absolute = normalizePath(resolvePath(cwd, rawPath));
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`No such file or folder: ${rawPath}`);
    }
    if (isDirectory) {
      const target = targetFor(absolute);
      target.files.push(...(await target.project.listFiles()));
    } else {
      const target = targetFor(normalizePath(cwd));
      if (Project.isAnalysable(absolute)) target.files.push(absolute);
    }
  }
  return [...projects.values()];
}

export async function runCli(argv: readonly string[], io: { cwd: string; stdout: (text: string) => void; stderr: (text: string) => void }): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    io.stderr(`twelve-factor: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${CLI_VERSION}\n`);
    return 0;
  }

  const engine = engineIdentity(CLI_VERSION, [__filename, siblingBundlePath('engine.js')]);
  const cache: CacheSettings | undefined = options.cacheDirectory !== undefined && engine !== undefined ? { directory: resolvePath(io.cwd, options.cacheDirectory), engine } : undefined;
  let targets: Target[];
  try {
    targets = await collectTargets(options, io.cwd, cache !== undefined);
  } catch (error) {
    io.stderr(`twelve-factor: ${(error as Error).message}\n`);
    return 2;
  }

  const findings: CliFinding[] = [];
  const notes: Note[] = [];
  let ioFailure = false;
  for (const { project, files } of targets) {
    const output = await scanProject(project, { root: project.root, ruleOverrides: options.rules, maxFileBytes: options.maxFileBytes }, files, cache);
    findings.push(...output.findings);
    notes.push(...output.notes);
    ioFailure ||= output.ioFailure;
  }

  const result: CliResult = { findings: sortFindings(findings), notes, cwd: normalizePath(io.cwd) };
  if (options.format === 'json') io.stdout(formatJson(result));
  else if (options.format === 'sarif') io.stdout(formatSarif(result, CLI_VERSION));
  else io.stdout(formatText(result, options.color));
  if (options.format !== 'text' && options.format !== 'sarif') {
    for (const note of notes) {
      const position = note.range ? `:${note.range.start.line + 1}:${note.range.start.character + 1}` : '';
      io.stderr(`${posix.relative(result.cwd, note.file) || note.file}${position}: ${note.message}\n`);
    }
  }
  // Results are incomplete when a file could not be read: say so with the I/O exit code.
  if (ioFailure) return 2;
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

function sortFindings(findings: CliFinding[]): CliFinding[] {
  return findings.sort((a, b) => compareText(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareText(a.ruleId, b.ruleId));
}

export { setWorkerEntry } from './cliScan';
export { setBundleLoader } from './siblingBundles';

/** Runs the CLI on this process's arguments and streams; used by bin/twelve-factor.js. */
export function main(): void {
  runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`twelve-factor: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 2;
    });
}

// In a worker thread this bundle only scans (cliScan.ts); never run the command line there.
if (require.main === module && isMainThread) main();
