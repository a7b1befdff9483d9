/** Options of {@link TokenStore.acquireLease}. */
export interface TokenLeaseOptions {
  /** How long the lease lasts unless renewed, in milliseconds. */
  ttlMs: number;
}

/**
 * How the refresh path uses a store's leases, when the client's own options do not say: a
 * deployment setting, given where the store is created (`@fitlink/postgres`, `@fitlink/redis`).
 */
export interface RefreshLeaseDefaults {
  /** Lease time to live, renewed every third of it while a refresh runs. @defaultValue 30000 */
  ttlMs?: number;
  /** Longest wait for a lease another worker holds. @defaultValue 60000 */
  waitMs?: number;
}

/**
 * An expiring, owned lock on one key of a {@link TokenStore}: the holder renews it while it
 * works and releases it when done; if the holder dies, the lease frees itself after its TTL.
 * Only the current owner can renew or release it: once it expired, or someone else took it,
 * both answer `false`.
 */
export interface TokenLease {
  /** A unique token naming this holder (compared by the store on renew and release). */
  readonly owner: string;
  /** When the lease expires unless renewed, epoch ms of the store's clock (updated by `renew`). */
  readonly expiresAt: number;
  /**
   * Extends the lease to `ttlMs` from now.
   *
   * @param ttlMs - The new time to live. @defaultValue the TTL it was acquired with
   * @returns `true` when this owner still held the lease; `false` when it was lost.
   */
  renew(ttlMs?: number): Promise<boolean>;
  /**
   * Gives the lease up, so the next caller can take it at once.
   *
   * @returns `true` when this owner still held it; `false` when it was already lost.
   */
  release(): Promise<boolean>;
}
