import { createSeededRandom } from '../seeded-random.js';

/** One item of the sandbox API's paged list. */
export interface SandboxItem {
  /** `item-001` … */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** One of `run`, `ride`, `swim`, `walk`. */
  readonly kind: string;
  /** A seeded integer in [0, 999]. */
  readonly value: number;
  /** ISO 8601 UTC instant; items are one hour apart from 2024-01-01. */
  readonly createdAt: string;
}

const START = Date.UTC(2024, 0, 1);
const HOUR_MS = 3_600_000;

/**
 * Generates `count` deterministic items from `seed`.
 *
 * @example
 * ```ts
 * const [first] = createSandboxItems(250, 1); // { id: 'item-001', … }
 * ```
 */
export function createSandboxItems(count: number, seed: number): SandboxItem[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    return {
      id: `item-${number}`,
      name: `Sandbox item ${number}`,
      kind: random.pick(['run', 'ride', 'swim', 'walk']),
      value: random.integer(0, 999),
      createdAt: new Date(START + index * HOUR_MS).toISOString(),
    };
  });
}
