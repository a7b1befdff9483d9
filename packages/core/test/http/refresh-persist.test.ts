import { describe, expect, it } from 'vitest';
import {
  createMemoryTokenStore,
  createTokenManager,
  type PersistFailureEvent,
  TokenStoreError,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';
import { expiredAt, failingWrites, freshAt, KEY, scriptedRefresher } from './refresh-helpers.js';

const capabilities = [
  { name: 'plain set', options: { versioned: false } },
  { name: 'compare-and-set', options: { versioned: true } },
] as const;

describe.each(capabilities)('storing a rotated token set (store with $name)', ({ options }) => {
  it('a write failing once after rotation is retried 100 ms later: stored, the connection survives', async () => {
    const clock = createFakeClock();
    const inner = createMemoryTokenStore(options);
    await inner.set(KEY, expiredAt(clock.now()));
    const store = failingWrites(inner, (write) => write === 1);
    const app = scriptedRefresher(async () => freshAt(clock.now(), 'new'));
    const handed: PersistFailureEvent[] = [];
    const tokens = createTokenManager({
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock,
      onPersistFailure: (event) => {
        handed.push(event);
      },
    });
    expect((await tokens.current()).accessToken).toBe('access-new');
    expect(store.writes).toBe(2);
    expect(clock.waits).toEqual([100]);
    expect((await inner.get(KEY))?.refreshToken).toBe('refresh-new');
    expect(handed).toEqual([]);
    expect(app.calls).toBe(1);
  });

  it('writes failing always: 4 writes 100/200/400 ms apart, then the hook gets the new tokens, redacted error', async () => {
    const clock = createFakeClock();
    const inner = createMemoryTokenStore(options);
    await inner.set(KEY, expiredAt(clock.now()));
    const store = failingWrites(inner, () => true);
    const app = scriptedRefresher(async () => freshAt(clock.now(), 'new'));
    const handed: PersistFailureEvent[] = [];
    const tokens = createTokenManager({
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock,
      onPersistFailure: (event) => {
        handed.push(event);
      },
    });
    expect((await tokens.current()).accessToken).toBe('access-new');
    expect(store.writes).toBe(4);
    expect(clock.waits).toEqual([100, 200, 400]);
    expect(handed).toHaveLength(1);
    const event = handed[0] as PersistFailureEvent;
    expect(event).toMatchObject({ provider: 'test', key: KEY, reason: 'store-error', attempts: 4 });
    expect(event.tokens).toEqual(freshAt(clock.now() - 700, 'new'));
    expect(event.error).toBeInstanceOf(TokenStoreError);
    const rendered = [
      event.error.message,
      String(event.error.stack),
      JSON.stringify(event.error),
      String((event.error.cause as Error).message),
    ].join('\n');
    for (const secret of ['access-new', 'refresh-new', 'access-old', 'refresh-old']) {
      expect(rendered).not.toContain(secret);
    }
    expect(rendered).toContain('disk full');
  });
});

describe('a token set the store would not take', () => {
  async function failedOnce() {
    const clock = createFakeClock();
    const inner = createMemoryTokenStore();
    await inner.set(KEY, expiredAt(clock.now()));
    let down = true;
    const store = failingWrites(inner, () => down);
    const app = scriptedRefresher(async (call) => freshAt(clock.now(), `new-${call}`));
    const manager = () =>
      createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    expect((await manager().current()).accessToken).toBe('access-new-1');
    return {
      clock,
      inner,
      store,
      app,
      manager,
      recover: () => {
        down = false;
      },
    };
  }

  it('is used by every client of the app in this process, without another refresh', async () => {
    const { manager, app, inner } = await failedOnce();
    const again = await Promise.all(Array.from({ length: 10 }, () => manager().current()));
    expect(again.map((tokens) => tokens.accessToken)).toEqual(Array(10).fill('access-new-1'));
    expect(app.calls).toBe(1);
    expect((await inner.get(KEY))?.accessToken).toBe('access-old');
  });

  it('is written again by a later call, at most every 5 s, once the store recovers', async () => {
    const { manager, clock, inner, store, recover } = await failedOnce();
    recover();
    const writesBefore = store.writes;
    clock.time += 4_999;
    await manager().current();
    expect(store.writes).toBe(writesBefore); // not yet
    clock.time += 1;
    await manager().current();
    expect(store.writes).toBe(writesBefore + 1);
    expect((await inner.get(KEY))?.accessToken).toBe('access-new-1');
  });

  it('gives way to the store once the store holds anything else', async () => {
    const { manager, clock, inner } = await failedOnce();
    await inner.set(KEY, freshAt(clock.now(), 'restored'));
    expect((await manager().current()).accessToken).toBe('access-restored');
  });

  it('is what the next refresh starts from: its refresh token is presented, the result stored', async () => {
    const { manager, clock, inner, app, recover } = await failedOnce();
    recover();
    clock.time += 3_600_000; // the kept token set expires
    expect((await manager().current()).accessToken).toBe('access-new-2');
    expect(app.presented).toEqual(['refresh-old', 'refresh-new-1']);
    expect((await inner.get(KEY))?.accessToken).toBe('access-new-2');
  });

  it('a throwing hook does not fail the refresh', async () => {
    const clock = createFakeClock();
    const inner = createMemoryTokenStore();
    await inner.set(KEY, expiredAt(clock.now()));
    const tokens = createTokenManager({
      store: failingWrites(inner, () => true),
      key: KEY,
      refresher: scriptedRefresher(async () => freshAt(clock.now(), 'new')),
      provider: 'test',
      clock,
      onPersistFailure: () => {
        throw new Error('the fallback store is down too');
      },
    });
    expect((await tokens.current()).accessToken).toBe('access-new');
  });
});
