import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { hasLeases, hasVersionedWrites } from '../tokens/store-capabilities.js';
import { isExpired, type TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';
import type { Clock } from './clock.js';
import { type LeaseGuard, withRefreshLease } from './refresh-lease.js';
import { type RefreshBase, writeRefreshed } from './refresh-write.js';
import type { SingleFlight } from './single-flight.js';

/** What can refresh a connection's tokens: an OAuth 2 app, Peloton's login app … */
export interface TokenRefresher {
  /** Provider id, for errors. */
  readonly provider: string;
  /** Shared by every client of the app, so a refresh is single-flight in the process. */
  readonly singleFlight: SingleFlight;
  /**
   * Exchanges `tokens.refreshToken` for a new token set (keeping what the provider does not resend).
   *
   * @throws {@link AuthError} with code `invalid_grant` when the provider refuses the grant.
   */
  refresh(tokens: TokenSet, options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /** Secrets of the app (the client secret) to keep out of errors. */
  secrets?(): readonly string[];
}

/** Options of {@link createTokenManager}. */
export interface TokenManagerOptions {
  /** Where the connection's tokens live. */
  store: TokenStore;
  /** The connection key in the store. */
  key: string;
  /** Refreshes the tokens; without one, an expired token is sent as it is. */
  refresher?: TokenRefresher;
  /** Provider id, for errors. */
  provider: string;
  /** Time source. */
  clock: Clock;
  /** Refresh this long before expiry. @defaultValue 60000 */
  skewMs?: number;
  /** Time to live of the refresh lease, when the store has leases; renewed every third of it. @defaultValue 30000 */
  leaseTtlMs?: number;
  /** Longest wait for a refresh lease another worker holds. @defaultValue 60000 */
  leaseWaitMs?: number;
  /** Called after each refresh this manager performed (and stored). */
  onRefresh?: () => void;
}

/** Reads a connection's tokens and refreshes them: proactively before expiry, or after a 401. */
export interface TokenManager {
  /**
   * Current tokens, refreshed first when they expire within the skew.
   *
   * @throws {@link AuthError} with code `not_connected` when nothing is stored (or the
   * connection was deleted during the refresh), `invalid_grant` when the refresh is refused.
   * @throws {@link TokenStoreError} when another worker holds the refresh lease past `leaseWaitMs`.
   */
  current(signal?: AbortSignal): Promise<TokenSet>;
  /**
   * Refreshes unless the stored access token already differs from `staleAccessToken` (someone
   * else refreshed). Resolves `undefined` when there is no refresh token.
   *
   * @throws The same errors as {@link TokenManager.current}.
   */
  replace(staleAccessToken: string, signal?: AbortSignal): Promise<TokenSet | undefined>;
  /** The last tokens seen, for redaction only. */
  lastSeen(): TokenSet | undefined;
}

/**
 * Creates the token manager behind bearer auth. A refresh is single-flight per connection in
 * the process (through the refresher's {@link SingleFlight}) and, across processes, uses what
 * the store offers:
 * - leases (`acquireLease`): the refresh runs under the connection's lease, renewed while the
 *   token request runs; a worker that finds it held waits, adopting what the holder stores;
 * - otherwise `lock`, when the store has one;
 * - versioned writes (`getVersioned`/`compareAndSet`): the result is written only over the
 *   version the refresh started from.
 *
 * Inside the lease or lock the store is read again, so a refresh done meanwhile by another
 * worker is adopted instead of refreshing twice. The new token set is stored before it is
 * returned, so a rotated refresh token is never lost to a crash after the call. A worker whose
 * lease was lost, or whose compare-and-set is refused, never writes: it adopts what the store
 * holds.
 *
 * @example
 * ```ts
 * const tokens = createTokenManager({ store, key: 'user-1', refresher: app, provider: 'strava', clock: systemClock });
 * const { accessToken } = await tokens.current();
 * ```
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { store, key, refresher, provider, clock } = options;
  const skewMs = options.skewMs ?? 60_000;
  const leaseTtlMs = options.leaseTtlMs ?? 30_000;
  const leaseWaitMs = options.leaseWaitMs ?? 60_000;
  let seen: TokenSet | undefined;

  const adopt = (tokens: TokenSet | undefined): TokenSet => {
    if (!tokens) {
      throw new AuthError(`No tokens are stored for connection "${key}": connect the user first`, {
        code: ErrorCodes.notConnected,
        provider,
      });
    }
    seen = tokens;
    return tokens;
  };
  const load = async (): Promise<TokenSet> => adopt(await store.get(key));
  const loadBase = async (): Promise<RefreshBase> => {
    if (!hasVersionedWrites(store)) return { tokens: await load(), version: undefined };
    const read = await store.getVersioned(key);
    return { tokens: adopt(read?.tokens), version: read?.version };
  };

  const refreshOnce = async (
    app: TokenRefresher,
    stillStale: (tokens: TokenSet) => boolean,
    signal: AbortSignal | undefined,
    guard?: LeaseGuard,
  ): Promise<TokenSet | undefined> => {
    const base = await loadBase();
    if (!stillStale(base.tokens)) return base.tokens;
    if (!base.tokens.refreshToken) return undefined;
    let next: TokenSet;
    try {
      next = await app.refresh(base.tokens, signal ? { signal } : {});
    } catch (error) {
      // Another process without a shared lock may have rotated the token first: use its result.
      const after = await store.get(key);
      if (after && after.accessToken !== base.tokens.accessToken && !stillStale(after))
        return after;
      throw error;
    }
    // A worker that lost its lease never writes: whoever holds it now owns the connection.
    if (guard && !(await guard.confirm())) return load();
    const write = await writeRefreshed(store, key, base, next);
    if (!write.written) return adopt(write.current);
    seen = next;
    options.onRefresh?.();
    return next;
  };

  const refreshWhile = (
    stillStale: (tokens: TokenSet) => boolean,
    signal?: AbortSignal,
  ): Promise<TokenSet | undefined> => {
    if (!refresher) return Promise.resolve(undefined);
    return refresher.singleFlight.run(store, key, async () => {
      if (hasLeases(store)) {
        const peek = async () => {
          const tokens = await load();
          return stillStale(tokens) ? undefined : tokens;
        };
        const lease = { ttlMs: leaseTtlMs, waitMs: leaseWaitMs, signal, peek };
        return withRefreshLease(store, key, lease, (guard) =>
          refreshOnce(refresher, stillStale, signal, guard),
        );
      }
      const task = () => refreshOnce(refresher, stillStale, signal);
      return store.lock ? store.lock(key, task) : task();
    });
  };

  return {
    async current(signal) {
      const tokens = await load();
      if (!isExpired(tokens, clock.now(), skewMs) || !tokens.refreshToken || !refresher)
        return tokens;
      const fresh = await refreshWhile((t) => isExpired(t, clock.now(), skewMs), signal);
      return fresh ?? tokens;
    },
    replace(staleAccessToken, signal) {
      return refreshWhile((t) => t.accessToken === staleAccessToken, signal);
    },
    lastSeen: () => seen,
  };
}
