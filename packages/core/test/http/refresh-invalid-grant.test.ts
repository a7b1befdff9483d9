import { describe, expect, it } from 'vitest';
import {
  AuthError,
  createMemoryTokenStore,
  createTokenManager,
  ErrorCodes,
  type TokenStore,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';
import { expiredAt, freshAt, KEY, scriptedRefresher } from './refresh-helpers.js';

const invalidGrant = () =>
  new AuthError('test rejected the grant (invalid_grant): the user must reconnect', {
    provider: 'test',
  });

// Two processes sharing a store with neither lock, lease nor compare-and-set.
const bareStore = (): TokenStore =>
  createMemoryTokenStore({ lock: false, versioned: false, leases: false });

describe('a refresh refused with invalid_grant', () => {
  it('re-reads the store once and adopts the 30 s token set a peer rotated meanwhile', async () => {
    const clock = createFakeClock();
    const store = bareStore();
    await store.set(KEY, expiredAt(clock.now()));
    // The peer's refresh won the race: its short-lived set is in the store when ours is refused.
    const app = scriptedRefresher(async () => {
      await store.set(KEY, freshAt(clock.now(), 'peer', 30_000));
      throw invalidGrant();
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    const adopted = await tokens.current();
    expect(adopted.accessToken).toBe('access-peer');
    expect(adopted.refreshToken).toBe('refresh-peer');
    expect(app.calls).toBe(1);
  });

  it('adopts a set with another refresh token even when its access token is the same', async () => {
    const clock = createFakeClock();
    const store = bareStore();
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async () => {
      await store.set(KEY, { ...freshAt(clock.now(), 'peer'), accessToken: 'access-old' });
      throw invalidGrant();
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    expect((await tokens.current()).refreshToken).toBe('refresh-peer');
  });

  it('is a revoked connection when the store holds nothing newer: AuthError invalid_grant, reconnect', async () => {
    const clock = createFakeClock();
    const store = bareStore();
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async () => {
      throw invalidGrant();
    });
    const failure = await createTokenManager({
      store,
      key: KEY,
      refresher: app,
      provider: 'test',
      clock,
    })
      .current()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: ErrorCodes.invalidGrant, reconnect: true });
    expect(app.calls).toBe(1);
  });

  it('does not adopt a peer’s set that has already expired', async () => {
    const clock = createFakeClock();
    const store = bareStore();
    await store.set(KEY, expiredAt(clock.now()));
    const app = scriptedRefresher(async () => {
      await store.set(KEY, expiredAt(clock.now(), 'peer'));
      throw invalidGrant();
    });
    const tokens = createTokenManager({ store, key: KEY, refresher: app, provider: 'test', clock });
    await expect(tokens.current()).rejects.toMatchObject({ code: ErrorCodes.invalidGrant });
  });
});
