// Small timing utilities for the benchmark: repeated runs, medians and min–max, ratios.
import { spawnSync } from 'node:child_process';

/** One line of the benchmark table: ours vs a baseline, as a ratio measured in the same run. */
export interface Row {
  measurement: string;
  ours: string;
  baseline: string;
  ratio: number;
  target: string;
  pass: boolean;
}

export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: values.length };
}

/**
 * CPU time (user + system, ms) of an in-process action, repeated. CPU time rather than wall
 * time: on a shared 2-core machine, time spent waiting for a core is not the code's cost,
 * and both sides of a ratio are measured the same way. Each sample times `batch` back-to-back
 * actions and reports the time per action: a one-millisecond action timed alone mostly
 * measures which sample a garbage collection happened to land in.
 */
export async function timeRepeated(runs: number, action: () => unknown | Promise<unknown>, batch = 1): Promise<Sample> {
  const [sample] = await timeInterleaved(runs, [action], batch);
  return sample!;
}

/**
 * Like timeRepeated for several actions compared with each other: their samples alternate
 * (A, B, A, B…), so a burst of load from elsewhere on a shared machine falls on both sides of a
 * ratio instead of on whichever happened to be running.
 */
export async function timeInterleaved(runs: number, actions: ReadonlyArray<() => unknown | Promise<unknown>>, batch = 1): Promise<Sample[]> {
  const values: number[][] = actions.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, action] of actions.entries()) {
      const start = process.cpuUsage();
      for (let j = 0; j < batch; j++) await action();
      const used = process.cpuUsage(start);
      values[index]!.push((used.user + used.system) / 1000 / batch);
    }
  }
  return values.map(summarise);
}

/** Wall time of a whole command (ms), with its exit status; `timedOut` when it was stopped at `timeoutMs`. */
export function timeCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): { ms: number; status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...(options.timeoutMs ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const } : {}) });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut };
}

export const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
export const formatSample = (sample: Sample) => `${formatMs(sample.median)} (${formatMs(sample.min)}–${formatMs(sample.max)})`;
