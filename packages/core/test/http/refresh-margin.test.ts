import { describe, expect, it } from 'vitest';
import { needsRefresh, refreshMarginMs } from '../../src/http/refresh-margin.js';
import { createMemoryTokenStore, createTokenManager } from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';
import { expiredAt, freshAt, KEY, scriptedRefresher } from './refresh-helpers.js';

describe('refreshMarginMs', () => {
  it('is the configured margin, at most half the lifetime', () => {
    const at = (lifetimeMs: number) => ({ accessToken: 'a', obtainedAt: 0, expiresAt: lifetimeMs });
    expect(refreshMarginMs(at(30_000), 60_000)).toBe(15_000);
    expect(refreshMarginMs(at(120_000), 60_000)).toBe(60_000);
    expect(refreshMarginMs(at(3_600_000), 60_000)).toBe(60_000);
    expect(refreshMarginMs(at(1), 60_000)).toBe(0);
  });

  it('is the configured margin when the lifetime is unknown or nonsense', () => {
    expect(refreshMarginMs({ accessToken: 'a', expiresAt: 30_000 }, 60_000)).toBe(60_000);
    expect(refreshMarginMs({ accessToken: 'a', obtainedAt: 5, expiresAt: 5 }, 60_000)).toBe(60_000);
    expect(refreshMarginMs({ accessToken: 'a' }, 60_000)).toBe(60_000);
  });

  it('needsRefresh: a 30 s token with a 60 s margin is due after 15 s, not at once', () => {
    const tokens = { accessToken: 'a', obtainedAt: 0, expiresAt: 30_000 };
    expect(needsRefresh(tokens, 14_999, 60_000)).toBe(false);
    expect(needsRefresh(tokens, 15_000, 60_000)).toBe(true);
  });
});

describe('short-lived tokens (30 s, margin 60 s)', () => {
  function setUp() {
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    const app = scriptedRefresher(async (call) => freshAt(clock.now(), `new-${call}`, 30_000));
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    return { clock, store, app, tokens };
  }

  it('100 calls at one instant make 1 refresh, not 100', async () => {
    const { clock, store, app, tokens } = setUp();
    await store.set(KEY, expiredAt(clock.now()));
    for (let call = 0; call < 100; call++) await tokens.current();
    expect(app.calls).toBe(1);
  });

  it('100 calls one second apart make 7 refreshes (at 0, 15, 30 … 90 s), each token used for half its life', async () => {
    const { clock, store, app, tokens } = setUp();
    await store.set(KEY, expiredAt(clock.now()));
    const start = clock.now();
    const refreshedAt: number[] = [];
    for (let call = 0; call < 100; call++) {
      const before = app.calls;
      await tokens.current();
      if (app.calls > before) refreshedAt.push((clock.now() - start) / 1000);
      clock.time += 1_000;
    }
    expect(app.calls).toBe(7);
    expect(refreshedAt).toEqual([0, 15, 30, 45, 60, 75, 90]);
  });

  it('stamps obtainedAt (time sent) on a refreshed set that lacks it, so its lifetime is known', async () => {
    const clock = createFakeClock();
    const store = createMemoryTokenStore();
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async () => ({
      accessToken: 'access-new',
      refreshToken: 'refresh-new',
      expiresAt: clock.now() + 30_000,
    }));
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    await tokens.current();
    expect((await store.get(KEY))?.obtainedAt).toBe(clock.now());
    clock.time += 14_999;
    await tokens.current();
    expect(app.calls).toBe(1);
  });
});
