// The CLI's result cache: a file whose text, settings and workspace facts are unchanged since
// the last run is not analysed again. Most CI and pre-commit runs re-check a tree in which few
// files changed; on hand-written services the parse is most of a run, and this skips it.
//
// Soundness rests on the engine being pure: a file's findings depend on its path, its text, the
// effective settings and the workspace facts (WorkspaceFacts) — nothing else. So an entry is
// reused only when
//   - the engine is the same build (version, and the bundle's size and modification time),
//   - the settings are the same (severities after .twelve-factor.yml and --rule, size limit),
//   - the facts gathered from every script (which packages handle SIGTERM, which manifests
//     exist) are the same, and every project file the facts were read from (package.json,
//     lockfiles, .gitignore, tsconfig, .env.example…) reads the same as when the entry was
//     made — each read the workspace layer made is recorded and replayed, and any difference
//     drops the whole cache,
//   - the file's own text has the same SHA-256 — or the file has the same size, modification
//     and status-change times and inode as when its entry was stored, and had then been
//     unchanged for SETTLED_MS. Git trusts its index the same way ("racily clean"): any write
//     after the signature was taken sets the status-change time to the clock of that moment,
//     later than the stored one, and no tool can set it back. Those files are not read at all.
// Entries hold what the CLI prints: findings without their fix edits (which may carry a secret
// value for `.env`), so a cache never holds more than the output does.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Note } from './engine/types';
import type { FileSystemView } from './workspace/fileSystem';
import type { CliFinding } from './cliFormats';

/** Bumped when the file's layout changes; older files are ignored and replaced. */
const CACHE_FORMAT = 2;

/**
 * A file's signature counts only if the file had not changed for this long when it was taken:
 * a write in the same clock tick as an earlier one (coarse file-system timestamps) cannot then
 * leave the signature as it was.
 */
const SETTLED_MS = 2000;

/** A file's size, modification and status-change times (ms) and inode. */
export type FileSignature = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** The file's signature now, if it has been unchanged for SETTLED_MS; undefined otherwise (or when it cannot be read). */
export function settledSignature(path: string): FileSignature | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile() || Math.max(stats.mtimeMs, stats.ctimeMs) > Date.now() - SETTLED_MS) return undefined;
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

const sameSignature = (a: FileSignature | undefined, b: FileSignature | undefined): boolean => a !== undefined && b !== undefined && a.length === 4 && a.every((value, index) => value === b[index]);

/** One recorded read of the workspace layer: what it asked and a digest of the answer. */
export type FactRead = [operation: 'readText' | 'exists' | 'listDir' | 'isDirectory', path: string, answer: string];

export interface CachedResult {
  findings: CliFinding[];
  notes: Note[];
}

interface CacheEntry extends CachedResult {
  hash: string;
  /** Whether the text handles SIGTERM (a cross-file fact; a pure function of path and text). */
  shutdown?: boolean;
  /** The file's settled signature when `hash` was taken: while it stays the same, so does the text. */
  signature?: FileSignature;
}

interface CacheFile {
  format: number;
  /** The engine build that wrote it: per-file facts (`shutdown`) are reused when it matches. */
  engine: string;
  /** Engine build, settings and cross-file facts: all must match for any entry to be used. */
  key: string;
  factReads: FactRead[];
  entries: Record<string, CacheEntry>;
}

const FACT_OPERATIONS = new Set(['readText', 'exists', 'listDir', 'isDirectory']);

function isFactRead(read: unknown): read is FactRead {
  return Array.isArray(read) && read.length === 3 && FACT_OPERATIONS.has(read[0]) && typeof read[1] === 'string' && typeof read[2] === 'string';
}

/** The fields the CLI's output and sort read from a finding. */
function isStoredFinding(finding: unknown): boolean {
  const candidate = finding as Partial<CliFinding> | null;
  const position = (value: unknown) => typeof (value as { line?: unknown } | undefined)?.line === 'number' && typeof (value as { character?: unknown }).character === 'number';
  return typeof candidate === 'object' && candidate !== null && typeof candidate.file === 'string' && typeof candidate.ruleId === 'string' && typeof candidate.message === 'string' && position(candidate.range?.start) && position(candidate.range?.end);
}

export const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** Where caches live unless --cache-location says otherwise: TWELVE_FACTOR_CACHE_DIR, else the user's cache folder. */
export function defaultCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TWELVE_FACTOR_CACHE_DIR) return env.TWELVE_FACTOR_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  return join(base, 'twelve-factor-guide');
}

/**
 * The running engine's identity. Its bundles (dist/cli.js and dist/engine.js) are identified by
 * their sizes and modification times, so every build starts a new cache; the engine run from
 * TypeScript sources (tests, tsx) has no such identity and gets no cache.
 */
