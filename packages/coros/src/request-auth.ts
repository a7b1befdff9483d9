import {
  AuthError,
  type ConnectionAuthOptions,
  createTokenManager,
  ErrorCodes,
  type RequestAuth,
  systemClock,
  type TokenSet,
} from '@fitlink/core';

/**
 * The user's COROS `openId` from a token set (kept as `providerUserId` by the code exchange).
 *
 * @param tokens - The connection's tokens.
 * @throws {@link @fitlink/core!AuthError} with code `not_connected` when the token set has none.
 */
export function corosOpenId(tokens: TokenSet): string {
  if (tokens.providerUserId) return tokens.providerUserId;
  throw new AuthError('coros: the stored connection has no openId (providerUserId): reconnect', {
    code: ErrorCodes.notConnected,
    provider: 'coros',
    reconnect: true,
    secrets: [tokens.accessToken, tokens.refreshToken ?? ''].filter(Boolean),
  });
}

/**
 * COROS' request authentication for one stored connection: the access token and the user's
 * `openId` as the `token` and `openId` query parameters (COROS reads no `Authorization`
 * header), with the token extended before it expires. A 401 is not retried: COROS' refresh
 * extends the same token, so a refused token cannot be fixed by refreshing (the answer maps to
 * an `AuthError`).
 *
 * @param options - Store, key, the app as refresher, clock and hooks, as for core's `connectionAuth`.
 * @example
 * ```ts
 * const auth = corosConnectionAuth({ provider: 'coros', store, key: 'user-1', refresher: app });
 * ```
 */
export function corosConnectionAuth(options: ConnectionAuthOptions): RequestAuth {
  const { refresher } = options;
  const tokens = createTokenManager({
    store: options.store,
    key: options.key,
    provider: 'coros',
    clock: options.clock ?? systemClock,
    // COROS tokens last 30 days; QS refreshes with 20 days left. A day of margin is plenty.
    skewMs: options.skewMs ?? 86_400_000,
    ...(refresher ? { refresher } : {}),
    ...(options.leaseTtlMs !== undefined ? { leaseTtlMs: options.leaseTtlMs } : {}),
    ...(options.leaseWaitMs !== undefined ? { leaseWaitMs: options.leaseWaitMs } : {}),
    ...(options.refreshTimeoutMs !== undefined
      ? { refreshTimeoutMs: options.refreshTimeoutMs }
      : {}),
    ...(options.onPersistFailure ? { onPersistFailure: options.onPersistFailure } : {}),
    onRefresh: () => {
      // An observer that throws must not fail the refresh it is told about.
      try {
        options.hooks?.onRefresh?.({ type: 'refresh', provider: 'coros', key: options.key });
      } catch {}
    },
  });
  return {
    async apply(request, signal) {
      const current = await tokens.current(signal);
      request.url.searchParams.set('token', current.accessToken);
      request.url.searchParams.set('openId', corosOpenId(current));
      return { credential: current.accessToken };
    },
    secrets() {
      const seen = tokens.lastSeen();
      const values = [...(refresher?.secrets?.() ?? [])];
      if (seen) {
        values.push(seen.accessToken);
        if (seen.refreshToken) values.push(seen.refreshToken);
      }
      return values;
    },
  };
}
