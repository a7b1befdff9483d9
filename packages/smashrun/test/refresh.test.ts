import { createMemoryTokenStore } from '@fitlink/core';
import { createSmashrunClient } from '@fitlink/smashrun';
import { describe, expect, it } from 'vitest';
import { sandboxApp, useSmashrunSandbox } from './helpers.js';

describe('refresh', () => {
  const world = useSmashrunSandbox();

  it('20 concurrent calls with an expired token make exactly one refresh and store the new pair', async () => {
    const { clock } = world;
    const { auth } = world.plugin;
    const app = sandboxApp(clock);
    const store = createMemoryTokenStore();
    const issued = auth.issueTokens({ scope: ['read_activity'] });
    await store.set('user-1', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      expiresAt: clock.now() - 1_000,
    });
    auth.expireAllAccessTokens();
    const client = createSmashrunClient({ app, store, key: 'user-1', clock });

    const users = await Promise.all(Array.from({ length: 20 }, () => client.user.get()));

    expect(users.map((user) => user.userName)).toEqual(Array(20).fill('sandybox'));
    expect(auth.stats.refreshRequests).toBe(1);
    expect(auth.stats.invalidGrantCount).toBe(0);
    const stored = await store.get('user-1');
    expect(stored?.accessToken).not.toBe(issued.accessToken);
    expect(stored?.refreshToken).not.toBe(issued.refreshToken);
    // The stored refresh token is the live one: a later refresh succeeds.
    await expect(app.refresh(stored ?? { accessToken: '' })).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
    expect(auth.stats.invalidGrantCount).toBe(0);
  });

  it('refreshes once after a 401 from a token the server expired, then retries', async () => {
    const { clock, sandbox } = world;
    const { auth } = world.plugin;
    const app = sandboxApp(clock);
    const store = createMemoryTokenStore();
    const issued = auth.issueTokens({ scope: ['read_activity'] });
    await store.set('user-1', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      expiresAt: clock.now() + 3_600_000,
    });
    sandbox.faults.inject({ kind: 'expired-token' }, { match: '/v1/my/userinfo' });
    const client = createSmashrunClient({ app, store, key: 'user-1', clock });
    const profile = await client.getProfile();
    expect(profile).toMatchObject({ id: 'smashrun:2604117', name: 'Sandy Box', units: 'metric' });
    expect(auth.stats.refreshRequests).toBe(1);
  });
});
