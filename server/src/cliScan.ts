// Scanning one workspace folder for the CLI: cross-file facts first, then every file's
// analysis — from the result cache when nothing it depends on changed (cliCache.ts), spread
// over worker threads when enough files are left for that to pay.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Note, SeveritySetting } from './engine/types';
import { analysisEngine, shutdownFacts } from './engine/onDemand';
import { Project } from './workspace/project';
import { diskFileSystem } from './workspace/fileSystem';
import { compareText, toCliFinding, type CliFinding } from './cliFormats';
import { digest, RecordingFileSystem, ScanCache, type CachedResult, type FactRead } from './cliCache';

export interface ScanOutput {
  findings: CliFinding[];
  notes: Note[];
  /** A file could not be read: results are incomplete. */
  ioFailure: boolean;
}

export interface ProjectSettings {
  root: string;
  ruleOverrides: Record<string, SeveritySetting>;
  maxFileBytes: number | undefined;
}

/** The result cache a scan reads and updates; absent with --no-cache. */
export interface CacheSettings {
  directory: string;
  /** The running engine build (engineIdentity). */
  engine: string;
}

/**
 * Below this many files one thread is faster than workers: with most files ruled out before
 * parsing, a worker's own warm-up (loading the engine, compiling hot code again) is what it
 * would save. Measured on the bench trees, 2 vCPUs: 1,000 files 0.9 s alone vs 1.2 s with two
 * workers, 3,000 files even, 10,000 files 4.8 s vs 3.8 s.
 */
const PARALLEL_THRESHOLD = 3000;
/** TWELVE_FACTOR_PARALLEL_THRESHOLD overrides it, for tests of the worker path and for tuning on other machines. */
const parallelThreshold = (): number => Number(process.env.TWELVE_FACTOR_PARALLEL_THRESHOLD) || PARALLEL_THRESHOLD;
const BATCH_SIZE = 40;

/**
 * Reads a file as editors show it: UTF-8 with any BOM removed, so columns match. Synchronous
 * on purpose: the CLI has nothing else to do meanwhile, and a thread-pool round trip per small
 * file left the process idle for a sixth of a scan (measured).
 */
