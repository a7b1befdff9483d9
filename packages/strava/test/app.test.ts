import { AuthError, ErrorCodes, MissingScopeError } from '@fitlink/core';
import { createStravaApp, STRAVA_AUTHORIZE_URL, type StravaAppSettings } from '@fitlink/strava';
import { followAuthorization, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

describe('createStravaApp', () => {
  const context = useStravaSandbox();

  /**
   * A Strava app on the sandbox whose token answers lack `field`, as Strava's real code
   * exchange answers lack `scope` (the sandbox's carry it).
   */
  function stravaAppWithout(field: string | undefined, settings: Partial<StravaAppSettings> = {}) {
    const withoutField: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (field === undefined || !url.endsWith('/oauth/token') || !response.ok) return response;
      const body = (await response.json()) as Record<string, unknown>;
      delete body[field];
      return Response.json(body, { status: response.status });
    };
    return createStravaApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      redirectUri: SANDBOX_REDIRECT_URI,
      clock: context.clock,
      fetch: withoutField,
      ...settings,
    });
  }

  it('keeps the client secret in closures: no property of the app holds it', () => {
    const secret = 'strava-client-secret-4f9c';
    const app = createStravaApp({
      clientId: '12345',
      clientSecret: secret,
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    expect(JSON.stringify(app)).not.toContain(secret);
    for (const [name, value] of Object.entries(app)) {
      expect(typeof value === 'function' ? '' : (JSON.stringify(value) ?? ''), name).not.toContain(
        secret,
      );
      expect(String(value), name).not.toContain(secret);
    }
    expect(Object.keys(app)).not.toContain('settings');
  });

  it('builds the real consent URL with comma-separated scopes and no PKCE', async () => {
    const { app } = context;
    const { url, state, scopes } = await app.createAuthorization();
    expect(`${url.origin}${url.pathname}`).toBe(STRAVA_AUTHORIZE_URL);
    expect(url.searchParams.get('scope')).toBe('read,profile:read_all,activity:read_all');
    expect(url.searchParams.get('approval_prompt')).toBe('auto');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(url.searchParams.get('state')).toBe(state);
    expect(scopes).toEqual(['read', 'profile:read_all', 'activity:read_all']);
  });

  it('runs the whole flow: consent, callback scope, code exchange with the secret in the body', async () => {
    const { app, plugin, store } = context;
    const { url, state } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    expect(callback.searchParams.get('scope')).toBe('read,profile:read_all,activity:read_all');
    const tokens = await app.exchangeCode({ callback, state });
    expect(tokens.providerUserId).toBe('12345678');
    expect(tokens.scope).toEqual(['read', 'profile:read_all', 'activity:read_all']);
    expect(tokens.expiresAt).toBe(context.clock.now() + 21_600_000);
    expect(tokens.refreshToken).toMatch(/^sbx_rt_/);
    expect(plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
    await store.set('athlete-1', tokens);
    const profile = await context.client().getProfile();
    expect(profile).toMatchObject({
      id: 'strava:12345678',
      name: 'Sandy Box',
      units: 'imperial',
      sex: 'female',
      weightKg: 61.2,
    });
  });

  it('throws missing_scope when the athlete unticks a required scope, without redeeming the code', async () => {
    const { app, plugin } = context;
    plugin.auth.knobs.declinedScopes = ['activity:read_all'];
    const { url, state } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    expect(callback.searchParams.get('scope')).toBe('read,profile:read_all');
    const error = await app.exchangeCode({ callback, state }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(ErrorCodes.missingScope);
    expect((error as AuthError).message).toContain('activity:read_all');
    expect(plugin.auth.stats.tokenRequests.authorization_code).toBe(0);
  });

  it('accepts a partial grant when the app only requires what was kept', async () => {
    const { app, plugin } = context;
    plugin.auth.knobs.declinedScopes = ['profile:read_all'];
    const { url, state } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    const tokens = await app.exchangeCode({ callback, state, requiredScopes: ['activity:read'] });
    expect(tokens.scope).toEqual(['read', 'activity:read_all']);
  });

  it('checks a callback without its scope parameter too: the token answer is read, the tokens come on the error', async () => {
    const { app, plugin } = context;
    plugin.auth.knobs.declinedScopes = ['activity:read_all'];
    const { url, state, scopes } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    callback.searchParams.delete('scope');
    const error = await app
      .exchangeCode({ callback, state, scopes })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      provider: 'strava',
      missingScopes: ['activity:read_all'],
      grantedScopes: ['read', 'profile:read_all'],
      stage: 'exchange',
      reconnect: false,
    });
    expect((error as MissingScopeError).message).toContain('activity:read_all');
    // The code was redeemed: the tokens are handed over (not returned) so they can be deauthorized.
    expect(plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
    const tokens = (error as MissingScopeError).tokens;
    expect(tokens?.providerUserId).toBe('12345678');
    expect(JSON.stringify(error)).not.toContain(tokens?.accessToken);
    await app.deauthorize(tokens ?? '');
    expect(plugin.stats.deauthorizations).toBe(1);
  });

  it("treats a callback without scope and a token answer without scope (Strava's own shape) as nothing granted", async () => {
    const { plugin } = context;
    const app = stravaAppWithout('scope');
    const { url, state } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    callback.searchParams.delete('scope');
    const error = await app.exchangeCode({ callback, state }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      missingScopes: ['read', 'profile:read_all', 'activity:read_all'],
      grantedScopes: [],
    });
    expect((error as MissingScopeError).message).toContain('whole callback URL');
    expect(plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

    // The same callback shape with the check turned off connects.
    const optedOut = stravaAppWithout('scope', { requiredScopes: [] });
    const again = await optedOut.createAuthorization();
    const bare = await followAuthorization(again.url);
    bare.searchParams.delete('scope');
    const tokens = await optedOut.exchangeCode({ callback: bare, state: again.state });
    expect(tokens.providerUserId).toBe('12345678');
    expect(tokens.scope).toBeUndefined();
  });

  it('requiredScopes: [] (the opt-out) accepts any partial grant', async () => {
    const { plugin } = context;
    plugin.auth.knobs.declinedScopes = ['activity:read_all', 'profile:read_all'];
    const app = stravaAppWithout(undefined, { requiredScopes: [] });
    const { url, state } = await app.createAuthorization();
    const tokens = await app.exchangeCode({ callback: await followAuthorization(url), state });
    expect(tokens.scope).toEqual(['read']);
  });

  it("compares with the authorization's own scopes when they are passed back", async () => {
    const { app, plugin } = context;
    const { url, state, scopes } = await app.createAuthorization({ scopes: ['read'] });
    const callback = await followAuthorization(url);
    expect((await app.exchangeCode({ callback, state, scopes })).scope).toEqual(['read']);
    // Without them the app's default scopes are required, which this grant lacks.
    const narrow = await app.createAuthorization({ scopes: ['read'] });
    const narrowCallback = await followAuthorization(narrow.url);
    await expect(
      app.exchangeCode({ callback: narrowCallback, state: narrow.state }),
    ).rejects.toMatchObject({
      code: 'missing_scope',
      stage: 'callback',
      message: expect.stringContaining("pass the authorization request's scopes"),
    });
    expect(plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
  });

  it('maps a reused code (AuthorizationCode invalid) and a denied consent to AuthError', async () => {
    const { app, plugin } = context;
    const { url, state } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    await app.exchangeCode({ callback, state });
    const reuse = await app.exchangeCode({ callback, state }).catch((caught: unknown) => caught);
    expect(reuse).toMatchObject({
      name: 'AuthError',
      code: 'invalid_grant',
      oauthError: 'invalid_grant',
    });
    expect((reuse as AuthError).description).toBe('Bad Request: AuthorizationCode code invalid');

    plugin.auth.knobs.consent = 'deny';
    const denied = await app.createAuthorization();
    const deniedCallback = await followAuthorization(denied.url);
    await expect(
      app.exchangeCode({ callback: deniedCallback, state: denied.state }),
    ).rejects.toMatchObject({
      code: ErrorCodes.authorizationDenied,
    });
  });

  it("maps Strava's RefreshToken invalid body to invalid_grant", async () => {
    const { app } = context;
    const error = await app
      .refresh({ accessToken: 'gone', refreshToken: 'not-a-refresh-token' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: 'invalid_grant',
      reconnect: true,
      description: 'Bad Request: RefreshToken refresh_token invalid',
    });
  });

  it('rotates the refresh token on every refresh; the old one stops working', async () => {
    const { app, connect } = context;
    const first = await connect();
    const second = await app.refresh(first);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.providerUserId).toBe(first.providerUserId);
    expect(second.scope).toEqual(first.scope);
    await expect(app.refresh(first)).rejects.toMatchObject({ code: 'invalid_grant' });
    const third = await app.refresh(second);
    expect(third.refreshToken).not.toBe(second.refreshToken);
  });

  it('rejects a wrong client secret as invalid_client', async () => {
    const { connect } = context;
    const tokens = await connect();
    const { createStravaApp } = await import('@fitlink/strava');
    const wrong = createStravaApp({
      clientId: 'sandbox-client',
      clientSecret: 'wrong',
      redirectUri: 'https://app.sandbox.fitlink.test/callback',
    });
    await expect(wrong.refresh(tokens)).rejects.toMatchObject({
      code: 'invalid_client',
      reconnect: false,
    });
  });

  it('deauthorizes (deprecated, works until 2027-06-01): every token of the connection stops working', async () => {
    const { app, connect, plugin } = context;
    const tokens = await connect();
    await app.deauthorize(tokens);
    expect(plugin.stats.deauthorizations).toBe(1);
    await expect(app.refresh(tokens)).rejects.toMatchObject({ code: 'invalid_grant' });
    await expect(app.deauthorize(tokens)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it("serves revoke and deauthorize from its own handlers, not the kit's RFC 7009 endpoint", async () => {
    const { app, connect, plugin } = context;
    const { auth } = plugin;
    expect(auth.endpoints.revocation).toBeUndefined();
    expect(auth.handlers.map((handler) => String(handler.info.path))).toEqual([
      'https://www.strava.com/oauth/authorize',
      'https://www.strava.com/oauth/token',
    ]);
    await app.deauthorize(await connect());
    expect(plugin.stats.deauthorizations).toBe(1);
    expect(auth.stats.revocations).toBe(0);
  });

  it('client.deauthorize revokes through oauth/revoke with the refresh token (no refresh of an expired token) and forgets the connection', async () => {
    const { connect, store, plugin } = context;
    await connect({ expired: true });
    await context.client().deauthorize();
    expect(plugin.auth.stats.refreshRequests).toBe(0);
    expect(plugin.stats.revocations).toBe(1);
    expect(plugin.stats.deauthorizations).toBe(0);
    expect(await store.get('athlete-1')).toBeUndefined();
  });
});
