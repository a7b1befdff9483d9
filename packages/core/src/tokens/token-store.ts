import type { RefreshLeaseDefaults, TokenLease, TokenLeaseOptions } from './token-lease.js';
import type { TokenSet } from './token-set.js';

/** A stored token set with the version it was read at (for {@link TokenStore.compareAndSet}). */
export interface VersionedTokenSet {
  /** The token set. */
  tokens: TokenSet;
  /**
   * Opaque version of the stored value: it changes with every write (including `set`, and a
   * delete followed by a new write), so equal versions mean nothing was written in between.
   */
  version: string;
}

/** What {@link TokenStore.compareAndSet} answers. */
export type CompareAndSetResult =
  | {
      /** The write happened. */
      ok: true;
      /** Version of the value just written. */
      version: string;
    }
  | {
      /** The write was refused: the stored version was not the expected one. */
      ok: false;
      /** What is stored now (`undefined` when nothing is), to adopt instead. */
      current: VersionedTokenSet | undefined;
    };

/**
 * Where connections' tokens live. Keys are the app's own connection keys (for example
 * `strava:user-42`). Implement it over your database, KV store or secrets manager; wrap it in
 * an encrypted store ({@link createEncryptedTokenStore}) to keep tokens encrypted at rest.
 *
 * `get`, `set` and `delete` are required. The rest are optional capabilities for fleets, used by
 * the refresh path when present:
 * - {@link TokenStore.lock}: an exclusive section per key; fitlink takes it around a refresh and
 *   reads the store again inside it, so only one process refreshes.
 * - versioned write ({@link TokenStore.getVersioned} with {@link TokenStore.compareAndSet},
 *   implement both or neither): a refreshed token set is written only over the version it was
 *   refreshed from, so a stale writer never overwrites a newer token set.
 * - {@link TokenStore.acquireLease}: a lock with an owner and an expiry, renewed while the token
 *   request runs, so a worker that dies mid-refresh frees the connection after the TTL. A worker
 *   that lost its lease never overwrites anything: on a store with versioned writes it writes
 *   only by compare-and-set over the version it refreshed from (the version is the fence: the
 *   write lands only if nobody wrote since, and it holds the newest refresh token then), and on
 *   a store without them it does not write at all.
 *
 * `@fitlink/testing`'s `describeTokenStoreConformance` checks an implementation of all of these.
 */
export interface TokenStore {
  /** Reads the token set stored under `key`, or `undefined` when there is none. */
  get(key: string): Promise<TokenSet | undefined>;
  /** Stores `tokens` under `key`, replacing what was there (a new version). */
  set(key: string, tokens: TokenSet): Promise<void>;
  /** Removes what is stored under `key`. */
  delete(key: string): Promise<void>;
  /**
   * Runs `task` while holding an exclusive lock on `key` (across processes, for a shared store).
   * Optional: without it (and without leases), refresh is single-flight within one process only.
   */
  lock?<T>(key: string, task: () => Promise<T>): Promise<T>;
  /**
   * Reads the token set under `key` with its current version, or `undefined` when there is none.
   * Optional; implement it together with {@link TokenStore.compareAndSet}.
   */
  getVersioned?(key: string): Promise<VersionedTokenSet | undefined>;
  /**
   * Writes `tokens` under `key` only if the stored version is still `expectedVersion`
   * (`undefined`: only if nothing is stored, a create), atomically. Of concurrent writers
   * expecting the same version, exactly one succeeds. Optional; implement it together with
   * {@link TokenStore.getVersioned}.
   *
   * @param key - The connection key.
   * @param expectedVersion - The version read, or `undefined` to create.
   * @param tokens - The token set to write.
   * @returns `{ ok: true, version }` when written; `{ ok: false, current }` (what is stored now)
   * when refused.
   */
  compareAndSet?(
    key: string,
    expectedVersion: string | undefined,
    tokens: TokenSet,
  ): Promise<CompareAndSetResult>;
  /**
   * Takes the lease on `key` for `ttlMs` when no one holds it (or the holder's lease expired).
   * Leases are independent of {@link TokenStore.lock}. Optional.
   *
   * @param key - The connection key.
   * @param options - How long the lease lasts unless renewed.
   * @returns The lease, or `undefined` when someone else holds it.
   */
  acquireLease?(key: string, options: TokenLeaseOptions): Promise<TokenLease | undefined>;
  /**
   * The lease TTL and wait bound the refresh path uses with this store, unless the token
   * manager's own `leaseTtlMs`/`leaseWaitMs` say otherwise. Optional.
   */
  readonly leaseDefaults?: RefreshLeaseDefaults;
}
