// Edit-to-diagnostics latency of the bundled server vs plain parsing, on a 2,000-line file.
//   node --import tsx test/lsp/bench/latency.ts
// Prints medians; the goal is latency ≤ 2× parse time at the median.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { TestLspClient } from '../helpers/lspClient';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function sourceOf(lines: number): string {
  const out = ["import express from 'express';", "import { readFile } from 'node:fs/promises';", '', 'const app = express();', ''];
  let i = 0;
  while (out.length < lines - 2) {
    out.push(`app.get('/items/${i}', async (req, res) => {`, `  const limit = Number(req.query.limit ?? ${i});`, `  const data = await readFile('data-${i}.json', 'utf8');`, `  res.json({ id: ${i}, limit, size: data.length });`, '});', '');
    i++;
  }
  out.push('app.listen(3000);', '');
  return out.join('\n');
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'tf-bench-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench', dependencies: { express: '^4.0.0' } }, null, 2));
  writeFileSync(join(root, 'package-lock.json'), '{}');
  const path = join(root, 'big.ts');
  const text = sourceOf(2000);
  writeFileSync(path, text);
  const client = await TestLspClient.start({ folders: [root], settings: { '*': { enable: true, scanOnStartup: false } } });
  try {
    await client.open(path, text);
    await client.pullDiagnostics(path);
    const parseTimes: number[] = [];
    const latencies: number[] = [];
    for (let round = 0; round < 40; round++) {
      // A keystroke somewhere in the middle.
      const line = 500 + round;
      const edited = client.textOf(path);
      const started = performance.now();
      await client.change(path, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
      await client.pullDiagnostics(path);
      latencies.push(performance.now() - started);
      const parseStarted = performance.now();
      ts.createSourceFile(path, edited, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      parseTimes.push(performance.now() - parseStarted);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const parse = median(parseTimes.slice(5));
    const latency = median(latencies.slice(5));
    console.log(`lines: ${text.split('\n').length}`);
    console.log(`median parse (ts.createSourceFile): ${parse.toFixed(1)} ms`);
    console.log(`median edit→diagnostics (LSP round trip): ${latency.toFixed(1)} ms  (${(latency / parse).toFixed(2)}× parse)`);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
