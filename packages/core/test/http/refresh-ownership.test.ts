import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AuthError,
  createMemoryTokenStore,
  createTokenManager,
  ErrorCodes,
  FitlinkError,
  loadHttpTransport,
  ProviderError,
  type TokenSet,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';
import { deferred, expiredAt, freshAt, KEY, scriptedRefresher } from './refresh-helpers.js';

// Fake timers below: load the HTTP layer first, so no request waits on a module load.
beforeAll(() => loadHttpTransport());

afterEach(() => {
  vi.useRealTimers();
});

/** Rejects like `fetch` when the signal aborts. */
function untilAborted(signal: AbortSignal | undefined): Promise<TokenSet> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

describe('a refresh belongs to the connection, not to the caller', () => {
  it('100 callers, the first aborts mid-refresh: it alone fails (aborted), 99 get the new tokens, 1 refresh, stored', async () => {
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    await store.set(KEY, expiredAt(clock.now()));
    const answer = deferred<void>();
    const app = scriptedRefresher(async () => {
      await answer.promise;
      return freshAt(clock.now(), 'new');
    });
    const manager = () =>
      createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    const first = new AbortController();
    const firstCall = manager()
      .current(first.signal)
      .catch((error: unknown) => error);
    const others = Array.from({ length: 99 }, () => manager().current());
    await vi.waitFor(() => expect(app.calls).toBe(1)); // the token request is sent
    first.abort();
    const failure = await firstCall;
    expect(failure).toBeInstanceOf(FitlinkError);
    expect(failure).toMatchObject({ code: ErrorCodes.aborted });
    expect(app.signals[0]?.aborted).toBe(false); // the refresh itself goes on
    answer.resolve();
    const results = await Promise.all(others);
    expect(results.map((tokens) => tokens.accessToken)).toEqual(Array(99).fill('access-new'));
    expect(app.calls).toBe(1);
    expect((await store.get(KEY))?.refreshToken).toBe('refresh-new');
  });

  it('every caller gone: the refresh still completes and its result is stored', async () => {
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    await store.set(KEY, expiredAt(clock.now()));
    const answer = deferred<void>();
    const app = scriptedRefresher(async () => {
      await answer.promise;
      return freshAt(clock.now(), 'new');
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    const callers = Array.from({ length: 3 }, () => new AbortController());
    const waits = callers.map((caller) => tokens.current(caller.signal).catch((e: unknown) => e));
    await vi.waitFor(() => expect(app.calls).toBe(1));
    for (const caller of callers) caller.abort();
    for (const wait of await Promise.all(waits)) {
      expect(wait).toMatchObject({ code: ErrorCodes.aborted });
    }
    answer.resolve();
    await vi.waitFor(async () => expect((await store.get(KEY))?.refreshToken).toBe('refresh-new'));
    expect(app.calls).toBe(1);
  });

  it('runs under its own timeout: an unanswered token request fails with refresh_unanswered after refreshTimeoutMs, not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = createFakeClock();
    const store = createMemoryTokenStore({ leases: false });
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher((_call, _tokens, signal) => untilAborted(signal));
    let settled = false;
    const pending = createTokenManager({
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock,
      refreshTimeoutMs: 10_000,
    })
      .current()
      .catch((error: unknown) => error)
      .finally(() => {
        settled = true;
      });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const failure = await pending;
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: ErrorCodes.refreshUnanswered, reconnect: false });
    expect(((failure as AuthError).cause as FitlinkError).code).toBe(ErrorCodes.timeout);
    expect(app.calls).toBe(1); // never retried blindly
    expect((await store.get(KEY))?.refreshToken).toBe('refresh-old');
  });
});

describe('a token request that got no answer', () => {
  const networkError = () =>
    new FitlinkError('test token request failed', { code: ErrorCodes.network });

  it('is refresh_unanswered (reconnect may be required), sent once; the next call reads the store first and adopts a peer’s tokens', async () => {
    const clock = createFakeClock();
    const store = createMemoryTokenStore({ lock: false, versioned: false, leases: false });
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async () => {
      throw networkError();
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    const failures = await Promise.all(
      Array.from({ length: 10 }, () => tokens.current().catch((error: unknown) => error)),
    );
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(AuthError);
      expect(failure).toMatchObject({ code: ErrorCodes.refreshUnanswered, reconnect: false });
    }
    expect(app.calls).toBe(1);
    await store.set(KEY, freshAt(clock.now(), 'peer')); // another process refreshed meanwhile
    expect((await tokens.current()).accessToken).toBe('access-peer');
    expect(app.calls).toBe(1);
  });

  it('when the provider had rotated, the next refresh is refused: invalid_grant, reconnect', async () => {
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async (call) => {
      if (call === 1) throw networkError();
      throw new AuthError('test rejected the grant (invalid_grant)', { provider: 'test' });
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    await expect(tokens.current()).rejects.toMatchObject({ code: ErrorCodes.refreshUnanswered });
    await expect(tokens.current()).rejects.toMatchObject({
      code: ErrorCodes.invalidGrant,
      reconnect: true,
    });
    expect(app.presented).toEqual(['refresh-old', 'refresh-old']);
  });

  it('an unreadable 200 answer is refresh_unanswered; a 503 answer is the provider’s error, as it is', async () => {
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async (call) => {
      const status = call === 1 ? 200 : 503;
      throw new ProviderError('test token endpoint gave an answer fitlink cannot use', {
        provider: 'test',
        status,
        endpoint: 'token endpoint',
      });
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    await expect(tokens.current()).rejects.toMatchObject({ code: ErrorCodes.refreshUnanswered });
    const second = await tokens.current().catch((error: unknown) => error);
    expect(second).toBeInstanceOf(ProviderError);
    expect(second).toMatchObject({ status: 503 });
  });
});
