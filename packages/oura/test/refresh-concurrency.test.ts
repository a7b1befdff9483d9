import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, ouraPlugin } from './helpers.js';

describe('single-use refresh tokens under concurrency', () => {
  const sandbox = useSandbox(() => [ouraPlugin()]);

  it('20 concurrent calls on an expired token make one refresh and store the newest refresh token', async () => {
    const { client, store, key, issued, app } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const stale = await store.get(key);
    await store.set(key, {
      ...stale,
      accessToken: issued.accessToken,
      expiresAt: Date.now() - 1000,
    });

    const infos = await Promise.all(
      Array.from({ length: 20 }, () => client.user.getPersonalInfo()),
    );
    expect(infos.every((info) => info.id === 'sandbox-user-1')).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);

    const stored = await store.get(key);
    expect(stored?.refreshToken).not.toBe(issued.refreshToken);
    // The stored refresh token is the live one; the spent one is refused.
    const again = await app.refresh(stored ?? { accessToken: '' });
    expect(again.refreshToken).toEqual(expect.any(String));
    await expect(
      app.refresh({ accessToken: issued.accessToken, refreshToken: issued.refreshToken ?? '' }),
    ).rejects.toMatchObject({ name: 'AuthError', code: 'invalid_grant' });
  });

  it('20 concurrent 401s on a token the store still believes valid make one refresh', async () => {
    const { client, store, key, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => client.workouts.list({ maxPages: 1 }).toArray({ limit: 5 })),
    );
    expect(results.every((page) => page.length === 5)).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect((await store.get(key))?.refreshToken).not.toBe(issued.refreshToken);
  });

  it('a spent refresh token surfaces as AuthError invalid_grant (reconnect)', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.revokeGrant(issued.accessToken);
    await expect(client.user.getPersonalInfo()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });
});
