import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AuthError,
  createEncryptedTokenStore,
  createMemoryStringStore,
  createMemoryTokenStore,
  createSingleFlight,
  createTokenManager,
  ErrorCodes,
  generateTokenKey,
  LeaseWaitTimeoutError,
  loadHttpTransport,
  type PersistFailureEvent,
  systemClock,
  type TokenLease,
  type TokenRefresher,
  type TokenSet,
  type TokenStore,
  TokenStoreError,
} from '../../src/index.js';

// Fake timers below: load the HTTP layer first, so no request waits on a module load.
beforeAll(() => loadHttpTransport());

const KEY = 'strava:user-1';
const expired = (label = 'old'): TokenSet => ({
  accessToken: `access-${label}`,
  refreshToken: `refresh-${label}`,
  expiresAt: Date.now() - 1_000,
});
const fresh = (label: string): TokenSet => ({
  accessToken: `access-${label}`,
  refreshToken: `refresh-${label}`,
  expiresAt: Date.now() + 3_600_000,
});

/** A refresher standing for one process's OAuth app (its own single-flight). */
function refresher(during?: (calls: number) => Promise<void>): TokenRefresher & { calls: number } {
  const app = {
    provider: 'test',
    singleFlight: createSingleFlight(),
    calls: 0,
    async refresh(): Promise<TokenSet> {
      app.calls++;
      await during?.(app.calls);
      return fresh(`refreshed-${app.calls}`);
    },
  };
  return app;
}

function manager(store: TokenStore, app: TokenRefresher, extra: { onRefresh?: () => void } = {}) {
  return createTokenManager({
    store,
    key: KEY,
    refresher: app,
    provider: 'test',
    clock: systemClock,
    leaseTtlMs: 1_000,
    leaseWaitMs: 5_000,
    ...extra,
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('refresh with a leased, versioned store', () => {
  it('two workers, 20 concurrent calls: one refresh, one write, everyone gets its result', async () => {
    const store = createMemoryTokenStore();
    await store.set(KEY, expired());
    const [a, b] = [refresher(() => sleep(30)), refresher(() => sleep(30))];
    let refreshes = 0;
    const onRefresh = () => refreshes++;
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => manager(store, a, { onRefresh }).current()),
      ...Array.from({ length: 10 }, () => manager(store, b, { onRefresh }).current()),
    ]);
    expect(a.calls + b.calls).toBe(1);
    expect(refreshes).toBe(1);
    const stored = await store.get(KEY);
    expect(stored?.accessToken).toBe('access-refreshed-1');
    expect(new Set(results.map((tokens) => tokens.accessToken))).toEqual(
      new Set([stored?.accessToken]),
    );
  });

  it('adopts the token set a peer stored while it waited for the lease', async () => {
    const store = createMemoryTokenStore();
    await store.set(KEY, expired());
    const peer = await store.acquireLease?.(KEY, { ttlMs: 10_000 });
    const app = refresher();
    const pending = manager(store, app).current();
    await sleep(250);
    await store.set(KEY, fresh('peer'));
    await peer?.release();
    expect((await pending).accessToken).toBe('access-peer');
    expect(app.calls).toBe(0);
  });

  it('renews the lease every ttl/3 while the token request runs, so no peer can take it', async () => {
    vi.useFakeTimers();
    const inner = createMemoryTokenStore();
    await inner.set(KEY, expired());
    const renewals: number[] = [];
    const store: TokenStore = {
      ...inner,
      async acquireLease(key, options) {
        const lease = await inner.acquireLease?.(key, options);
        if (lease === undefined) return undefined;
        const watched: TokenLease = {
          owner: lease.owner,
          get expiresAt() {
            return lease.expiresAt;
          },
          renew(ttlMs) {
            renewals.push(Date.now());
            return lease.renew(ttlMs);
          },
          release: () => lease.release(),
        };
        return watched;
      },
    };
    const started = Date.now();
    const app = refresher(() => sleep(1_000)); // over three TTLs of 300 ms
    const ttl = { leaseTtlMs: 300 };
    const pending = createTokenManager({
      ...ttl,
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock: systemClock,
    }).current();
    await vi.advanceTimersByTimeAsync(500);
    expect(await inner.acquireLease?.(KEY, { ttlMs: 300 })).toBeUndefined();
    await vi.advanceTimersByTimeAsync(500);
    const tokens = await pending;
    expect(tokens.accessToken).toBe('access-refreshed-1');
    expect((await inner.get(KEY))?.accessToken).toBe('access-refreshed-1');
    // Nine renewals at 100 ms intervals during the request, then one to confirm before writing.
    const offsets = renewals.map((at) => at - started);
    expect(offsets.slice(0, 9)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
    expect(offsets.at(-1)).toBe(1_000);
    expect(await inner.acquireLease?.(KEY, { ttlMs: 300 })).toBeDefined(); // released
  });

  it('after losing its lease, writes only by compare-and-set over the version it refreshed from', async () => {
    let now = Date.now();
    const store = createMemoryTokenStore({ now: () => now });
    await store.set(KEY, expired());
    let refreshes = 0;
    const app = refresher(async () => {
      now += 1_001; // the lease expires while the token request runs (the worker stalled)
      expect(await store.acquireLease?.(KEY, { ttlMs: 1_000 })).toBeDefined(); // a peer takes it
    });
    const tokens = await manager(store, app, { onRefresh: () => refreshes++ }).current();
    expect(app.calls).toBe(1);
    // Nothing was written since the refresh read the store: the rotated token set is kept.
    expect(tokens.accessToken).toBe('access-refreshed-1');
    expect((await store.get(KEY))?.accessToken).toBe('access-refreshed-1');
    expect(refreshes).toBe(1);
  });

  it('after losing its lease, adopts what the new holder stored (its compare-and-set is refused)', async () => {
    let now = Date.now();
    const store = createMemoryTokenStore({ now: () => now });
    await store.set(KEY, expired());
    const app = refresher(async () => {
      now += 1_001;
      expect(await store.acquireLease?.(KEY, { ttlMs: 1_000 })).toBeDefined();
      await store.set(KEY, fresh('new-holder'));
    });
    let refreshes = 0;
    const tokens = await manager(store, app, { onRefresh: () => refreshes++ }).current();
    expect(tokens.accessToken).toBe('access-new-holder');
    expect((await store.get(KEY))?.accessToken).toBe('access-new-holder');
    expect(refreshes).toBe(0);
  });

  it('after losing its lease on a store without compare-and-set, never writes: the app gets the tokens', async () => {
    let now = Date.now();
    const store = createMemoryTokenStore({ now: () => now, versioned: false });
    await store.set(KEY, expired());
    const app = refresher(async () => {
      now += 1_001;
      expect(await store.acquireLease?.(KEY, { ttlMs: 1_000 })).toBeDefined();
    });
    const handed: PersistFailureEvent[] = [];
    const tokens = await createTokenManager({
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock: systemClock,
      leaseTtlMs: 1_000,
      onPersistFailure: (event) => {
        handed.push(event);
      },
    }).current();
    expect(tokens.accessToken).toBe('access-refreshed-1');
    expect((await store.get(KEY))?.accessToken).toBe('access-old'); // not written
    expect(handed).toHaveLength(1);
    expect(handed[0]).toMatchObject({ reason: 'lease-lost', attempts: 0, key: KEY });
    expect(handed[0]?.tokens.refreshToken).toBe('refresh-refreshed-1');
  });
});

describe('refresh with versioned writes', () => {
  it('never overwrites a token set written meanwhile: the compare-and-set fails, it is adopted', async () => {
    const store = createMemoryTokenStore({ leases: false, lock: false });
    await store.set(KEY, expired());
    const app = refresher(() => store.set(KEY, fresh('peer')));
    let refreshes = 0;
    const tokens = await manager(store, app, { onRefresh: () => refreshes++ }).current();
    expect(tokens.accessToken).toBe('access-peer');
    expect((await store.get(KEY))?.accessToken).toBe('access-peer');
    expect(refreshes).toBe(0);
  });

  it('writes over a value only re-encrypted meanwhile (same grant, new version)', async () => {
    const [retired, current] = [
      { id: 'retired', key: generateTokenKey() },
      { id: 'current', key: generateTokenKey() },
    ];
    const backend = createMemoryStringStore();
    await createEncryptedTokenStore({ backend, keys: [retired] }).set(KEY, expired());
    const store = createEncryptedTokenStore({ backend, keys: [current, retired] });
    const app = refresher(async () => {
      expect(await store.reencrypt(KEY)).toBe(true);
    });
    const tokens = await manager(store, app).current();
    expect(tokens.accessToken).toBe('access-refreshed-1');
    expect((await store.get(KEY))?.accessToken).toBe('access-refreshed-1');
  });

  it('does not bring back a connection deleted during the refresh', async () => {
    const store = createMemoryTokenStore();
    await store.set(KEY, expired());
    const app = refresher(() => store.delete(KEY));
    const failure = await manager(store, app)
      .current()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: ErrorCodes.notConnected });
    expect(await store.get(KEY)).toBeUndefined();
  });
});

