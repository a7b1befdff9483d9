import { createMemoryTokenStore } from '@fitlink/core';
import { createGarminClient, GARMIN_AUTHORIZE_URL } from '@fitlink/garmin';
import { followAuthorization, SANDBOX_USER } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { garminApp, garminPlugin } from './helpers.js';

describe('Garmin OAuth 2 PKCE', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('builds the consent URL with S256, state and no scope', async () => {
    const request = await garminApp().createAuthorization();
    expect(request.url.origin + request.url.pathname).toBe(GARMIN_AUTHORIZE_URL);
    expect(request.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(request.url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(request.url.searchParams.get('state')).toBe(request.state);
    expect(request.url.searchParams.has('scope')).toBe(false);
  });

  it('round trip: consent, code + verifier exchanged (secret in the body), user id and permissions', async () => {
    const app = garminApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
    });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    // 24 h access tokens.
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 86_000_000);
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

    const store = createMemoryTokenStore();
    await store.set('u', tokens);
    const client = createGarminClient({ app, store, key: 'u' });
    expect(await client.user.id()).toBe(SANDBOX_USER.id);
    expect(await client.user.permissions()).toEqual([
      'ACTIVITY_EXPORT',
      'HEALTH_EXPORT',
      'HISTORICAL_DATA_EXPORT',
    ]);
  });

  it('refuses an exchange without the PKCE verifier', async () => {
    const app = garminApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    await expect(app.exchangeCode({ callback, state: request.state })).rejects.toMatchObject({
      name: 'AuthError',
    });
  });

  it('refuses a callback with another state', async () => {
    const app = garminApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    await expect(
      app.exchangeCode({ callback, state: 'other', codeVerifier: request.codeVerifier }),
    ).rejects.toMatchObject({ code: 'state_mismatch' });
  });

  it('has no revocation: revoke rejects and names no secret', async () => {
    await expect(garminApp().revoke('token')).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});
