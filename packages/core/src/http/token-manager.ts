import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { TokenStoreError } from '../errors/token-store-error.js';
import type { LeaseWaitTimeoutError } from '../tokens/lease-wait-timeout-error.js';
import type { PersistFailureEvent, PersistFailureHook } from '../tokens/persist-failure.js';
import { hasLeases, hasVersionedWrites } from '../tokens/store-capabilities.js';
import { isExpired, type TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';
import type { Clock } from './clock.js';
import { persistRefreshed } from './persist-refreshed.js';
import { type LeaseGuard, withRefreshLease } from './refresh-lease.js';
import { needsRefresh } from './refresh-margin.js';
import { type RefreshBase, sameGrant, writeRefreshed } from './refresh-write.js';
import type { SingleFlight } from './single-flight.js';
import { unpersistedTokens } from './unpersisted-tokens.js';
import { waitFor } from './wait-for.js';

/** What can refresh a connection's tokens: an OAuth 2 app, Peloton's login app … */
export interface TokenRefresher {
  /** Provider id, for errors. */
  readonly provider: string;
  /** Shared by every client of the app, so a refresh is single-flight in the process. */
  readonly singleFlight: SingleFlight;
  /**
   * Exchanges `tokens.refreshToken` for a new token set (keeping what the provider does not resend).
   * The token manager passes a signal of its own (the refresh timeout), never a caller's: honour it.
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
  /**
   * Refresh this long before expiry, at most half the token's lifetime (`expiresAt -
   * obtainedAt`), so short-lived tokens are not refreshed before every call.
   * @defaultValue 60000
   */
  skewMs?: number;
  /** Time to live of the refresh lease, when the store has leases; renewed every third of it. @defaultValue the store's `leaseDefaults.ttlMs`, else 30000 */
  leaseTtlMs?: number;
  /** Longest wait for a refresh lease another worker holds. @defaultValue the store's `leaseDefaults.waitMs`, else 60000 */
  leaseWaitMs?: number;
  /**
   * The refresh's own timeout (real time): the token request is aborted after it, whatever the
   * callers' signals say, and the refresh fails with `refresh_unanswered`. @defaultValue 30000
   */
  refreshTimeoutMs?: number;
  /** Called after each refresh this manager performed (stored, or kept in memory). */
  onRefresh?: () => void;
  /**
   * Called with the new token set when it could not be stored after the provider rotated (see
   * {@link PersistFailureEvent}), so the app can save it elsewhere. @defaultValue none
   */
  onPersistFailure?: PersistFailureHook;
}

/** Reads a connection's tokens and refreshes them: proactively before expiry, or after a 401. */
export interface TokenManager {
  /**
   * Current tokens, refreshed first when they expire within the margin. An aborted `signal`
   * only ends this caller's wait: a refresh under way completes and is stored for the others.
   *
   * @throws {@link AuthError} with code `not_connected` when nothing is stored (or the
   * connection was deleted during the refresh), `invalid_grant` when the refresh is refused and
   * no peer stored a newer token set, `refresh_unanswered` when the token request was sent but
   * got no usable answer (timeout, network error, an unreadable success answer).
   * @throws {@link FitlinkError} with code `aborted` when `signal` aborts the wait.
   * @throws {@link LeaseWaitTimeoutError} (a {@link TokenStoreError}) when another worker holds
   * the refresh lease past `leaseWaitMs`.
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

/** Wait between writes of a token set kept in memory after its refresh could not be stored. */
const REWRITE_INTERVAL_MS = 5_000;

/**
 * Creates the token manager behind bearer auth.
 *
 * **A refresh belongs to the connection, not to a caller.** It is single-flight per connection
 * in the process (through the refresher's {@link SingleFlight}), runs under its own timeout
 * (`refreshTimeoutMs`), never under a caller's signal: a caller that aborts only stops waiting,
 * and once the token request is sent the result is stored even if every caller has gone.
 *
 * Across processes it uses what the store offers:
 * - leases (`acquireLease`): the refresh runs under the connection's lease, renewed while the
 *   token request runs; a worker that finds it held waits, adopting what the holder stores;
 * - otherwise `lock`, when the store has one;
 * - versioned writes (`getVersioned`/`compareAndSet`): the result is written only over the
 *   version the refresh started from, so a newer token set is never overwritten.
 *
 * Inside the lease or lock the store is read again, so a refresh done meanwhile by another
 * worker is adopted instead of refreshing twice. The new token set is stored before it is
 * returned. A worker whose lease was lost writes only by compare-and-set, which cannot overwrite
 * what the new holder stored (a refused compare-and-set adopts what the store holds); on a store
 * without one it does not write, and hands the tokens to `onPersistFailure` (reason
 * `lease-lost`).
 *
 * **Storing never loses the new tokens.** A write that throws is retried (4 writes, 100, 200 and
 * 400 ms apart); if it still fails, `onPersistFailure` receives the new token set, and this
 * process keeps it in memory and uses it for as long as the store still holds the retired set,
 * writing it again on a later call (at most every 5 s).
 *
 * **Failures.** A refresh refused with `invalid_grant` reads the store once more and adopts a
 * token set a peer stored meanwhile (another grant, not expired) before reporting the
 * connection revoked. A token request that got no usable answer (timeout, network error, a
 * success answer whose body could not be read) may have rotated the refresh token at the
 * provider: it is not retried, and fails with `AuthError` code `refresh_unanswered`
 * (`reconnect: false`); the next call reads the store again before any new refresh.
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
  const leaseTtlMs = options.leaseTtlMs ?? store.leaseDefaults?.ttlMs ?? 30_000;
  const leaseWaitMs = options.leaseWaitMs ?? store.leaseDefaults?.waitMs ?? 60_000;
  const refreshTimeoutMs = options.refreshTimeoutMs ?? 30_000;
  const memory = refresher ? unpersistedTokens(refresher.singleFlight, store) : undefined;
  let seen: TokenSet | undefined;

  const notConnected = (): AuthError =>
    new AuthError(`No tokens are stored for connection "${key}": connect the user first`, {
      code: ErrorCodes.notConnected,
      provider,
    });

  /** The store's value and version, with a newer token set this process could not store on top. */
  const readBase = async (): Promise<RefreshBase> => {
    let stored: TokenSet | undefined;
    let version: string | undefined;
    if (hasVersionedWrites(store)) {
      const read = await store.getVersioned(key);
      stored = read?.tokens;
      version = read?.version;
    } else {
      stored = await store.get(key);
    }
    const pending = memory?.get(key);
    if (stored === undefined) {
      memory?.delete(key);
      throw notConnected();
    }
    if (pending !== undefined) {
      if (sameGrant(stored, pending.replaces)) {
        seen = pending.tokens;
        return { tokens: pending.tokens, stored, version };
      }
      // The store moved on (a peer refreshed, the app restored a token set): the store wins.
      memory?.delete(key);
    }
    seen = stored;
    return { tokens: stored, stored, version };
  };

  /** Writes a token set kept in memory again, at most every REWRITE_INTERVAL_MS, one at a time. */
  const rewritePending = async (base: RefreshBase): Promise<void> => {
    const pending = memory?.get(key);
    if (pending === undefined || pending.writing || clock.now() < pending.retryAt) return;
    pending.writing = (async () => {
      try {
        await writeRefreshed(store, key, base, pending.tokens);
        // Written, or refused because the store moved on: either way the store wins from now.
        if (memory?.get(key) === pending) memory.delete(key);
      } catch {
        pending.retryAt = clock.now() + REWRITE_INTERVAL_MS;
      } finally {
        pending.writing = undefined;
      }
    })();
    await pending.writing;
  };

  const secretsOf = (...sets: TokenSet[]): string[] =>
    sets.flatMap((tokens) =>
      [tokens.accessToken, tokens.refreshToken, tokens.idToken, tokens.tokenSecret].filter(
        (value): value is string => value !== undefined,
      ),
    );

  /** Keeps a refreshed token set the store would not take, and hands it to the app. */
  const keepUnstored = async (
    base: RefreshBase,
    next: TokenSet,
    failure: Pick<PersistFailureEvent, 'reason' | 'attempts'> & { cause?: unknown },
  ): Promise<TokenSet> => {
    memory?.set(key, {
      tokens: next,
      replaces: base.stored,
      retryAt: clock.now() + REWRITE_INTERVAL_MS,
      writing: undefined,
    });
    seen = next;
    options.onRefresh?.();
    const message =
      failure.reason === 'lease-lost'
        ? `The refresh lease on '${key}' was lost during the token request and the store has no compare-and-set: the new tokens were not stored`
        : `The refreshed tokens of '${key}' could not be stored (${failure.attempts} writes failed)`;
    const error = new TokenStoreError(message, {
      provider,
      secrets: [...secretsOf(next, base.tokens, base.stored), ...(refresher?.secrets?.() ?? [])],
      ...(failure.cause !== undefined ? { cause: failure.cause } : {}),
    });
    const { reason, attempts } = failure;
    try {
      await options.onPersistFailure?.({ provider, key, tokens: next, reason, attempts, error });
    } catch {
      // The app's hook must not turn a working refresh into a failure.
    }
    return next;
  };

  /** Sends the token request under the refresh's own timeout. */
  const requestRefresh = async (app: TokenRefresher, tokens: TokenSet): Promise<TokenSet> => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const reason = new DOMException(`no answer within ${refreshTimeoutMs} ms`, 'TimeoutError');
      controller.abort(reason);
    }, refreshTimeoutMs);
    const sentAt = clock.now();
    try {
      const next = await app.refresh(tokens, { signal: controller.signal });
      return next.obtainedAt === undefined ? { ...next, obtainedAt: sentAt } : next;
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      throw new FitlinkError(`${provider} token request timed out after ${refreshTimeoutMs} ms`, {
        code: ErrorCodes.timeout,
        provider,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  /** After a failed token request: adopt a peer's newer token set, or classify the failure. */
  const afterFailedRefresh = async (error: unknown, base: RefreshBase): Promise<TokenSet> => {
    let after: RefreshBase | undefined;
    try {
      after = await readBase();
    } catch (readError) {
      if (readError instanceof AuthError) throw readError; // deleted meanwhile: not connected
    }
    const adoptable =
      after !== undefined &&
      !sameGrant(after.tokens, base.tokens) &&
      !isExpired(after.tokens, clock.now(), 0);
    if (after !== undefined && adoptable) return after.tokens;
    const lost = unanswered(error);
    if (lost !== undefined) {
      throw new AuthError(
        `${provider}: the token request got no usable answer (${lost}); the provider may have rotated the refresh token. Try again later: a refresh refused with invalid_grant then means the user must reconnect`,
        { provider, code: ErrorCodes.refreshUnanswered, reconnect: false, cause: error },
      );
    }
    throw error;
  };

  const refreshOnce = async (
    app: TokenRefresher,
    stillStale: (tokens: TokenSet) => boolean,
    guard?: LeaseGuard,
  ): Promise<TokenSet | undefined> => {
    const base = await readBase();
    if (!stillStale(base.tokens)) return base.tokens;
    if (!base.tokens.refreshToken) return undefined;
    let next: TokenSet;
    try {
      next = await requestRefresh(app, base.tokens);
    } catch (error) {
      return afterFailedRefresh(error, base);
    }
    // A worker that lost its lease writes only by compare-and-set, which cannot overwrite what
    // the new holder stored; without one it does not write at all.
    const held = guard === undefined || (await guard.confirm());
    if (!held && !hasVersionedWrites(store)) {
      return keepUnstored(base, next, { reason: 'lease-lost', attempts: 0 });
    }
    const result = await persistRefreshed(store, key, base, next, clock);
    if (result.kind === 'failed') {
      const { attempts, error } = result;
      return keepUnstored(base, next, { reason: 'store-error', attempts, cause: error });
    }
    memory?.delete(key);
    if (result.kind === 'refused') {
      if (result.current === undefined) throw notConnected();
      seen = result.current;
      return result.current;
    }
    seen = next;
    options.onRefresh?.();
    return next;
  };

  const runRefresh = (
    app: TokenRefresher,
    stillStale: (tokens: TokenSet) => boolean,
  ): Promise<TokenSet | undefined> => {
    if (hasLeases(store)) {
      const peek = async () => {
        const { tokens } = await readBase();
        return stillStale(tokens) ? undefined : tokens;
      };
      const lease = { ttlMs: leaseTtlMs, waitMs: leaseWaitMs, peek };
      return withRefreshLease(store, key, lease, (guard) => refreshOnce(app, stillStale, guard));
    }
    const task = () => refreshOnce(app, stillStale);
    return store.lock ? store.lock(key, task) : task();
  };

  /** Joins (or starts) the connection's refresh; `signal` only ends this caller's wait. */
  const refreshWhile = (
    stillStale: (tokens: TokenSet) => boolean,
    signal: AbortSignal | undefined,
  ): Promise<TokenSet | undefined> => {
    if (!refresher) return Promise.resolve(undefined);
    const run = refresher.singleFlight.run(store, key, () => runRefresh(refresher, stillStale));
    return waitFor(run, signal);
  };

  const due = (tokens: TokenSet): boolean => needsRefresh(tokens, clock.now(), skewMs);

  return {
    async current(signal) {
      const base = await readBase();
      const { tokens } = base;
      if (!refresher || !tokens.refreshToken || !due(tokens)) {
        if (tokens !== base.stored) await rewritePending(base);
        return tokens;
      }
      const fresh = await refreshWhile(due, signal);
      return fresh ?? tokens;
    },
    replace(staleAccessToken, signal) {
      return refreshWhile((t) => t.accessToken === staleAccessToken, signal);
    },
    lastSeen: () => seen,
  };
}

/**
 * Why a failed token request may still have rotated the refresh token at the provider: no answer
 * (`timeout`, `network`, which covers a reset mid-body) or an answer that was not an error status
 * but could not be used (a 2xx, or status 0: a 200 whose body did not parse, as the OAuth layer
 * reports it). `undefined` when the provider answered with an error status.
 */
function unanswered(error: unknown): string | undefined {
  if (error instanceof ProviderError && error.status < 300) {
    return error.status === 0 ? 'unreadable answer' : `unreadable ${error.status} answer`;
  }
  if (!(error instanceof FitlinkError)) return undefined;
  return error.code === ErrorCodes.timeout || error.code === ErrorCodes.network
    ? error.code
    : undefined;
}
