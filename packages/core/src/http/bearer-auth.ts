import type { PersistFailureHook } from '../tokens/persist-failure.js';
import type { TokenStore } from '../tokens/token-store.js';
import { type Clock, systemClock } from './clock.js';
import { emit, type HttpHooks } from './hooks.js';
import type { RequestAuth } from './request-auth.js';
import { createTokenManager, type TokenManager, type TokenRefresher } from './token-manager.js';

/** Options of {@link bearerAuth}. */
export interface BearerAuthOptions {
  /** The connection's token manager. */
  tokens: TokenManager;
  /** Extra secrets to keep out of errors (the app's client secret). */
  secrets?: () => readonly string[];
}

/**
 * Bearer-token auth (RFC 6750): sends `Authorization: Bearer <access token>`, refreshing before
 * expiry, and after a 401 refreshes once (unless another caller already did) so the client can
 * retry once.
 */
export function bearerAuth(options: BearerAuthOptions): RequestAuth {
  const { tokens } = options;
  return {
    async apply(request, signal) {
      const current = await tokens.current(signal);
      request.headers.set('authorization', `Bearer ${current.accessToken}`);
      return { credential: current.accessToken };
    },
    async recover(attempt, signal) {
      const next = await tokens.replace(attempt.credential, signal);
      return next !== undefined && next.accessToken !== attempt.credential;
    },
    secrets() {
      const seen = tokens.lastSeen();
      const values = [...(options.secrets?.() ?? [])];
      if (seen) {
        values.push(seen.accessToken);
        if (seen.refreshToken) values.push(seen.refreshToken);
        if (seen.tokenSecret) values.push(seen.tokenSecret);
      }
      return values;
    },
  };
}

/** Options of {@link connectionAuth}. */
export interface ConnectionAuthOptions {
  /** Provider id. */
  provider: string;
  /** Where the connection's tokens live. */
  store: TokenStore;
  /** The connection key. */
  key: string;
  /** Refreshes tokens (the provider's app); without one, tokens are used until they fail. */
  refresher?: TokenRefresher;
  /** Time source. @defaultValue systemClock */
  clock?: Clock;
  /** Refresh this long before expiry (at most half the token's lifetime). @defaultValue 60000 */
  skewMs?: number;
  /** Time to live of the refresh lease, when the store has leases. @defaultValue 30000 */
  leaseTtlMs?: number;
  /** Longest wait for a refresh lease another worker holds. @defaultValue 60000 */
  leaseWaitMs?: number;
  /** The refresh's own timeout, independent of every caller's signal. @defaultValue 30000 */
  refreshTimeoutMs?: number;
  /**
   * Receives the new token set when the store would not take it after the provider rotated, so
   * the app can save it elsewhere (see `PersistFailureEvent`). @defaultValue none
   */
  onPersistFailure?: PersistFailureHook;
  /** Observers; `onRefresh` is told of each refresh. */
  hooks?: HttpHooks;
}

/**
 * Bearer auth for one stored connection: the usual way a provider client authenticates.
 *
 * @example
 * ```ts
 * const auth = connectionAuth({ provider: 'example', store, key: 'user-1', refresher: app });
 * const http = createHttpClient({ provider: 'example', baseUrl, auth });
 * ```
 */
export function connectionAuth(options: ConnectionAuthOptions): RequestAuth {
  const { provider, key, refresher } = options;
  const tokens = createTokenManager({
    store: options.store,
    key,
    provider,
    clock: options.clock ?? systemClock,
    ...(refresher ? { refresher } : {}),
    ...(options.skewMs !== undefined ? { skewMs: options.skewMs } : {}),
    ...(options.leaseTtlMs !== undefined ? { leaseTtlMs: options.leaseTtlMs } : {}),
    ...(options.leaseWaitMs !== undefined ? { leaseWaitMs: options.leaseWaitMs } : {}),
    ...(options.refreshTimeoutMs !== undefined
      ? { refreshTimeoutMs: options.refreshTimeoutMs }
      : {}),
    ...(options.onPersistFailure ? { onPersistFailure: options.onPersistFailure } : {}),
    onRefresh: () => emit(options.hooks?.onRefresh, { type: 'refresh', provider, key }),
  });
  return bearerAuth({
    tokens,
    ...(refresher?.secrets ? { secrets: () => refresher.secrets?.() ?? [] } : {}),
  });
}
