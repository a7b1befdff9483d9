/** A deterministic pseudo-random source, for fake data that is the same on every run. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly [T, ...T[]]): T;
}

/**
 * Creates a seeded generator (mulberry32): the same seed yields the same sequence. Not for
 * secrets; provider fake-data generators use it so fixtures are reproducible.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * const heartRate = random.integer(90, 180);
 * ```
 */
export function createSeededRandom(seed: number): SeededRandom {
  let current = seed >>> 0;
  const next = (): number => {
    current = (current + 0x6d2b79f5) >>> 0;
    let t = current;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] ?? items[0],
  };
}
