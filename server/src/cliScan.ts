// Scanning one workspace folder for the CLI: cross-file facts first, then every file's
// analysis — spread over worker threads when the tree is large enough for it to pay.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Finding, Note, SeveritySetting } from './engine/types';
import { Project } from './workspace/project';

export interface ScanOutput {
  findings: Finding[];
  notes: Note[];
  /** A file could not be read: results are incomplete. */
  ioFailure: boolean;
}

export interface ProjectSettings {
  root: string;
  ruleOverrides: Record<string, SeveritySetting>;
  maxFileBytes: number | undefined;
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

async function analyzeFiles(project: Project, files: readonly string[], output: ScanOutput): Promise<void> {
  for (const file of files) {
    const text = readSource(file, output);
    if (text === undefined) continue;
    try {
      const result = await project.analyze(file, text);
      output.findings.push(...result.findings);
      output.notes.push(...result.notes);
    } catch (error) {
      output.notes.push({ file, kind: 'parse-error', message: `Analysis failed: ${(error as Error).message}` });
    }
  }
}

function createProject(settings: ProjectSettings): Project {
  return new Project({ root: settings.root, ruleOverrides: settings.ruleOverrides, ...(settings.maxFileBytes ? { maxFileBytes: settings.maxFileBytes } : {}) });
}

/** What a worker starts with; it loads the engine while the main thread gathers the cross-file facts. */
interface WorkerSetup {
  twelveFactorScan: true;
  settings: ProjectSettings;
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
  output: ScanOutput;
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

function startWorkers(settings: ProjectSettings): Worker[] {
  const setup: WorkerSetup = { twelveFactorScan: true, settings };
  return Array.from({ length: Math.min(availableParallelism(), 4) }, () => new Worker(workerEntry, { workerData: setup }));
}

async function analyzeInWorkers(workers: Worker[], project: Project, files: readonly string[], output: ScanOutput): Promise<void> {
  const facts: FactsMessage = { kind: 'facts', shutdownHandlers: project.index.shutdownHandlerFiles(), manifests: files.filter((file) => file.endsWith('/package.json')) };
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
        output.findings.push(...reply.output.findings);
        output.notes.push(...reply.output.notes);
        output.ioFailure ||= reply.output.ioFailure;
        sendNext();
      });
      worker.on('error', reject);
      // Queued in the worker's port until it has loaded and listens.
      worker.postMessage(facts satisfies WorkerRequest);
      sendNext();
    })),
  );
}

/** Scans the given files of one project: facts that span files first, then each file. */
export async function scanProject(project: Project, settings: ProjectSettings, files: readonly string[]): Promise<ScanOutput> {
  const output: ScanOutput = { findings: [], notes: [], ioFailure: false };
  // Each worker spends a quarter of a second loading TypeScript: let that overlap the facts pass.
  const workers = canUseWorkers(files.length) ? startWorkers(settings) : undefined;
  try {
    await project.primeFacts(files, async (path) => readSource(path, output));
  } catch (error) {
    // Cross-file facts (SIGTERM handling, package names) from one bad file must not stop the run.
    output.notes.push({ file: project.root, kind: 'parse-error', message: `Workspace facts are incomplete: ${(error as Error).message}` });
  }
  // primeFacts read every script once; a read failure there is reported again below, so keep one.
  const readFailures = new Set(output.notes.filter((note) => note.kind === 'read-error').map((note) => note.file));
  output.notes = output.notes.filter((note) => note.kind !== 'read-error');
  if (workers) await analyzeInWorkers(workers, project, files, output);
  else await analyzeFiles(project, files, output);
  if (readFailures.size > 0) output.ioFailure = true;
  return output;
}

// Worker side: rebuild the project with the main thread's cross-file facts, then analyse batches.
if (!isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.twelveFactorScan === true) {
  const project = createProject((workerData as WorkerSetup).settings);
  parentPort!.on('message', (request: WorkerRequest) => {
    if (request.kind === 'facts') {
      for (const manifest of request.manifests) project.index.addKnownManifest(manifest);
      for (const file of request.shutdownHandlers) project.index.setHandlesShutdown(file, true);
      return;
    }
    const output: ScanOutput = { findings: [], notes: [], ioFailure: false };
    void analyzeFiles(project, request.files, output).then(() => parentPort!.postMessage({ kind: 'batch', output } satisfies WorkerReply));
  });
}

export { createProject };
