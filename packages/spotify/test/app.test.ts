import { AuthError, ErrorCodes, FitlinkError, MissingScopeError } from '@fitlink/core';
import { createSpotifyApp, SPOTIFY_AUTHORIZE_URL, SPOTIFY_DEFAULT_SCOPES } from '@fitlink/spotify';
import { SPOTIFY_SANDBOX_REDIRECT_URIS, spotifySandboxPlugin } from '@fitlink/spotify/testing';
import {
  followAuthorization,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, READ_SCOPES, sandboxApp } from './helpers.js';

describe('createSpotifyApp', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('connects a confidential client through the real authorization URL (HTTP Basic, no PKCE)', async () => {
    const app = sandboxApp('confidential');
    const authorization = await app.createAuthorization({ showDialog: true });
    expect(authorization.url.origin + authorization.url.pathname).toBe(SPOTIFY_AUTHORIZE_URL);
    expect(Object.fromEntries(authorization.url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: SANDBOX_CLIENT.clientId,
      redirect_uri: SANDBOX_REDIRECT_URI,
      scope: READ_SCOPES.join(' '),
      show_dialog: 'true',
    });
    expect(authorization.url.searchParams.has('code_challenge')).toBe(false);
    expect(authorization.codeVerifier).toBeUndefined();

    const before = Date.now();
    const callback = await followAuthorization(authorization.url);
    // An empty verifier (sessions that store `codeVerifier ?? ''`) is treated as no PKCE.
    const tokens = await app.exchangeCode({
      callback,
      state: authorization.state,
      codeVerifier: '',
    });
    expect(tokens.accessToken).toMatch(/\S{16,}/);
    expect(tokens.refreshToken).toMatch(/\S{16,}/);
    expect(tokens.tokenType).toBe('bearer');
    expect(tokens.scope).toEqual(READ_SCOPES);
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(tokens.authorizedAt).toBeGreaterThanOrEqual(before);
    expect(holder.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
  });

  it('connects a public client with PKCE: S256 challenge, client_id in the body, no secret', async () => {
    const app = createSpotifyApp({
      clientId: SANDBOX_PUBLIC_CLIENT.clientId,
      redirectUri: 'http://127.0.0.1:4317/callback',
    });
    expect(app.publicClient).toBe(true);
    const authorization = await app.createAuthorization();
    expect(authorization.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.scopes).toEqual([...SPOTIFY_DEFAULT_SCOPES]);
    const callback = await followAuthorization(authorization.url);
    expect(callback.origin).toBe('http://127.0.0.1:4317');
    const tokens = await app.exchangeCode({
      callback,
      state: authorization.state,
      codeVerifier: authorization.codeVerifier,
    });
    expect(tokens.refreshToken).toBeDefined();

    // A wrong verifier is refused by the accounts service.
    const second = await app.createAuthorization();
    const again = await followAuthorization(second.url);
    await expect(
      app.exchangeCode({ callback: again, state: second.state, codeVerifier: 'x'.repeat(43) }),
    ).rejects.toMatchObject({ name: 'AuthError', code: ErrorCodes.invalidGrant });
  });

  it('turns a denied consent and a state mismatch into AuthError', async () => {
    const app = sandboxApp();
    holder.plugin.auth.knobs.consent = 'deny';
    const denied = await app.createAuthorization();
    const callback = await followAuthorization(denied.url);
    await expect(app.exchangeCode({ callback, state: denied.state })).rejects.toMatchObject({
      code: ErrorCodes.authorizationDenied,
      oauthError: 'access_denied',
    });
    await expect(app.exchangeCode({ callback, state: 'another-state' })).rejects.toMatchObject({
      code: ErrorCodes.stateMismatch,
    });
  });

  it.each([
    ['http://localhost:8080/callback', /localhost/],
    ['https://localhost/callback', /localhost/],
    ['http://app.localhost:3000/cb', /localhost/],
    ['http://example.com/callback', /plain http is only allowed for loopback/],
    ['not a url', /not an absolute URL/],
    ['https://example.com/callback#frag', /fragment/],
  ])('refuses the redirect URI %s', (redirectUri, message) => {
    let error: unknown;
    try {
      createSpotifyApp({ clientId: 'id', redirectUri });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FitlinkError);
    expect(error).toMatchObject({
      code: ErrorCodes.invalidArgument,
      message: expect.stringMatching(message),
    });
  });

  it.each([
    'http://127.0.0.1:4317/callback',
    'http://127.0.0.1:54123/callback',
    'http://[::1]:4317/callback',
    'https://app.example.com/spotify/callback',
    'com.example.app:/oauth/callback',
  ])('accepts the redirect URI %s', (redirectUri) => {
    expect(createSpotifyApp({ clientId: 'id', redirectUri }).redirectUri).toBe(redirectUri);
  });

  it('keeps the client secret in closures: not in JSON, not in any own enumerable property', () => {
    const clientSecret = 'spotify-client-secret-0123456789';
    const app = createSpotifyApp({
      clientId: 'id',
      clientSecret,
      redirectUri: 'https://app.example.com/spotify/callback',
    });
    expect(JSON.stringify(app)).not.toContain(clientSecret);
    expect('settings' in app).toBe(false);
    for (const [name, value] of Object.entries(app)) {
      const text = typeof value === 'function' ? String(value) : JSON.stringify(value);
      expect(text ?? '', name).not.toContain(clientSecret);
    }
  });

  it('refuses the implicit grant with a clear error', async () => {
    const app = sandboxApp('public');
    await expect(app.createAuthorization({ params: { response_type: 'token' } })).rejects.toThrow(
      /implicit grant on 27 November 2025/,
    );
  });

  it('refuses a grant without a required scope (space-separated answer), unless the app opts out', async () => {
    holder.plugin.auth.knobs.declinedScopes = ['user-read-recently-played'];
    const app = sandboxApp('confidential');
    const authorization = await app.createAuthorization();
    const callback = await followAuthorization(authorization.url);
    const error = await app
      .exchangeCode({ callback, state: authorization.state, scopes: authorization.scopes })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({
      name: 'MissingScopeError',
      code: ErrorCodes.missingScope,
      provider: 'spotify',
      missingScopes: ['user-read-recently-played'],
      grantedScopes: READ_SCOPES.filter((scope) => scope !== 'user-read-recently-played'),
      reconnect: false,
    });
    expect(JSON.stringify(error)).not.toContain(SANDBOX_CLIENT.clientSecret);

    const relaxed = createSpotifyApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      redirectUri: SANDBOX_REDIRECT_URI,
      scopes: READ_SCOPES,
      requiredScopes: [],
    });
    const again = await relaxed.createAuthorization();
    const tokens = await relaxed.exchangeCode({
      callback: await followAuthorization(again.url),
      state: again.state,
    });
    expect(tokens.scope).not.toContain('user-read-recently-played');
  });

  it('registers loopback redirect URIs and no localhost one in the sandbox', () => {
    expect(SPOTIFY_SANDBOX_REDIRECT_URIS).toContain(SANDBOX_REDIRECT_URI);
    expect(SPOTIFY_SANDBOX_REDIRECT_URIS).toContain('http://127.0.0.1:4317/callback');
    expect(SPOTIFY_SANDBOX_REDIRECT_URIS.some((uri) => uri.includes('localhost'))).toBe(false);
  });

  it('gets an app-only token with client credentials, and refuses it for a public client', async () => {
    const tokens = await sandboxApp('confidential').clientCredentials();
    expect(tokens.accessToken).toMatch(/\S{16,}/);
    expect(tokens.refreshToken).toBeUndefined();
    expect(holder.plugin.auth.stats.tokenRequests.client_credentials).toBe(1);
    await expect(sandboxApp('public').clientCredentials()).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });

  it('maps a wrong client secret to AuthError invalid_client', async () => {
    const app = createSpotifyApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: 'wrong-secret',
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    const error = await app.clientCredentials().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: ErrorCodes.invalidClient, reconnect: false });
    expect(JSON.stringify(error)).not.toContain('wrong-secret');
  });
});
