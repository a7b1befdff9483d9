import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

describe('refresh-token rotation under concurrency', () => {
  const context = useStravaSandbox();

  it('20 concurrent calls with an expired token make one refresh and store the newest refresh token', async () => {
    const { connect, plugin, store, app } = context;
    const original = await connect({ expired: true });
    const client = context.client();
    const athletes = await Promise.all(Array.from({ length: 20 }, () => client.athlete.get()));
    expect(athletes.map((athlete) => athlete.id)).toEqual(Array(20).fill(12345678));
    const auth = plugin.auth;
    expect(auth.stats.refreshRequests).toBe(1);
    expect(auth.stats.invalidGrantCount).toBe(0);
    expect(auth.stats.refreshTokenReuseCount).toBe(0);
    const stored = await store.get('athlete-1');
    expect(stored?.refreshToken).not.toBe(original.refreshToken);
    expect(stored?.accessToken).not.toBe(original.accessToken);
    // The stored refresh token is the live one: it refreshes, the original does not.
    await expect(app.refresh(original)).rejects.toMatchObject({ code: 'invalid_grant' });
    await expect(app.refresh(stored ?? original)).resolves.toMatchObject({ tokenType: 'bearer' });
  });

  it('a 401 on a token the client thought valid refreshes once and retries', async () => {
    const { connect, plugin, sandbox } = context;
    await connect();
    sandbox.faults.inject({ kind: 'expired-token' }, { match: '/api/v3/athlete' });
    const client = context.client();
    const athlete = await client.athlete.get();
    expect(athlete.firstname).toBe('Sandy');
    expect(plugin.auth.stats.refreshRequests).toBe(1);
  });

  it('a revoked connection surfaces as AuthError invalid_grant', async () => {
    const { connect, plugin } = context;
    const tokens = await connect({ expired: true });
    plugin.auth.revokeGrant(tokens.accessToken);
    await expect(context.client().athlete.get()).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });
});
