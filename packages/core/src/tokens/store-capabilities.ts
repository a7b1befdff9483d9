import type { TokenStore } from './token-store.js';

/** A {@link TokenStore} with versioned writes. */
export type VersionedTokenStore = TokenStore &
  Required<Pick<TokenStore, 'getVersioned' | 'compareAndSet'>>;

/** A {@link TokenStore} with leases. */
export type LeasingTokenStore = TokenStore & Required<Pick<TokenStore, 'acquireLease'>>;

/**
 * Whether a store has versioned writes (both `getVersioned` and `compareAndSet`).
 *
 * @param store - The store.
 * @example
 * ```ts
 * if (hasVersionedWrites(store)) await store.compareAndSet(key, read.version, next);
 * ```
 */
export function hasVersionedWrites(store: TokenStore): store is VersionedTokenStore {
  return typeof store.getVersioned === 'function' && typeof store.compareAndSet === 'function';
}

/**
 * Whether a store has leases (`acquireLease`).
 *
 * @param store - The store.
 * @example
 * ```ts
 * const lease = hasLeases(store) ? await store.acquireLease(key, { ttlMs: 30_000 }) : undefined;
 * ```
 */
export function hasLeases(store: TokenStore): store is LeasingTokenStore {
  return typeof store.acquireLease === 'function';
}
