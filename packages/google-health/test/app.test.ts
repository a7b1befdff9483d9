import { AuthError, createMemoryTokenStore, MissingScopeError } from '@fitlink/core';
import {
  createGoogleHealthApp,
  createGoogleHealthClient,
  GOOGLE_HEALTH_ACTIVITY_SCOPE,
  GOOGLE_HEALTH_AUTHORIZE_URL,
  GOOGLE_HEALTH_DEFAULT_SCOPES,
  GOOGLE_HEALTH_SLEEP_SCOPE,
} from '@fitlink/google-health';
import { followAuthorization, SANDBOX_PUBLIC_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { googleHealthApp, googleHealthPlugin } from './helpers.js';

describe('createGoogleHealthApp', () => {
  const sandbox = useSandbox(() => [googleHealthPlugin()]);

  it('runs the PKCE S256 code flow on Google’s URLs and reads data with the tokens', async () => {
    const app = googleHealthApp();
    const request = await app.createAuthorization();
    expect(request.url.origin + request.url.pathname).toBe(GOOGLE_HEALTH_AUTHORIZE_URL);
    expect(request.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(request.url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(request.url.searchParams.get('access_type')).toBe('offline');
    expect(request.url.searchParams.get('prompt')).toBe('consent');
    expect(request.url.searchParams.get('scope')).toBe(GOOGLE_HEALTH_DEFAULT_SCOPES.join(' '));
    expect(request.codeVerifier).toEqual(expect.any(String));

    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
    });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.scope).toEqual([...GOOGLE_HEALTH_DEFAULT_SCOPES]);
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

    const store = createMemoryTokenStore();
    await store.set('u', tokens);
    const client = createGoogleHealthClient({ app, store, key: 'u' });
    const identity = await client.users.getIdentity();
    expect(identity.healthUserId).toBe('1d4e9c2ab7f04e55');
  });

  it('refuses a callback whose state does not match, and a wrong PKCE verifier', async () => {
    const app = googleHealthApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    await expect(
      app.exchangeCode({ callback, state: 'not-the-state', codeVerifier: request.codeVerifier }),
    ).rejects.toMatchObject({ name: 'AuthError', code: 'state_mismatch' });
    await expect(
      app.exchangeCode({ callback, state: request.state, codeVerifier: 'x'.repeat(43) }),
    ).rejects.toBeInstanceOf(AuthError);
  });

  it('works as a public PKCE client without a secret', async () => {
    const app = createGoogleHealthApp({
      clientId: SANDBOX_PUBLIC_CLIENT.clientId,
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    const request = await app.createAuthorization({ scopes: [GOOGLE_HEALTH_SLEEP_SCOPE] });
    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
      scopes: request.scopes,
    });
    expect(tokens.scope).toEqual([GOOGLE_HEALTH_SLEEP_SCOPE]);
  });

  it('throws MissingScopeError when the user unticks a required scope', async () => {
    const plugin = sandbox.plugin;
    plugin.auth.knobs.declinedScopes = [GOOGLE_HEALTH_ACTIVITY_SCOPE];
    const app = googleHealthApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    const error = await app
      .exchangeCode({ callback, state: request.state, codeVerifier: request.codeVerifier })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect((error as MissingScopeError).missingScopes).toEqual([GOOGLE_HEALTH_ACTIVITY_SCOPE]);
  });

  it('refreshes without rotating (Google keeps the refresh token) and revokes', async () => {
    const app = googleHealthApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
    });
    const refreshed = await app.refresh(tokens);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    await app.revoke(refreshed);
    await expect(app.refresh(refreshed)).rejects.toMatchObject({ code: 'invalid_grant' });
  });
});
