// Resident memory of the bundled server while it scans a 10,000-file workspace.
//   node --import tsx test/lsp/bench/scanMemory.ts [fileCount]
// Prints the peak RSS (VmHWM) and the scan time; the goal is ≤ 150 MB resident.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestLspClient, waitFor } from '../helpers/lspClient';

function statusOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const root = mkdtempSync(join(tmpdir(), 'tf-mem-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'big', dependencies: { express: '^4.0.0' } }, null, 2));
  writeFileSync(join(root, 'package-lock.json'), '{}');
  for (let i = 0; i < count; i++) {
    const dir = join(root, 'src', `m${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    const body = i % 10 === 0
      ? `import express from 'express';\nimport Redis from 'ioredis';\nconst app = express();\nexport const cache = new Redis('redis://cache:6379');\napp.listen(${3000 + (i % 1000)});\n`
      : `export function handler${i}(input: number): number {\n  const doubled = input * 2;\n  return doubled + ${i};\n}\n`.repeat(8);
    writeFileSync(join(dir, `file${i}.ts`), body);
  }
  const started = Date.now();
  const client = await TestLspClient.start({ folders: [root], settings: { '*': { enable: true, scanOnStartup: true } } });
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, statusOf(client.pid!).rssMb);
    } catch {
      // The process may be gone at the very end.
    }
  }, 50);
  try {
    await waitFor('the scan to end', () => (client.progressEvents.some((event) => event.kind === 'end') ? true : undefined), 600_000, 200);
    const elapsed = Date.now() - started;
    const report = await client.workspaceDiagnostics([], 10_000);
    const { rssMb, peakMb } = statusOf(client.pid!);
    console.log(`files: ${count}, scan: ${(elapsed / 1000).toFixed(1)} s, files with findings reported: ${report.items.length}`);
    console.log(`RSS now: ${rssMb.toFixed(0)} MB, peak sampled: ${peak.toFixed(0)} MB, VmHWM: ${peakMb.toFixed(0)} MB`);
  } finally {
    clearInterval(sampler);
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