describe('refresh without fleet capabilities', () => {
  it('stays single-flight in the process: 20 concurrent calls, one refresh', async () => {
    const store = createMemoryTokenStore({ lock: false, versioned: false, leases: false });
    await store.set(KEY, expired());
    const app = refresher(() => sleep(10));
    const tokens = manager(store, app);
    await Promise.all(Array.from({ length: 20 }, () => tokens.current()));
    expect(app.calls).toBe(1);
  });

  it('gives up with TokenStoreError when a peer holds the lease past leaseWaitMs', async () => {
    const store = createMemoryTokenStore();
    await store.set(KEY, expired());
    await store.acquireLease?.(KEY, { ttlMs: 60_000 });
    const app = refresher();
    const failure = await createTokenManager({
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock: systemClock,
      leaseTtlMs: 1_000,
      leaseWaitMs: 300,
    })
      .current()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TokenStoreError);
    expect(failure).toBeInstanceOf(LeaseWaitTimeoutError);
    expect(failure).toMatchObject({ code: 'token_store', key: KEY, name: 'LeaseWaitTimeoutError' });
    expect((failure as LeaseWaitTimeoutError).waitedMs).toBeGreaterThanOrEqual(300);
    expect(app.calls).toBe(0);
  });

  it("takes the lease TTL and wait bound from the store's leaseDefaults", async () => {
    const memory = createMemoryTokenStore();
    await memory.set(KEY, expired());
    await memory.acquireLease?.(KEY, { ttlMs: 60_000 });
    const ttls: number[] = [];
    const store: TokenStore = {
      get: (key) => memory.get(key),
      set: (key, tokens) => memory.set(key, tokens),
      delete: (key) => memory.delete(key),
      acquireLease: (key, options) => {
        ttls.push(options.ttlMs);
        return memory.acquireLease!(key, options);
      },
      leaseDefaults: { ttlMs: 1_234, waitMs: 200 },
    };
    const failure = await createTokenManager({
      store,
      key: KEY,
      refresher: refresher(),
      provider: 'test',
      clock: systemClock,
    })
      .current()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LeaseWaitTimeoutError);
    expect((failure as LeaseWaitTimeoutError).waitedMs).toBeLessThan(5_000);
    expect(new Set(ttls)).toEqual(new Set([1_234]));
  });
});