export function engineIdentity(version: string, bundlePaths: readonly string[]): string | undefined {
  if (!bundlePaths.every((path) => path.endsWith('.js'))) return undefined;
  try {
    return [version, ...bundlePaths.map((path) => {
      const stats = statSync(path);
      return `${stats.size}:${Math.round(stats.mtimeMs)}`;
    })].join(':');
  } catch {
    return undefined;
  }
}

/** Wraps the workspace layer's file system and records every answer it gives, for replay. */
export class RecordingFileSystem implements FileSystemView {
  private readonly reads = new Map<string, FactRead>();

  constructor(private readonly inner: FileSystemView) {}

  private record(operation: FactRead[0], path: string, answer: string): void {
    this.reads.set(`${operation}\0${path}`, [operation, path, answer]);
  }

  readText(path: string): string | undefined {
    const text = this.inner.readText(path);
    this.record('readText', path, text === undefined ? '-' : digest(text));
    return text;
  }

  exists(path: string): boolean {
    const exists = this.inner.exists(path);
    this.record('exists', path, String(exists));
    return exists;
  }

  listDir(path: string): string[] {
    const names = this.inner.listDir(path);
    this.record('listDir', path, digest([...names].sort().join('\0')));
    return names;
  }

  isDirectory(path: string): boolean {
    const isDirectory = this.inner.isDirectory(path);
    this.record('isDirectory', path, String(isDirectory));
    return isDirectory;
  }

  recorded(): FactRead[] {
    return [...this.reads.values()];
  }

  /** The reads recorded since the last drain (a worker sends each batch's). */
  drain(): FactRead[] {
    const reads = this.recorded();
    this.reads.clear();
    return reads;
  }

  /** Adds reads another thread's workspace layer made (workers analyse with their own). */
  merge(reads: readonly FactRead[]): void {
    for (const read of reads) this.reads.set(`${read[0]}\0${read[1]}`, read);
  }

  /** Asks the file system each recorded question again: true when every answer is the same. */
  replays(reads: readonly FactRead[]): boolean {
    const probe = new RecordingFileSystem(this.inner);
    // Most recorded reads are of files that were absent (node_modules/<dependency>/package.json
    // in a tree without node_modules): one look at a missing folder answers for all below it.
    const folderExists = new Map<string, boolean>();
    const folderIsThere = (folder: string): boolean => {
      let exists = folderExists.get(folder);
      if (exists === undefined) {
        const parent = dirname(folder);
        exists = (parent === folder || folderIsThere(parent)) && this.inner.isDirectory(folder);
        folderExists.set(folder, exists);
      }
      return exists;
    };
    for (const [operation, path, answer] of reads) {
      if (answer === '-' || answer === 'false') {
        if (!folderIsThere(dirname(path))) continue;
        // Existence costs a fraction of a failed read.
        if (operation === 'readText' && answer === '-') {
          if (this.inner.exists(path) && !this.inner.isDirectory(path)) return false;
          continue;
        }
      }
      probe[operation](path);
      if (probe.reads.get(`${operation}\0${path}`)?.[2] !== answer) return false;
    }
    return true;
  }
}

/** The cache of one project root, loaded at the start of a run and saved at its end. */
export class ScanCache {
  private entries: Record<string, CacheEntry> = {};
  private readonly fresh: Record<string, CacheEntry> = {};
  private previousReads: FactRead[] = [];
  private storedKey: string | undefined;
  private storedEngine: string | undefined;
  /** Shutdown answers of this run, by path, kept with the file's entry. */
  private readonly shutdownAnswers = new Map<string, { hash: string; shutdown: boolean }>();
  /** Settled signatures taken this run (before the file was read), kept with the file's entry. */
  private readonly signatures = new Map<string, FileSignature>();
  private key = '';
  private changed = false;
  /** Whether the stored entries may be used (decided by validate). */
  reusable = false;

  private constructor(
    private readonly path: string,
    private readonly engine: string,
  ) {}

  /** Loads the cache for `root` from `directory`; a missing, unreadable or foreign file is an empty cache. */
  static open(directory: string, root: string, engine: string): ScanCache {
    const cache = new ScanCache(join(directory, `${digest(root).slice(0, 24)}.json`), engine);
    try {
      const file = JSON.parse(readFileSync(cache.path, 'utf8')) as Partial<CacheFile>;
      if (file.format === CACHE_FORMAT && typeof file.key === 'string' && typeof file.engine === 'string' && Array.isArray(file.factReads) && file.factReads.every(isFactRead) && file.entries && typeof file.entries === 'object') {
        cache.storedEngine = file.engine;
        cache.storedKey = file.key;
        cache.previousReads = file.factReads;
        cache.entries = file.entries;
      }
    } catch {
      // No cache yet, or one that cannot be read: every file is analysed and the cache rewritten.
    }
    return cache;
  }

  /** Entries stored by an earlier run (whether or not they turn out usable). */
  get storedEntries(): number {
    return Object.keys(this.entries).length;
  }

