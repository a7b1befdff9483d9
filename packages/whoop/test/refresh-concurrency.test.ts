import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, whoopPlugin } from './helpers.js';

describe('refresh-token rotation under concurrency', () => {
  const sandbox = useSandbox(() => [whoopPlugin()]);

  it('20 concurrent calls with an expired token make one refresh and store the newest refresh token', async () => {
    const { client, store, key, issued, app } = await connect(sandbox.plugin);
    // Expired on the server and in the store: the first call refreshes, the 19 others join it.
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const stale = await store.get(key);
    await store.set(key, {
      ...stale,
      accessToken: issued.accessToken,
      expiresAt: Date.now() - 1000,
    });

    const profiles = await Promise.all(Array.from({ length: 20 }, () => client.user.getProfile()));
    expect(profiles.every((profile) => profile.user_id === 4_821_907)).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);

    const stored = await store.get(key);
    expect(stored?.refreshToken).not.toBe(issued.refreshToken);
    // The stored refresh token is the live (newest) one: the server accepts it.
    const again = await app.refresh(stored ?? { accessToken: '' });
    expect(again.refreshToken).toEqual(expect.any(String));
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);
    expect(sandbox.plugin.auth.stats.refreshTokenReuseCount).toBe(0);
  });

  it('20 concurrent 401s on a token the store still believes valid make one refresh', async () => {
    const { client, store, key, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.workouts.list({ pageSize: 5, maxPages: 1 }).toArray({ limit: 5 }),
      ),
    );
    expect(results.every((page) => page.length === 5)).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);
    expect((await store.get(key))?.refreshToken).not.toBe(issued.refreshToken);
  });

  it('a dead refresh token surfaces as AuthError invalid_grant', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.revokeGrant(issued.accessToken);
    await expect(client.user.getProfile()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });
});
