import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, polarPlugin } from './helpers.js';

// Polar's v4 docs say a refresh token gets a new access token; whether it rotates is not
// documented. The sandbox rotates (the stricter case), so one refresh for many callers matters.
describe('refresh under concurrency', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);

  it('20 concurrent calls on an expired token make one refresh and store the newest refresh token', async () => {
    const { client, store, key, issued, app } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const stale = await store.get(key);
    await store.set(key, {
      ...stale,
      accessToken: issued.accessToken,
      expiresAt: Date.now() - 1000,
    });

    const results = await Promise.all(Array.from({ length: 20 }, () => client.sports.list()));
    expect(results.every((sports) => sports.length > 0)).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);

    const stored = await store.get(key);
    expect(stored?.refreshToken).not.toBe(issued.refreshToken);
    const again = await app.refresh(stored ?? { accessToken: '' });
    expect(again.refreshToken).toEqual(expect.any(String));
    expect(sandbox.plugin.auth.stats.refreshTokenReuseCount).toBe(0);
  });

  it('20 concurrent 401s on a token the store still believes valid make one refresh', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    await Promise.all(Array.from({ length: 20 }, () => client.sports.list()));
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
  });

  it('a dead refresh token surfaces as AuthError invalid_grant', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.revokeGrant(issued.accessToken);
    await expect(client.sports.list()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });
});
