// Seeded randomness for the fuzz tier: every run with the same seed produces the same inputs,
// so a failure is reproduced by re-running with the seed it printed.

/** mulberry32: tiny, fast, good enough to pick mutations; not for anything cryptographic. */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * Math.max(1, bound));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[this.below(items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A child generator for one case, so adding cases elsewhere does not shift this one's inputs. */
  fork(salt: number): SeededRandom {
    return new SeededRandom((Math.imul(this.seed ^ 0x9e3779b9, 31) + salt * 0x85ebca6b) >>> 0);
  }
}

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

/** `TF_FUZZ_SEED=<n>` replays a run; the default is fixed so `npm test` is deterministic. */
export function fuzzSeed(): number {
  return positiveIntegerFromEnv('TF_FUZZ_SEED', 20_240_612);
}

/**
 * `TF_FUZZ_SCALE=<n>` multiplies how many mutated inputs every suite generates. The default (1)
 * keeps the whole tier under a minute on two cores; `TF_FUZZ_SCALE=20` is a long soak.
 */
export function fuzzScale(): number {
  return positiveIntegerFromEnv('TF_FUZZ_SCALE', 1);
}

/** The number of iterations of a suite whose default (scale 1) is `base`. */
export function iterations(base: number): number {
  return base * fuzzScale();
}
