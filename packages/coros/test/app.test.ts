import { AuthError, ErrorCodes } from '@fitlink/core';
import { COROS_AUTHORIZE_URL, CorosResultError, corosUrls, createCorosApp } from '@fitlink/coros';
import { COROS_SANDBOX_OPEN_ID } from '@fitlink/coros/testing';
import { followAuthorization, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { connectedClient, NOW, sandboxApp, THIRTY_DAYS_MS, useCorosSandbox } from './helpers.js';

describe('createCorosApp', () => {
  const world = useCorosSandbox();

  it('builds the authorization URL on open.coros.com without PKCE or scope', async () => {
    const { url, state, codeVerifier } = await sandboxApp().createAuthorization();
    expect(`${url.origin}${url.pathname}`).toBe(COROS_AUTHORIZE_URL);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe(SANDBOX_CLIENT.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(SANDBOX_REDIRECT_URI);
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(url.searchParams.has('scope')).toBe(false);
    expect(codeVerifier).toBeUndefined();
  });

  it('selects the staging host', async () => {
    const app = createCorosApp({
      clientId: 'id',
      clientSecret: 'secret',
      redirectUri: SANDBOX_REDIRECT_URI,
      environment: 'staging',
    });
    const { url } = await app.createAuthorization();
    expect(url.origin).toBe('https://opentest.coros.com');
    expect(app.environment).toBe('staging');
    expect(corosUrls('staging').refreshUrl).toBe('https://opentest.coros.com/oauth2/refresh-token');
  });

  it('connects a user and keeps the openId as providerUserId', async () => {
    const app = sandboxApp(world.clock);
    const authorization = await app.createAuthorization();
    const callback = await followAuthorization(authorization.url);
    const tokens = await app.exchangeCode({ callback, state: authorization.state });
    expect(tokens.providerUserId).toBe(COROS_SANDBOX_OPEN_ID);
    expect(tokens.refreshToken).toMatch(/\S{16,}/);
    expect(tokens.expiresAt).toBe(NOW + THIRTY_DAYS_MS);
  });

  it('refresh keeps the refresh token and access token and extends expiry by 30 days', async () => {
    const app = sandboxApp(world.clock);
    const { tokens } = await connectedClient(world, { expiresInSeconds: 3600 });
    world.clock.advance(10 * 86_400_000);
    const refreshed = await app.refresh(tokens);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    expect(refreshed.accessToken).toBe(tokens.accessToken);
    expect(refreshed.providerUserId).toBe(COROS_SANDBOX_OPEN_ID);
    expect(refreshed.expiresAt).toBe(NOW + 10 * 86_400_000 + THIRTY_DAYS_MS);
    expect(world.plugin.stats.refreshes).toBe(1);
    // Refreshing again with the same refresh token works: it never rotates or expires.
    const again = await app.refresh(refreshed);
    expect(again.refreshToken).toBe(tokens.refreshToken);
    expect(world.plugin.stats.refreshes).toBe(2);
  });

  it('a refused refresh is an AuthError asking to reconnect, with no secret in it', async () => {
    const app = sandboxApp(world.clock);
    const { tokens } = await connectedClient(world);
    world.plugin.knobs.refreshResult = '5006';
    const error = await app.refresh(tokens).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: ErrorCodes.invalidGrant, reconnect: true });
    const text = JSON.stringify(error) + String(error);
    expect(text).not.toContain(tokens.refreshToken);
    expect(text).not.toContain(SANDBOX_CLIENT.clientSecret);
  });

  it('a transient refresh failure stays retryable, not a reconnect', async () => {
    const app = sandboxApp(world.clock);
    const { tokens } = await connectedClient(world);
    world.plugin.knobs.refreshResult = '5016';
    const error = await app.refresh(tokens).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorosResultError);
    expect(error).toMatchObject({ result: '5016', kind: 'retryable', retryable: true });
  });

  it('deauthorizes by access token, after which the API refuses it', async () => {
    const { app, client, tokens } = await connectedClient(world);
    await app.revoke(tokens);
    expect(world.plugin.stats.deauthorizations).toBe(1);
    const error = await client.user.isBound().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ oauthError: '5006', reconnect: true });
  });
});
