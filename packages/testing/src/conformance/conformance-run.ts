import type { TokenSet, TokenStore } from '@fitlink/core';
import { onTestFinished, type TestContext } from 'vitest';

/** An optional {@link TokenStore} capability the conformance suite checks. */
export type TokenStoreCapability = 'lock' | 'versioned' | 'leases';

/** Options of {@link describeTokenStoreConformance}. */
export interface TokenStoreConformanceOptions {
  /**
   * Moves the clock the store's leases expire by (a fake clock's `advance`; for a store on real
   * time, a real sleep). Without it, the cases about lease expiry and renewal are skipped.
   * @defaultValue none
   */
  advanceTime?: (ms: number) => void | Promise<void>;
  /** TTL the lease cases use, in ms (keep it short for a store on real time). @defaultValue 1000 */
  leaseTtlMs?: number;
  /** Writers racing in the concurrent cases. @defaultValue 16 */
  concurrency?: number;
  /**
   * Capabilities the store must have: their cases fail, instead of being skipped, when the
   * store lacks them (so an adapter that loses one is noticed).
   * @defaultValue []
   */
  requires?: readonly TokenStoreCapability[];
  /** Called after each case with its store (close a client, drop test rows). @defaultValue none */
  cleanup?: (store: TokenStore) => void | Promise<void>;
}

/** The suite's view of one registration: how each case gets a store and keys. */
export interface ConformanceRun {
  /** The resolved options. */
  readonly options: Required<Pick<TokenStoreConformanceOptions, 'leaseTtlMs' | 'concurrency'>> &
    TokenStoreConformanceOptions;
  /**
   * A fresh store for the case, cleaned up when it ends; the case is skipped when the store
   * lacks `capability` (or fails, when the capability is required).
   */
  open(context: TestContext, capability?: TokenStoreCapability): Promise<TokenStore>;
  /** A key no other case or run uses, so a shared database needs no clearing between runs. */
  key(name: string): string;
}

/**
 * Builds a {@link ConformanceRun} over the store factory.
 *
 * @param createStore - Makes the store under test.
 * @param options - The suite's options.
 * @example
 * ```ts
 * const run = createConformanceRun(() => createMemoryTokenStore(), {});
 * const store = await run.open(context, 'versioned');
 * ```
 */
export function createConformanceRun(
  createStore: () => Promise<TokenStore> | TokenStore,
  options: TokenStoreConformanceOptions,
): ConformanceRun {
  const runId = globalThis.crypto.randomUUID().slice(0, 8);
  let counter = 0;
  return {
    options: { leaseTtlMs: 1000, concurrency: 16, ...options },
    async open(context, capability) {
      const store = await createStore();
      onTestFinished(async () => {
        await options.cleanup?.(store);
      });
      if (capability !== undefined && !hasCapability(store, capability)) {
        if (options.requires?.includes(capability)) {
          throw new Error(`The store was required to have '${capability}' but does not`);
        }
        context.skip(`the store has no '${capability}'`);
      }
      return store;
    },
    key: (name) => `conformance:${runId}:${++counter}:${name}`,
  };
}

/**
 * Whether a store has a capability. A store with only one of `getVersioned` and
 * `compareAndSet` is broken (they work as a pair), so it throws.
 *
 * @param store - The store.
 * @param capability - The capability.
 * @throws Error when a store has exactly one of `getVersioned` and `compareAndSet`.
 * @example
 * ```ts
 * if (hasCapability(store, 'leases')) await store.acquireLease?.(key, { ttlMs: 1000 });
 * ```
 */
export function hasCapability(store: TokenStore, capability: TokenStoreCapability): boolean {
  if (capability === 'lock') return typeof store.lock === 'function';
  if (capability === 'leases') return typeof store.acquireLease === 'function';
  const read = typeof store.getVersioned === 'function';
  const write = typeof store.compareAndSet === 'function';
  if (read !== write) {
    throw new Error('A store must implement getVersioned and compareAndSet together, or neither');
  }
  return read;
}

/**
 * A distinct, complete token set for the cases (every optional field filled, so a store that
 * drops one is noticed).
 *
 * @param label - Makes the tokens distinct.
 * @example
 * ```ts
 * await store.set(key, sampleTokens('a'));
 * ```
 */
export function sampleTokens(label: string): TokenSet {
  return {
    accessToken: `access-${label}`,
    tokenType: 'bearer',
    refreshToken: `refresh-${label}`,
    expiresAt: 1_900_000_000_000,
    scope: ['read', `scope-${label}`],
    idToken: `id-${label}`,
    tokenSecret: `secret-${label}`,
    obtainedAt: 1_800_000_000_000,
    authorizedAt: 1_700_000_000_000,
    providerUserId: `user-${label}`,
    extra: { label, nested: { count: 2 } },
  };
}
