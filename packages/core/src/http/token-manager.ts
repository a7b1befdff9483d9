import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { isExpired, type TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';
import type { Clock } from './clock.js';
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
  /** Called after each refresh this manager performed. */
  onRefresh?: () => void;
}

/** Reads a connection's tokens and refreshes them: proactively before expiry, or after a 401. */
export interface TokenManager {
  /** Current tokens, refreshed first when they expire within the skew. */
  current(signal?: AbortSignal): Promise<TokenSet>;
  /**
   * Refreshes unless the stored access token already differs from `staleAccessToken` (someone
   * else refreshed). Resolves `undefined` when there is no refresh token.
   */
  replace(staleAccessToken: string, signal?: AbortSignal): Promise<TokenSet | undefined>;
  /** The last tokens seen, for redaction only. */
  lastSeen(): TokenSet | undefined;
}

/**
 * Creates the token manager behind bearer auth. Refreshes are single-flight per connection in
 * the process (through the refresher's {@link SingleFlight}) and, when the store has a lock,
 * across processes: the store is read again inside the lock, so a refresh done meanwhile by
 * another process is used instead of refreshing twice. The new token set is stored before it
 * is returned, so a rotated refresh token is never lost.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { store, key, refresher, provider, clock } = options;
  const skewMs = options.skewMs ?? 60_000;
  let seen: TokenSet | undefined;

  const load = async (): Promise<TokenSet> => {
    const tokens = await store.get(key);
    if (!tokens) {
      throw new AuthError(`No tokens are stored for connection "${key}": connect the user first`, {
        code: ErrorCodes.notConnected,
        provider,
      });
    }
    seen = tokens;
    return tokens;
  };

  const refreshWhile = (
    stillStale: (tokens: TokenSet) => boolean,
    signal?: AbortSignal,
  ): Promise<TokenSet | undefined> => {
    if (!refresher) return Promise.resolve(undefined);
    return refresher.singleFlight.run(store, key, async () => {
      const task = async (): Promise<TokenSet | undefined> => {
        const latest = await load();
        if (!stillStale(latest)) return latest;
        if (!latest.refreshToken) return undefined;
        let next: TokenSet;
        try {
          next = await refresher.refresh(latest, signal ? { signal } : {});
        } catch (error) {
          // Another process without a shared lock may have rotated the token first: use its result.
          const after = await store.get(key);
          if (after && after.accessToken !== latest.accessToken && !stillStale(after)) return after;
          throw error;
        }
        await store.set(key, next);
        seen = next;
        options.onRefresh?.();
        return next;
      };
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
