import type { TokenStore } from '@fitlink/core';
import { describe } from 'vitest';
import { basicCases } from './basic-cases.js';
import { createConformanceRun, type TokenStoreConformanceOptions } from './conformance-run.js';
import { leaseCases } from './lease-cases.js';
import { lockCases } from './lock-cases.js';
import { versionedCases } from './versioned-cases.js';

export type { TokenStoreCapability, TokenStoreConformanceOptions } from './conformance-run.js';

/**
 * Registers vitest cases that check a {@link TokenStore} against core's contract: get/set/delete
 * round trips, isolation between keys, missing keys, and, when the store has them, versioned
 * writes (stale versions refused, create-only, exactly one winner of N concurrent writers),
 * leases (exclusive, expiring with the clock, renewed and released only by their owner) and
 * `lock` (exclusive per key). A capability the store lacks is reported as skipped, unless
 * `options.requires` names it. Every case gets a fresh store from `createStore` and its own
 * keys, so a shared database needs no clearing between cases.
 *
 * Call it at the top level of a test file, or inside a `describe`.
 *
 * @param name - Names the store in the report.
 * @param createStore - Makes a store for one case.
 * @param options - Clock control for lease expiry, TTL, concurrency, required capabilities, cleanup.
 * @example
 * ```ts
 * import { createMemoryTokenStore } from '@fitlink/core';
 * import { createFakeClock } from '@fitlink/testing';
 * import { describeTokenStoreConformance } from '@fitlink/testing/vitest';
 *
 * const clock = createFakeClock();
 * describeTokenStoreConformance('memory', () => createMemoryTokenStore({ now: clock.now }), {
 *   advanceTime: (ms) => clock.advance(ms),
 *   requires: ['lock', 'versioned', 'leases'],
 * });
 * ```
 */
export function describeTokenStoreConformance(
  name: string,
  createStore: () => Promise<TokenStore> | TokenStore,
  options: TokenStoreConformanceOptions = {},
): void {
  const run = createConformanceRun(createStore, options);
  describe(`TokenStore conformance: ${name}`, () => {
    describe('get, set, delete', () => basicCases(run));
    describe('versioned writes (getVersioned, compareAndSet)', () => versionedCases(run));
    describe('leases (acquireLease)', () => leaseCases(run));
    describe('lock', () => lockCases(run));
  });
}
