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

/** Below this many files one thread is faster than starting workers (each loads TypeScript). */
const PARALLEL_THRESHOLD = 400;
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

/** What a worker needs to rebuild the main thread's facts without re-reading every file. */
interface WorkerSetup {
  twelveFactorScan: true;
  settings: ProjectSettings;
  shutdownHandlers: string[];
  manifests: string[];
}

type WorkerReply = { kind: 'batch'; output: ScanOutput } | { kind: 'ready' };

/** The bundle can start itself as a worker; TypeScript sources run through a loader cannot. */
function canUseWorkers(files: number): boolean {
  return files >= PARALLEL_THRESHOLD && __filename.endsWith('.js') && availableParallelism() > 1;
}

async function analyzeInWorkers(project: Project, settings: ProjectSettings, files: readonly string[], output: ScanOutput): Promise<void> {
  const setup: WorkerSetup = { twelveFactorScan: true, settings, shutdownHandlers: project.index.shutdownHandlerFiles(), manifests: files.filter((file) => file.endsWith('/package.json')) };
  const queue = [...files];
  const workerCount = Math.min(availableParallelism(), 4);
  await Promise.all(
    Array.from({ length: workerCount }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: setup });
      const sendNext = () => {
        const batch = queue.splice(0, BATCH_SIZE);
        if (batch.length === 0) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(batch);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'batch') {
          output.findings.push(...reply.output.findings);
          output.notes.push(...reply.output.notes);
          output.ioFailure ||= reply.output.ioFailure;
        }
        sendNext();
      });
      worker.on('error', reject);
    })),
  );
}

/** Scans the given files of one project: facts that span files first, then each file. */
export async function scanProject(project: Project, settings: ProjectSettings, files: readonly string[]): Promise<ScanOutput> {
  const output: ScanOutput = { findings: [], notes: [], ioFailure: false };
  try {
    await project.primeFacts(files, async (path) => readSource(path, output));
  } catch (error) {
    // Cross-file facts (SIGTERM handling, package names) from one bad file must not stop the run.
    output.notes.push({ file: project.root, kind: 'parse-error', message: `Workspace facts are incomplete: ${(error as Error).message}` });
  }
  // primeFacts read every script once; a read failure there is reported again below, so keep one.
  const readFailures = new Set(output.notes.filter((note) => note.kind === 'read-error').map((note) => note.file));
  output.notes = output.notes.filter((note) => note.kind !== 'read-error');
  if (canUseWorkers(files.length)) await analyzeInWorkers(project, settings, files, output);
  else await analyzeFiles(project, files, output);
  if (readFailures.size > 0) output.ioFailure = true;
  return output;
}

// Worker side: rebuild the project with the main thread's cross-file facts, then analyse batches.
if (!isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.twelveFactorScan === true) {
  const setup = workerData as WorkerSetup;
  const project = createProject(setup.settings);
  for (const manifest of setup.manifests) project.index.addKnownManifest(manifest);
  for (const file of setup.shutdownHandlers) project.index.setHandlesShutdown(file, true);
  parentPort!.on('message', (batch: string[]) => {
    const output: ScanOutput = { findings: [], notes: [], ioFailure: false };
    void analyzeFiles(project, batch, output).then(() => parentPort!.postMessage({ kind: 'batch', output } satisfies WorkerReply));
  });
  parentPort!.postMessage({ kind: 'ready' } satisfies WorkerReply);
}

export { createProject };
