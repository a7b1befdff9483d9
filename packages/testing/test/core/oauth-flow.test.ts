import { AuthError, ErrorCodes } from '@fitlink/core';
import { describe, expect, it } from 'vitest';
import { followAuthorization, SANDBOX_PUBLIC_CLIENT, SANDBOX_USER } from '../../src/index.js';
import { sandboxApp, useSandbox } from './harness.js';

const sandbox = useSandbox();

describe('core OAuth 2 against the sandbox', () => {
  it('connects through authorize → consent → callback → code exchange with PKCE S256', async () => {
    const app = sandboxApp();
    const { url, state, codeVerifier } = await app.createAuthorization();
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(state);
    const callback = await followAuthorization(url);
    const tokens = await app.exchangeCode({
      callback,
      state,
      ...(codeVerifier ? { codeVerifier } : {}),
    });
    expect(tokens.accessToken).toMatch(/^sbx_at_/);
    expect(tokens.refreshToken).toMatch(/^sbx_rt_/);
    expect(tokens.scope).toEqual(['read', 'write']);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    const me = await fetch('https://api.sandbox.fitlink.test/v1/me', {
      headers: { authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(await me.json()).toMatchObject({ id: SANDBOX_USER.id });
    expect(sandbox.current.auth.stats.tokenRequests.authorization_code).toBe(1);
  });

  it('works for a public client (no secret) and for client_secret_post', async () => {
    const publicApp = sandboxApp({
      clientId: SANDBOX_PUBLIC_CLIENT.clientId,
      clientSecret: undefined as never,
      clientAuthMethod: 'none',
    });
    const first = await publicApp.createAuthorization();
    const tokens = await publicApp.exchangeCode({
      callback: await followAuthorization(first.url),
      state: first.state,
      codeVerifier: first.codeVerifier ?? '',
    });
    expect(tokens.accessToken).toBeTruthy();
  });

  it('rejects a callback whose state does not match', async () => {
    const app = sandboxApp();
    const { url, codeVerifier } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    const failure = await app
      .exchangeCode({ callback, state: 'another-state-value', codeVerifier: codeVerifier ?? '' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).code).toBe(ErrorCodes.stateMismatch);
    expect(sandbox.current.auth.stats.tokenRequests.authorization_code).toBe(0);
  });

  it('turns a provider error= on the callback into a typed error', async () => {
    sandbox.current.auth.knobs.consent = 'deny';
    const app = sandboxApp();
    const { url, state, codeVerifier } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    const failure = await app
      .exchangeCode({ callback, state, codeVerifier: codeVerifier ?? '' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({
      code: ErrorCodes.authorizationDenied,
      oauthError: 'access_denied',
    });
  });

  it('rejects a bad PKCE verifier with invalid_grant', async () => {
    const app = sandboxApp();
    const { url, state } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    const failure = await app
      .exchangeCode({ callback, state, codeVerifier: 'x'.repeat(43) })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: ErrorCodes.invalidGrant, oauthError: 'invalid_grant' });
  });

  it('rejects a reused code and a wrong client secret', async () => {
    const app = sandboxApp();
    const { url, state, codeVerifier } = await app.createAuthorization();
    const callback = await followAuthorization(url);
    await app.exchangeCode({ callback, state, codeVerifier: codeVerifier ?? '' });
    await expect(
      app.exchangeCode({ callback, state, codeVerifier: codeVerifier ?? '' }),
    ).rejects.toMatchObject({ code: ErrorCodes.invalidGrant });
    const wrong = sandboxApp({ clientSecret: 'not-the-secret' });
    const second = await wrong.createAuthorization();
    const failure = await wrong
      .exchangeCode({
        callback: await followAuthorization(second.url),
        state: second.state,
        codeVerifier: second.codeVerifier ?? '',
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: ErrorCodes.invalidClient });
    expect(String((failure as Error).message)).not.toContain('not-the-secret');
  });

  it('refreshes with rotation, revokes, and reports invalid_grant for a revoked grant', async () => {
    const app = sandboxApp();
    const issued = sandbox.current.auth.issueTokens({ clientId: 'sandbox-client', scope: 'read' });
    const tokens = {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      authorizedAt: 1,
    };
    const refreshed = await app.refresh(tokens);
    expect(refreshed.refreshToken).not.toBe(tokens.refreshToken);
    expect(refreshed.authorizedAt).toBe(1);
    await expect(app.refresh(tokens)).rejects.toMatchObject({ code: ErrorCodes.invalidGrant });
    await app.revoke(refreshed);
    await expect(app.refresh(refreshed)).rejects.toBeInstanceOf(AuthError);
  });

  it('gets an app-only token with client credentials', async () => {
    const tokens = await sandboxApp().clientCredentials({ scopes: ['read'] });
    expect(tokens.accessToken).toBeTruthy();
    expect(tokens.refreshToken).toBeUndefined();
  });
});
