import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, garminPlugin } from './helpers.js';

describe('refresh-token rotation under concurrency', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('20 concurrent calls on an expired token make one refresh and store the newest refresh token', async () => {
    const { client, store, key, issued, app } = await connect(sandbox.plugin);
    sandbox.plugin.auth.expireAccessToken(issued.accessToken);
    const stale = await store.get(key);
    await store.set(key, {
      ...stale,
      accessToken: issued.accessToken,
      expiresAt: Date.now() - 1000,
    });

    const ids = await Promise.all(Array.from({ length: 20 }, () => client.user.id()));
    expect(new Set(ids).size).toBe(1);
    expect(sandbox.plugin.auth.stats.refreshRequests).toBe(1);
    expect(sandbox.plugin.auth.stats.invalidGrantCount).toBe(0);

    const stored = await store.get(key);
    expect(stored?.refreshToken).not.toBe(issued.refreshToken);
    // Garmin issues a new refresh token every time: the stored one is the live one.
    const again = await app.refresh(stored ?? { accessToken: '' });
    expect(again.refreshToken).not.toBe(stored?.refreshToken);
    expect(sandbox.plugin.auth.stats.refreshTokenReuseCount).toBe(0);
  });

  it('a dead refresh token surfaces as AuthError invalid_grant', async () => {
    const { client, issued } = await connect(sandbox.plugin);
    sandbox.plugin.auth.revokeGrant(issued.accessToken);
    await expect(client.user.id()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });
});
