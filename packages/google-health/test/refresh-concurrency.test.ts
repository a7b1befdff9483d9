import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, googleHealthPlugin } from './helpers.js';

describe('refresh under concurrency', () => {
  const sandbox = useSandbox(() => [googleHealthPlugin()]);

  it('20 concurrent calls on an expired token make one refresh, and the refresh token is kept', async () => {
    const { client, store, key, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const stale = await store.get(key);
    await store.set(key, {
      ...stale,
      accessToken: issued.accessToken,
      expiresAt: Date.now() - 1000,
    });

    const identities = await Promise.all(
      Array.from({ length: 20 }, () => client.users.getIdentity()),
    );
    expect(identities.every((identity) => identity.healthUserId === '1d4e9c2ab7f04e55')).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);
    const stored = await store.get(key);
    expect(stored?.accessToken).not.toBe(issued.accessToken);
    // Google answers a refresh without a refresh token: the stored one stays.
    expect(stored?.refreshToken).toBe(issued.refreshToken);
  });

  it('20 concurrent 401s on a token the store still believes valid make one refresh', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const pages = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.dataPoints.list('exercise', { pageSize: 5, maxPages: 1 }).toArray({ limit: 5 }),
      ),
    );
    expect(pages.every((page) => page.length === 5)).toBe(true);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
  });

  it('a revoked grant surfaces as AuthError invalid_grant', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.revokeGrant(issued.accessToken);
    await expect(client.users.getIdentity()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });
});