function readSource(path: string, output: ScanOutput): string | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    output.notes.push({ file: path, kind: 'read-error', message: `Could not read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    output.ioFailure = true;
    return undefined;
  }
}

/** One file's analysis as the CLI reports it, and its text's hash when the cache will keep it. */
interface FileResult extends CachedResult {
  file: string;
  hash: string | undefined;
}

/** A file's text as read earlier in the scan, with its hash when the cache took one. */
interface ReadText {
  text: string;
  hash: string | undefined;
}

/** Analyses files in order; read failures go to `output`, results to `results`. `texts` holds files already read (taken from it). */
async function analyzeFiles(project: Project, files: readonly string[], hashing: boolean, output: ScanOutput, results: FileResult[], texts?: Map<string, ReadText>): Promise<void> {
  for (const file of files) {
    const known = texts?.get(file);
    texts?.delete(file);
    const text = known?.text ?? readSource(file, output);
    if (text === undefined) continue;
    let result: CachedResult;
    try {
      const analysis = await project.analyze(file, text);
      result = { findings: analysis.findings.map(toCliFinding), notes: analysis.notes };
    } catch (error) {
      result = { findings: [], notes: [{ file, kind: 'parse-error', message: `Analysis failed: ${(error as Error).message}` }] };
    }
    // The hash of the very text analysed: one taken from an earlier read of the same text, or a new one.
    results.push({ file, hash: hashing ? (known?.hash ?? digest(text)) : undefined, ...result });
  }
}

/**
 * The project a scan runs on. With `recording` (the cache is on) its workspace layer reads
 * through a RecordingFileSystem, which scanProject and the workers find as project.fileSystem.
 */
function createProject(settings: ProjectSettings, recording: boolean): Project {
  const fs = recording ? new RecordingFileSystem(diskFileSystem) : diskFileSystem;
  return new Project({ root: settings.root, fs, ruleOverrides: settings.ruleOverrides, ...(settings.maxFileBytes ? { maxFileBytes: settings.maxFileBytes } : {}) });
}

function recorderOf(project: Project): RecordingFileSystem | undefined {
  return project.fileSystem instanceof RecordingFileSystem ? project.fileSystem : undefined;
}

/** What a worker starts with; it loads the engine while the main thread gathers the cross-file facts. */
interface WorkerSetup {
  twelveFactorScan: true;
  settings: ProjectSettings;
  /** Hash each file's text for the cache. */
  hashing: boolean;
}

/** The main thread's cross-file facts, sent once gathered, so workers need not re-read every file. */
interface FactsMessage {
  kind: 'facts';
  shutdownHandlers: string[];
  manifests: string[];
}

type WorkerRequest = FactsMessage | { kind: 'batch'; files: string[] };

interface WorkerReply {
  kind: 'batch';
  /** Read failures of the batch. */
  output: ScanOutput;
  results: FileResult[];
  /** What the worker's workspace layer read for this batch, for the cache's record of the facts. */
  factReads: FactRead[];
}

/** The script a worker thread starts from: the bundle itself, or bin/twelve-factor.js, which loads it faster (see there). */
let workerEntry = __filename;

export function setWorkerEntry(path: string): void {
  workerEntry = path;
}

/** The bundle can start itself as a worker; TypeScript sources run through a loader cannot. */
function canUseWorkers(files: number): boolean {
  return files >= parallelThreshold() && workerEntry.endsWith('.js') && availableParallelism() > 1;
}

function startWorkers(settings: ProjectSettings, hashing: boolean): Worker[] {
  const setup: WorkerSetup = { twelveFactorScan: true, settings, hashing };
  return Array.from({ length: Math.min(availableParallelism(), 4) }, () => new Worker(workerEntry, { workerData: setup }));
}

async function analyzeInWorkers(workers: Worker[], facts: FactsMessage, files: readonly string[], output: ScanOutput, results: FileResult[], recorder: RecordingFileSystem | undefined): Promise<void> {
  const queue = [...files];
  await Promise.all(
    workers.map((worker) => new Promise<void>((resolve, reject) => {
      const sendNext = () => {
        const batch = queue.splice(0, BATCH_SIZE);
        if (batch.length === 0) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ kind: 'batch', files: batch } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        output.notes.push(...reply.output.notes);
        output.ioFailure ||= reply.output.ioFailure;
        results.push(...reply.results);
        recorder?.merge(reply.factReads);
        sendNext();
      });
      worker.on('error', reject);
      // Queued in the worker's port until it has loaded and listens.
      worker.postMessage(facts satisfies WorkerRequest);
      sendNext();
    })),
  );
}

/** What a scan's cache key covers besides the engine: the settings and the facts gathered from every script. */
function cacheKey(project: Project, engine: string, facts: FactsMessage): string {
  const severities = Object.entries(project.severities()).sort(([a], [b]) => compareText(a, b));
  return digest(JSON.stringify({ engine, severities, maxFileBytes: project.maxFileBytes, shutdownHandlers: [...facts.shutdownHandlers].sort(), manifests: facts.manifests }));
}

/**
 * Scans the given files of one project: facts that span files first, then each file — from
 * the cache when its text, the settings and the facts are unchanged (cliCache.ts). Findings
 * and notes come out in file order whichever way each file was answered.
 */
export async function scanProject(project: Project, settings: ProjectSettings, files: readonly string[], cacheSettings?: CacheSettings): Promise<ScanOutput> {
  const output: ScanOutput = { findings: [], notes: [], ioFailure: false };
  // The cache needs every read of project files recorded: createProject(…, true).
  const recorder = cacheSettings ? recorderOf(project) : undefined;
  const cache = cacheSettings && recorder ? ScanCache.open(cacheSettings.directory, project.root, cacheSettings.engine) : undefined;
  // Each worker starts Node's worker machinery and loads the engine (about 60 ms from its code
  // cache) before its first file: let that overlap the facts pass,
  // unless an earlier run's results will probably spare most of the work.
  let workers = canUseWorkers(files.length) && !(cache && cache.storedEntries > 0) ? startWorkers(settings, cache !== undefined) : undefined;
  const hashes = new Map<string, string>();
  // A tree too small for workers keeps the scripts the facts pass reads for the analysis (read once).
  const texts = canUseWorkers(files.length) ? undefined : new Map<string, ReadText>();
  try {
    await project.primeFacts(
      files,
      async (path) => {
        const text = readSource(path, output);
        if (text === undefined) return undefined;
        const hash = cache ? digest(text) : undefined;
        if (hash !== undefined) hashes.set(path, hash);
        texts?.set(path, { text, hash });
        return text;
      },
      (path, text) => (cache ? cache.shutdownOf(path, hashes.get(path)!, () => shutdownFacts().handlesShutdown(path, text)) : shutdownFacts().handlesShutdown(path, text)),
      // A script whose signature shows it unchanged is not read: its hash and answer are stored.
      (path) => {
        const known = cache?.unchangedShutdown(path, project.maxFileBytes);
        if (known) hashes.set(path, known.hash);
        return known?.shutdown;
      },
    );
  } catch (error) {
    // Cross-file facts (SIGTERM handling, package names) from one bad file must not stop the run.
    output.notes.push({ file: project.root, kind: 'parse-error', message: `Workspace facts are incomplete: ${(error as Error).message}` });
  }
  // primeFacts read every script once; a read failure there is reported again below, so keep one.
  const readFailures = new Set(output.notes.filter((note) => note.kind === 'read-error').map((note) => note.file));
  output.notes = output.notes.filter((note) => note.kind !== 'read-error');
  const facts: FactsMessage = { kind: 'facts', shutdownHandlers: project.index.shutdownHandlerFiles(), manifests: files.filter((file) => file.endsWith('/package.json')) };

  const answered = new Map<string, CachedResult>();
  let toAnalyse: readonly string[] = files;
  if (cache && recorder && cacheSettings) {
    cache.validate(cacheKey(project, cacheSettings.engine, facts), recorder);
    if (cache.reusable) {
      const misses: string[] = [];
      for (const file of files) {
        // Scripts were hashed in the facts pass; other files (YAML, package.json) are read here,
        // unless their signature shows them unchanged.
        let hash = hashes.get(file) ?? (readFailures.has(file) ? undefined : cache.unchangedHash(file));
        if (hash === undefined && !readFailures.has(file)) {
          const text = readSource(file, output);
          // Reported once, here.
          if (text === undefined) continue;
          hash = digest(text);
          texts?.set(file, { text, hash });
        }
        const cached = hash === undefined ? undefined : cache.lookup(file, hash);
        if (cached) {
          answered.set(file, cached);
          texts?.delete(file);
        } else {
          misses.push(file);
        }
      }
      toAnalyse = misses;
    } else {
      // Files the facts pass did not look at (YAML, package.json) are read by the analysis.
      for (const file of files) if (!hashes.has(file)) cache.takeSignature(file);
    }
    if (workers && !canUseWorkers(toAnalyse.length)) {
      for (const worker of workers) void worker.terminate();
      workers = undefined;
    } else if (!workers && canUseWorkers(toAnalyse.length)) {
      workers = startWorkers(settings, true);
    }
  }

  const results: FileResult[] = [];
  if (workers) await analyzeInWorkers(workers, facts, toAnalyse, output, results, recorder);
  else await analyzeFiles(project, toAnalyse, cache !== undefined, output, results, texts);
  for (const result of results) {
    answered.set(result.file, result);
    if (cache && result.hash !== undefined) cache.store(result.file, result.hash, result);
  }
  if (cache && recorder) cache.save(recorder);

  for (const file of files) {
    const result = answered.get(file);
    if (!result) continue;
    output.findings.push(...result.findings);
    output.notes.push(...result.notes);
  }
  if (readFailures.size > 0) output.ioFailure = true;
  return output;
}

// Worker side: rebuild the project with the main thread's cross-file facts, then analyse batches.
if (!isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.twelveFactorScan === true) {
  const setup = workerData as WorkerSetup;
  let project: Project | undefined;
  const workerProject = (): Project => (project ??= createProject(setup.settings, setup.hashing));
  // Load the engine (TypeScript, the rules) while the main thread gathers the facts; not while
  // this bundle is still loading, so that bin/twelve-factor.js has handed over its bundle loader
  // (siblingBundles.ts) first.
  setImmediate(() => {
    workerProject();
    analysisEngine();
  });
  parentPort!.on('message', (request: WorkerRequest) => {
    const project = workerProject();
    const recorder = recorderOf(project);
    if (request.kind === 'facts') {
      for (const manifest of request.manifests) project.index.addKnownManifest(manifest);
      for (const file of request.shutdownHandlers) project.index.setHandlesShutdown(file, true);
      return;
    }
    const output: ScanOutput = { findings: [], notes: [], ioFailure: false };
    const results: FileResult[] = [];
    void analyzeFiles(project, request.files, setup.hashing, output, results).then(() => parentPort!.postMessage({ kind: 'batch', output, results, factReads: recorder?.drain() ?? [] } satisfies WorkerReply));
  });
}

export { createProject };
