import { AuthError, ErrorCodes, FitlinkError, MissingScopeError } from '@fitlink/core';
import { createSmashrunApp, SMASHRUN_AUTHORIZE_URL } from '@fitlink/smashrun';
import { followAuthorization, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { NOW, sandboxApp, useSmashrunSandbox } from './helpers.js';

describe('createSmashrunApp', () => {
  const world = useSmashrunSandbox();

  it('builds the real authorization URL without PKCE', async () => {
    const app = sandboxApp();
    const { url, state, codeVerifier, scopes } = await app.createAuthorization();
    expect(`${url.origin}${url.pathname}`).toBe(SMASHRUN_AUTHORIZE_URL);
    expect(url.origin).toBe('https://secure.smashrun.com');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe(SANDBOX_CLIENT.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(SANDBOX_REDIRECT_URI);
    expect(url.searchParams.get('scope')).toBe('read_activity write_activity');
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(codeVerifier).toBeUndefined();
    expect(scopes).toEqual(['read_activity', 'write_activity']);
    expect(app.provider).toBe('smashrun');
  });

  it('connects a user through the consent page and the token endpoint (client_secret_post)', async () => {
    const app = sandboxApp(world.clock);
    const authorization = await app.createAuthorization({ scopes: ['read_activity'] });
    const callback = await followAuthorization(authorization.url);
    expect(callback.origin + callback.pathname).toBe(SANDBOX_REDIRECT_URI);
    const tokens = await app.exchangeCode({
      callback,
      state: authorization.state,
      scopes: authorization.scopes,
    });
    expect(tokens.accessToken).toMatch(/\S{16,}/);
    expect(tokens.refreshToken).toMatch(/\S{16,}/);
    expect(tokens.tokenType).toBe('bearer');
    expect(tokens.scope).toEqual(['read_activity']);
    // The sandbox issues SmashRun's 12-week tokens.
    expect(tokens.expiresAt).toBe(NOW + 12 * 7 * 86_400_000);
    expect(world.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
  });

  it('asked read+write, granted read: AuthError missing_scope naming write_activity', async () => {
    world.plugin.auth.knobs.declinedScopes = ['write_activity'];
    const app = sandboxApp(world.clock);
    const authorization = await app.createAuthorization();
    const callback = await followAuthorization(authorization.url);
    const error = await app
      .exchangeCode({ callback, state: authorization.state, scopes: authorization.scopes })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      provider: 'smashrun',
      missingScopes: ['write_activity'],
      grantedScopes: ['read_activity'],
      reconnect: false,
    });
    expect((error as AuthError).message).toContain('write_activity');
    expect((error as MissingScopeError).tokens?.scope).toEqual(['read_activity']);
    expect(JSON.stringify(error)).not.toContain((error as MissingScopeError).tokens?.accessToken);
  });

  it('accepts the read-only grant when write_activity is not required, or the check is off', async () => {
    world.plugin.auth.knobs.declinedScopes = ['write_activity'];
    for (const requiredScopes of [['read_activity'] as const, [] as const]) {
      const app = createSmashrunApp({
        clientId: SANDBOX_CLIENT.clientId,
        clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
        redirectUri: SANDBOX_REDIRECT_URI,
        scopes: ['read_activity', 'write_activity'],
        requiredScopes,
      });
      const authorization = await app.createAuthorization();
      const tokens = await app.exchangeCode({
        callback: await followAuthorization(authorization.url),
        state: authorization.state,
      });
      expect(tokens.scope).toEqual(['read_activity']);
    }
  });

  it('refreshes into a new pair and refuses the old refresh token afterwards', async () => {
    const app = sandboxApp(world.clock);
    const issued = world.plugin.auth.issueTokens({ scope: ['read_activity'] });
    const first = { accessToken: issued.accessToken, refreshToken: issued.refreshToken ?? '' };
    const next = await app.refresh(first);
    expect(next.accessToken).not.toBe(first.accessToken);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    const error = await app.refresh(first).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(ErrorCodes.invalidGrant);
    expect((error as AuthError).reconnect).toBe(true);
    expect(world.plugin.auth.stats.invalidGrantCount).toBe(1);
  });

  it("maps SmashRun's invalid_client body to AuthError invalid_client", async () => {
    const app = createSmashrunApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: 'wrong-secret',
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    const issued = world.plugin.auth.issueTokens();
    const error = await app
      .refresh({ accessToken: issued.accessToken, refreshToken: issued.refreshToken ?? '' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(ErrorCodes.invalidClient);
    expect(String((error as AuthError).message)).not.toContain('wrong-secret');
  });

  it('reports a denied consent as authorization_denied', async () => {
    world.plugin.auth.knobs.consent = 'deny';
    const app = sandboxApp();
    const authorization = await app.createAuthorization();
    const callback = await followAuthorization(authorization.url);
    const error = await app
      .exchangeCode({ callback, state: authorization.state })
      .catch((caught: unknown) => caught);
    expect((error as AuthError).code).toBe(ErrorCodes.authorizationDenied);
  });

  it('keeps the client secret in closures: no property or serialization exposes it', () => {
    const secret = 'smashrun-client-secret-0123456789';
    const app = createSmashrunApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: secret,
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    expect(JSON.stringify(app)).not.toContain(secret);
    for (const [name, value] of Object.entries(app)) {
      expect(typeof value === 'function' ? '' : (JSON.stringify(value) ?? ''), name).not.toContain(
        secret,
      );
    }
    expect(app).not.toHaveProperty('settings');
  });

  it('has no revocation endpoint', async () => {
    const error = await sandboxApp()
      .revoke('token')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FitlinkError);
    expect((error as FitlinkError).code).toBe(ErrorCodes.invalidArgument);
    // Neither has the sandbox.
    expect(world.plugin.auth.endpoints.revocation).toBeUndefined();
    expect(world.plugin.auth.handlers).toHaveLength(2);
  });

  it('echoes a state sent with the token request in the token answer, as SmashRun does', async () => {
    const { auth } = world.plugin;
    const callback = await followAuthorization(
      `${SMASHRUN_AUTHORIZE_URL}?${new URLSearchParams({
        response_type: 'code',
        client_id: SANDBOX_CLIENT.clientId,
        redirect_uri: SANDBOX_REDIRECT_URI,
        scope: 'read_activity',
        state: 'state-1234',
      })}`,
    );
    const token = (fields: Record<string, string>) =>
      fetch(auth.endpoints.token, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: SANDBOX_CLIENT.clientId,
          client_secret: SANDBOX_CLIENT.clientSecret ?? '',
          ...fields,
        }),
      }).then((response) => response.json() as Promise<Record<string, unknown>>);
    const exchanged = await token({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: SANDBOX_REDIRECT_URI,
      state: 'state-1234',
    });
    expect(exchanged).toMatchObject({ access_token: expect.any(String), state: 'state-1234' });
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: String(exchanged.refresh_token),
    });
    expect(refreshed).toMatchObject({ access_token: expect.any(String) });
    expect(refreshed).not.toHaveProperty('state');
  });
});
