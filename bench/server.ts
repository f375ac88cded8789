// Benchmark parts that need the real language server (dist/server/server.js over JSON-RPC):
//   2. edit-to-diagnostics latency vs plain parsing of the same text (2,000-line file)
//   4. resident memory after scanning the 10,000-file tree, and after 1,000 edits
//   5. (part) server start to initialize answered, started as the extension starts it
//      (dist/server/main.js): without V8's code cache, as a first start is, and from it
// The server is started with the flags the extension uses (client/src/extension.ts).
import * as ts from 'typescript';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_MAIN, TestLspClient, waitFor } from '../test/lsp/helpers/lspClient';
import { CODE_CACHE_DIR_VARIABLE } from '../server/src/lsp/protocol';
import { generateServiceText, generateTree, seededRandom } from './generateTree';
import { formatMs, formatSample, summarise } from './measure';
import type { Row } from './measure';


const SERVER_FLAGS = ['--max-semi-space-size=1'];
const QUICK = process.env.BENCH_QUICK === '1';

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function editLatency(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'tf-bench-latency-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench', dependencies: { express: '^4.19.2' } }));
  writeFileSync(join(root, 'package-lock.json'), '{}');
  const path = join(root, 'service.ts');
  const text = generateServiceText(seededRandom(2000), 2000);
  writeFileSync(path, text);
  const client = await TestLspClient.start({ folders: [root], settings: { '*': { enable: true, scanOnStartup: false } }, nodeArgs: SERVER_FLAGS });
  try {
    await client.open(path, text);
    await client.pullDiagnostics(path);
    const parses: number[] = [];
    const latencies: number[] = [];
    const rounds = QUICK ? 20 : 60;
    for (let round = 0; round < rounds; round++) {
      // A keystroke in the middle of the file, then the pull an editor makes.
      const line = 900 + (round % 200);
      const started = performance.now();
      await client.change(path, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
      await client.pullDiagnostics(path);
      latencies.push(performance.now() - started);
      const current = client.textOf(path);
      const parseStarted = performance.now();
      ts.createSourceFile(path, current, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      parses.push(performance.now() - parseStarted);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const latency = summarise(latencies.slice(5));
    const parse = summarise(parses.slice(5));
    const ratio = latency.median / parse.median;
    rows.push({ measurement: 'edit → diagnostics (LSP, 2,000 lines) vs parse', ours: formatSample(latency), baseline: formatSample(parse), ratio, target: '≤ 2× (median)', pass: ratio <= 2 });
    results.editLatency = { latency, parse, ratio };
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

async function serverMemory(rows: Row[], results: Record<string, unknown>, treeDir: string, files: number): Promise<void> {
  const client = await TestLspClient.start({ folders: [treeDir], settings: { '*': { enable: true, scanOnStartup: true } }, nodeArgs: SERVER_FLAGS });
  const pid = client.pid!;
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, residentMb(pid));
    } catch {
      // The process may be gone at the very end.
    }
  }, 50);
  try {
    const started = performance.now();
    await waitFor('the workspace scan to end', () => (client.progressEvents.some((event) => event.kind === 'end') ? true : undefined), 1_800_000, 200);
    const scanMs = performance.now() - started;
    // Resident memory once the scan has settled (the server collects garbage when a scan ends).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const afterScan = residentMb(pid);
    rows.push({ measurement: `server RSS after scanning ${files} files`, ours: `${afterScan.toFixed(0)} MB (peak ${peak.toFixed(0)} MB, scan ${formatMs(scanMs)})`, baseline: '150 MB budget', ratio: afterScan / 150, target: '≤ 150 MB', pass: afterScan <= 150 });

    const path = join(treeDir, 'src', 'edited.ts');
    const text = generateServiceText(seededRandom(7), 400);
    writeFileSync(path, text);
    await client.open(path, text);
    const edits = QUICK ? 200 : 1000;
    for (let i = 0; i < edits; i++) {
      await client.change(path, [{ range: { start: { line: 10 + (i % 300), character: 0 }, end: { line: 10 + (i % 300), character: 0 } }, text: i % 2 ? ' ' : '\t' }]);
      if (i % 10 === 9) await client.pullDiagnostics(path);
    }
    await client.pullDiagnostics(path);
    const afterEdits = residentMb(pid);
    rows.push({ measurement: `server RSS after ${edits} edits`, ours: `${afterEdits.toFixed(0)} MB`, baseline: '150 MB budget', ratio: afterEdits / 150, target: '≤ 150 MB', pass: afterEdits <= 150 });
    results.serverMemory = { files, scanMs, afterScanMb: afterScan, peakMb: peak, afterEditsMb: afterEdits, edits };
  } finally {
    clearInterval(sampler);
    await client.stop();
  }
}

/** Milliseconds from spawning the server to its answer to initialize, `runs` times. */
async function startTimes(runs: number, env: NodeJS.ProcessEnv, folder: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const client = await TestLspClient.start({ folders: [folder], settings: { '*': { enable: true, scanOnStartup: false } }, nodeArgs: SERVER_FLAGS, serverModule: SERVER_MAIN, env });
    times.push(performance.now() - started);
    await client.stop();
  }
  return times;
}

async function serverStart(rows: Row[], results: Record<string, unknown>): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'tf-bench-start-'));
  try {
    writeFileSync(join(base, 'package.json'), JSON.stringify({ name: 'bench' }));
    const runs = QUICK ? 3 : 7;
    const compiled = summarise(await startTimes(runs, {}, base));
    const cached = { [CODE_CACHE_DIR_VARIABLE]: join(base, 'code-cache') };
    await startTimes(1, cached, base);
    const fromCache = summarise(await startTimes(runs, cached, base));
    const ratio = fromCache.median / compiled.median;
    rows.push({ measurement: 'server start → initialize answered: from the code cache vs compiling (first start)', ours: formatSample(fromCache), baseline: formatSample(compiled), ratio, target: 'report (< 1×)', pass: ratio < 1 });
    results.serverStart = { compiled, fromCache, ratio };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

export async function measure(rows: Row[], results: Record<string, unknown>, treeBase: string): Promise<void> {
  await serverStart(rows, results);
  await editLatency(rows, results);
  const files = QUICK ? 1000 : 10000;
  const treeDir = join(treeBase, `tree-${files}`);
  if (!existsSync(treeDir)) generateTree(treeDir, files);
  await serverMemory(rows, results, treeDir, files);
}
