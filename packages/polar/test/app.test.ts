import { createMemoryTokenStore, FitlinkError } from '@fitlink/core';
import { createPolarClient, POLAR_AUTHORIZE_URL, POLAR_DEFAULT_SCOPES } from '@fitlink/polar';
import { followAuthorization } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, polarApp, polarPlugin } from './helpers.js';

describe('createPolarApp (AccessLink v4)', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);

  it('connects through auth.polar.com with HTTP Basic, gets 12-hour tokens and a refresh token, and reads data', async () => {
    const app = polarApp();
    const request = await app.createAuthorization();
    expect(request.url.origin + request.url.pathname).toBe(POLAR_AUTHORIZE_URL);
    expect(request.url.searchParams.get('scope')).toBe(POLAR_DEFAULT_SCOPES.join(' '));
    expect(request.url.searchParams.get('code_challenge')).toBeNull();

    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({ callback, state: request.state });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.scope).toEqual([...POLAR_DEFAULT_SCOPES]);
    const lifetime = (tokens.expiresAt ?? 0) - (tokens.obtainedAt ?? Date.now());
    expect(lifetime).toBe(43_199_000);
    // The sandbox client only accepts client_secret_basic, as Polar documents.
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

    const store = createMemoryTokenStore();
    await store.set('u', tokens);
    const client = createPolarClient({ app, store, key: 'u' });
    const sports = await client.sports.list();
    expect(sports.map((sport) => sport.nameKey)).toContain('RUNNING');
    const sessions = await client.trainingSessions
      .list({ since: new Date(NOW - 7 * 86_400_000), until: new Date(NOW) })
      .toArray({ limit: 100 });
    expect(sessions.length).toBeGreaterThan(0);
  });

  it('refreshes with the refresh token and stores the rotated one', async () => {
    const app = polarApp();
    const request = await app.createAuthorization();
    const tokens = await app.exchangeCode({
      callback: await followAuthorization(request.url),
      state: request.state,
    });
    const refreshed = await app.refresh(tokens);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).not.toBe(tokens.refreshToken);
    // The old refresh token is spent: invalid_grant, which tells the app to reconnect the user.
    await expect(app.refresh(tokens)).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
    });
  });

  it('refuses a code used twice', async () => {
    const app = polarApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    await app.exchangeCode({ callback, state: request.state });
    await expect(app.exchangeCode({ callback, state: request.state })).rejects.toMatchObject({
      name: 'AuthError',
    });
  });

  it('has no revocation endpoint in v4', async () => {
    const error = await polarApp()
      .revoke('token')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FitlinkError);
    expect(error).toMatchObject({ code: 'invalid_argument' });
  });

  it('keeps the client secret out of the app object', () => {
    const app = polarApp();
    expect(JSON.stringify(app)).not.toContain('sandbox-secret');
  });
});
