import {
  AuthError,
  createMemoryTokenStore,
  ErrorCodes,
  FitlinkError,
  type PersistFailureEvent,
  type TokenSet,
  type TokenStore,
} from '@fitlink/core';
import { describe, expect, it, vi } from 'vitest';
import { createFakeClock } from '../../src/index.js';
import { sandboxApp, sandboxClient, useSandbox } from './harness.js';

const sandbox = useSandbox();
const KEY = 'user-1';

/**
 * Seeds a connection whose stored token set has expired for the client (a proactive refresh),
 * as of `now` on the client's clock.
 */
async function seedExpired(store: TokenStore, now: number): Promise<TokenSet> {
  const issued = sandbox.current.auth.issueTokens({ clientId: 'sandbox-client', scope: 'read' });
  const tokens: TokenSet = {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken ?? '',
    obtainedAt: now - 3_600_000,
    expiresAt: now - 1_000,
  };
  await store.set(KEY, tokens);
  return tokens;
}

/** A `fetch` for the app that records every token response body the sandbox sent. */
function recordingTokenFetch(): { fetch: typeof fetch; answers: Record<string, unknown>[] } {
  const answers: Record<string, unknown>[] = [];
  return {
    answers,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.ok) answers.push((await response.clone().json()) as Record<string, unknown>);
      return response;
    },
  };
}

/** A store whose writes throw while `failing(write)` says so. */
function failingStore(failing: (write: number) => boolean) {
  const inner = createMemoryTokenStore();
  const store = {
    inner,
    writes: 0,
    get: (key: string) => inner.get(key),
    delete: (key: string) => inner.delete(key),
    async set(key: string, tokens: TokenSet) {
      store.writes++;
      if (failing(store.writes)) throw new Error(`ECONNRESET writing ${JSON.stringify(tokens)}`);
      await inner.set(key, tokens);
    },
  };
  return store;
}

const succeeded = (results: unknown[]) =>
  results.filter((result) => (result as { status?: number }).status === 200).length;

describe('fault suite: a rotated refresh token is never lost', () => {
  it('100 callers, the first aborts mid-refresh: 99 succeed, the newest refresh token is stored, 1 refresh request', async () => {
    const { auth, faults } = sandbox.current;
    const store = createMemoryTokenStore();
    const before = await seedExpired(store, Date.now());
    const recorder = recordingTokenFetch();
    const client = sandboxClient({ app: sandboxApp({ fetch: recorder.fetch }), store, key: KEY });
    faults.inject({ kind: 'slow', delayMs: 200 }, { match: auth.endpoints.token });

    const first = new AbortController();
    const firstCall = client
      .request({ path: 'me', signal: first.signal })
      .catch((error: unknown) => error);
    await vi.waitFor(() => expect(faults.stats.byKind.slow).toBe(1)); // its token request is out
    const others = Array.from({ length: 99 }, () =>
      client.request({ path: 'me' }).catch((error: unknown) => error),
    );
    first.abort();
    const results = await Promise.all([firstCall, ...others]);

    expect(results[0]).toBeInstanceOf(FitlinkError);
    expect(results[0]).toMatchObject({ code: ErrorCodes.aborted });
    expect(succeeded(results)).toBe(99);
    expect(auth.stats.refreshRequests).toBe(1);
    expect(auth.stats.invalidGrantCount).toBe(0);
    const newest = recorder.answers.at(-1)?.refresh_token;
    expect(newest).toBeTypeOf('string');
    expect(newest).not.toBe(before.refreshToken);
    expect((await store.get(KEY))?.refreshToken).toBe(newest);
  });

  it('store.set failing once after rotation: retried 100 ms later, stored, the connection survives', async () => {
    const { auth } = sandbox.current;
    const clock = createFakeClock();
    const store = failingStore((write) => write === 2); // write 1 seeds
    await seedExpired(store, clock.now());
    const recorder = recordingTokenFetch();
    const app = sandboxApp({ fetch: recorder.fetch, clock });
    const client = sandboxClient({ app, store, key: KEY, auth: { clock } });

    expect((await client.request({ path: 'me' })).status).toBe(200);
    expect(store.writes).toBe(3);
    expect(clock.sleeps).toEqual([100]);
    expect((await store.inner.get(KEY))?.refreshToken).toBe(recorder.answers[0]?.refresh_token);
    // A new client (a new process) starts from the store: no refresh, no invalid_grant.
    const later = sandboxClient({ app: sandboxApp({ clock }), store, key: KEY, auth: { clock } });
    expect((await later.request({ path: 'me' })).status).toBe(200);
    expect(auth.stats.refreshRequests).toBe(1);
    expect(auth.stats.invalidGrantCount).toBe(0);
  });

  it('store.set failing always: the hook receives the new token set, and the process keeps working on it', async () => {
    const { auth } = sandbox.current;
    const clock = createFakeClock();
    const store = failingStore((write) => write > 1);
    const before = await seedExpired(store, clock.now());
    const recorder = recordingTokenFetch();
    const app = sandboxApp({ fetch: recorder.fetch, clock });
    const handed: PersistFailureEvent[] = [];
    const onPersistFailure = (event: PersistFailureEvent) => {
      handed.push(event);
    };
    const client = sandboxClient({ app, store, key: KEY, auth: { clock, onPersistFailure } });

    expect((await client.request({ path: 'me' })).status).toBe(200);
    expect(store.writes).toBe(5); // the seed, then 4 tries
    expect(clock.sleeps).toEqual([100, 200, 400]);
    expect(handed).toHaveLength(1);
    const answer = recorder.answers[0] ?? {};
    expect(handed[0]?.tokens).toMatchObject({
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token,
    });
    const rendered = JSON.stringify(handed[0]?.error) + String(handed[0]?.error.cause);
    for (const secret of [answer.access_token, answer.refresh_token, before.refreshToken]) {
      expect(rendered).not.toContain(secret);
    }
    // Another client of the same app (one per request, say) uses the kept tokens: no refresh.
    const next = sandboxClient({ app, store, key: KEY, auth: { clock, onPersistFailure } });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => next.request({ path: 'me' })),
    );
    expect(succeeded(results)).toBe(10);
    expect(auth.stats.refreshRequests).toBe(1);
    expect(auth.stats.invalidGrantCount).toBe(0);
  });
});