  /**
   * Decides whether the stored entries can be used: the same key (engine, settings, cross-file
   * facts) and the same answers to every recorded read of project files.
   */
  validate(key: string, fileSystem: RecordingFileSystem): void {
    this.key = key;
    this.reusable = this.storedKey === key && fileSystem.replays(this.previousReads);
    if (!this.reusable) {
      this.entries = {};
      this.previousReads = [];
      this.changed = true;
    }
  }

  /**
   * The hash of a file's text without reading it: the stored one, when the file's settled
   * signature is the one stored with it. Takes the signature either way (before any read of
   * the file, so a write in between leaves a stale signature, never a stale hash).
   */
  unchangedHash(path: string): string | undefined {
    const signature = this.takeSignature(path);
    const stored = this.entries[path];
    return stored && typeof stored.hash === 'string' && sameSignature(stored.signature, signature) ? stored.hash : undefined;
  }

  /** Takes a file's settled signature, to be stored with the entry of the text read after it. */
  takeSignature(path: string): FileSignature | undefined {
    const signature = settledSignature(path);
    if (signature) this.signatures.set(path, signature);
    return signature;
  }

  /**
   * Whether a script with an unchanged signature handles SIGTERM, from its entry of the same
   * engine build: the facts pass need not read it. Undefined when the file must be read — also
   * when it is over `maxFileBytes` (then the size guard, not this answer, decides).
   */
  unchangedShutdown(path: string, maxFileBytes: number): { hash: string; shutdown: boolean } | undefined {
    const hash = this.unchangedHash(path);
    const stored = this.storedEngine === this.engine ? this.entries[path] : undefined;
    // The guard compares UTF-16 units, never more than the bytes the signature counts.
    if (hash === undefined || typeof stored?.shutdown !== 'boolean' || this.signatures.get(path)![0] > maxFileBytes) return undefined;
    this.shutdownAnswers.set(path, { hash, shutdown: stored.shutdown });
    return { hash, shutdown: stored.shutdown };
  }

  /**
   * Whether a script handles SIGTERM: the stored answer for the same text and engine build, or
   * `judge`'s, which is kept. Asked in the facts pass, before the cache is validated: this
   * answer depends on nothing but the text.
   */
  shutdownOf(path: string, hash: string, judge: () => boolean): boolean {
    const stored = this.storedEngine === this.engine ? this.entries[path] : undefined;
    const shutdown = stored?.hash === hash && typeof stored.shutdown === 'boolean' ? stored.shutdown : judge();
    this.shutdownAnswers.set(path, { hash, shutdown });
    return shutdown;
  }

  /** The stored result for a file whose text hashes to `hash`, if there is one. */
  lookup(path: string, hash: string): CachedResult | undefined {
    const entry = this.reusable ? this.entries[path] : undefined;
    // A damaged entry (a cache edited by hand) is a miss, never a crash.
    if (!entry || entry.hash !== hash || !Array.isArray(entry.findings) || !entry.findings.every(isStoredFinding) || !Array.isArray(entry.notes)) return undefined;
    // A file rewritten with the same text (a checkout, a touch) gets its new signature, so the
    // next run need not read it again.
    const signature = this.signatures.get(path);
    if (signature && !sameSignature(entry.signature, signature)) {
      this.fresh[path] = { ...entry, signature };
      this.changed = true;
    } else {
      this.fresh[path] = entry;
    }
    return entry;
  }

  store(path: string, hash: string, result: CachedResult): void {
    const answer = this.shutdownAnswers.get(path);
    const signature = this.signatures.get(path);
    this.fresh[path] = { hash, findings: result.findings, notes: result.notes, ...(answer?.hash === hash ? { shutdown: answer.shutdown } : {}), ...(signature ? { signature } : {}) };
    this.changed = true;
  }

  /**
   * Writes the entries of this run (files no longer scanned are dropped) with every read the
   * facts needed, old and new. Atomic (write, then rename); a folder that cannot be written
   * leaves the run uncached, never failed.
   */
  save(fileSystem: RecordingFileSystem): void {
    const reads = new Map<string, FactRead>();
    for (const read of [...this.previousReads, ...fileSystem.recorded()]) reads.set(`${read[0]}\0${read[1]}`, read);
    if (!this.changed && Object.keys(this.fresh).length === Object.keys(this.entries).length && reads.size === this.previousReads.length) return;
    const file: CacheFile = { format: CACHE_FORMAT, engine: this.engine, key: this.key, factReads: [...reads.values()], entries: this.fresh };
    try {
      mkdirSync(join(this.path, '..'), { recursive: true });
      const temporary = `${this.path}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify(file), { mode: 0o600 });
      renameSync(temporary, this.path);
    } catch {
      // Read-only or full disk: the next run analyses everything again.
    }
  }
}
