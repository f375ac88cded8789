// Keeps the server's resident memory low during long scans. The engine allocates a full
// syntax tree per file and drops it right away; V8 would otherwise let that garbage grow
// the heap (and RSS) long before collecting it.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let collect: (() => void) | undefined;

/** Call once at startup, before the heap grows. */
export function tuneMemoryForScanning(): void {
  try {
    // A small young generation: per-file garbage dies young, so big semi-spaces only cost RSS.
    v8.setFlagsFromString('--max-semi-space-size=1');
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc === 'function') collect = gc as () => void;
  } catch {
    // Tuning is an optimisation; the server works without it.
  }
}

/** A full collection, when tuning made one available (between scan batches, after a scan). */
export function collectGarbage(): void {
  collect?.();
}