describe('refresh failures against the sandbox', () => {
  it('the provider rotated but its answer was lost: refresh_unanswered, 1 request, no blind retry; the next call reads the store and gets invalid_grant', async () => {
    const { auth } = sandbox.current;
    const store = createMemoryTokenStore();
    await seedExpired(store, Date.now());
    let lost = 0;
    const losingFetch: typeof fetch = async (input, init) => {
      await fetch(input, init); // the sandbox rotates…
      lost++;
      throw new TypeError('fetch failed'); // …and the answer never arrives
    };
    const client = sandboxClient({ app: sandboxApp({ fetch: losingFetch }), store, key: KEY });
    const failure = await client.request({ path: 'me' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: ErrorCodes.refreshUnanswered, reconnect: false });
    expect(auth.stats.refreshRequests).toBe(1);
    expect(lost).toBe(1);

    const healthy = sandboxClient({ app: sandboxApp(), store, key: KEY });
    const second = await healthy.request({ path: 'me' }).catch((error: unknown) => error);
    expect(second).toMatchObject({ code: ErrorCodes.invalidGrant, reconnect: true });
    expect(auth.stats.refreshRequests).toBe(2);
    expect(auth.stats.refreshTokenReuseCount).toBe(1);
  });

  it('a truncated token answer (the sandbox rotated, the body was cut) is refresh_unanswered too', async () => {
    const { auth, faults } = sandbox.current;
    const store = createMemoryTokenStore();
    await seedExpired(store, Date.now());
    faults.inject({ kind: 'truncated' }, { match: auth.endpoints.token });
    const client = sandboxClient({ app: sandboxApp(), store, key: KEY });
    const failure = await client.request({ path: 'me' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: ErrorCodes.refreshUnanswered, reconnect: false });
    expect(auth.stats.refreshRequests).toBe(1);
  });

  it('invalid_grant because a peer (no shared lock) rotated first: the peer’s token set is adopted', async () => {
    const { auth } = sandbox.current;
    const store = createMemoryTokenStore({ lock: false, versioned: false, leases: false });
    await seedExpired(store, Date.now());
    let peerDone: Promise<unknown> = Promise.resolve();
    const lateFetch: typeof fetch = async (input, init) => {
      await peerDone; // this process's token request arrives after the peer's
      return fetch(input, init);
    };
    const peer = sandboxClient({ app: sandboxApp(), store, key: KEY });
    const late = sandboxClient({ app: sandboxApp({ fetch: lateFetch }), store, key: KEY });
    const peerCall = peer.request({ path: 'me' });
    peerDone = peerCall;
    const [peerResult, lateResult] = await Promise.all([peerCall, late.request({ path: 'me' })]);
    expect([peerResult.status, lateResult.status]).toEqual([200, 200]);
    expect(auth.stats.refreshRequests).toBe(2);
    expect(auth.stats.invalidGrantCount).toBe(1);
  });

  it('30 s tokens with a 60 s margin: 100 calls one second apart make 7 refreshes, not 100', async () => {
    const { auth } = sandbox.current;
    auth.knobs.accessTokenTtlSeconds = 30;
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    await seedExpired(store, clock.now());
    const client = sandboxClient({
      app: sandboxApp({ clock }),
      store,
      key: KEY,
      auth: { clock, skewMs: 60_000 },
    });
    for (let call = 0; call < 100; call++) {
      expect((await client.request({ path: 'me' })).status).toBe(200);
      clock.advance(1_000);
    }
    expect(auth.stats.refreshRequests).toBe(7);
  });
});
