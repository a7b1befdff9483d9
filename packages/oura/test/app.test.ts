import { AuthError, createMemoryTokenStore, ErrorCodes, FitlinkError } from '@fitlink/core';
import {
  createOuraClient,
  OURA_AUTHORIZE_URL,
  OURA_DEFAULT_SCOPES,
  OURA_ISSUER,
  OURA_TOKEN_URL,
} from '@fitlink/oura';
import { followAuthorization } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { ouraApp, ouraPlugin } from './helpers.js';

describe('createOuraApp: endpoint resolution with single-use codes', () => {
  const sandbox = useSandbox(() => [ouraPlugin()]);

  it('discovers the moi endpoints before the first code, exchanges it once there and reads data', async () => {
    const app = ouraApp();
    const resolved = await app.discover();
    expect(resolved).toMatchObject({
      issuer: OURA_ISSUER,
      authorizationEndpoint: OURA_AUTHORIZE_URL,
      tokenEndpoint: OURA_TOKEN_URL,
    });
    const request = await app.createAuthorization();
    expect(request.url.origin + request.url.pathname).toBe(OURA_AUTHORIZE_URL);
    expect(request.url.searchParams.get('scope')).toBe(OURA_DEFAULT_SCOPES.join(' '));
    expect(request.url.searchParams.get('code_challenge_method')).toBe('S256');

    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
      scopes: request.scopes,
    });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    const { stats } = sandbox.plugin;
    // One discovery read for the app's lifetime, one exchange, never the legacy endpoint.
    expect(stats.discoveryRequests).toBe(1);
    expect(stats.legacyTokenRequests).toBe(0);
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

    const store = createMemoryTokenStore();
    await store.set('u', tokens);
    const profile = await createOuraClient({ app, store, key: 'u' }).getProfile();
    expect(profile).toMatchObject({ id: 'oura:sandbox-user-1', sex: 'female', heightMetres: 1.78 });
  });

  it('a code sent to the legacy endpoint is refused and burnt: why the app never falls back', async () => {
    const legacy = ouraApp({ endpoints: 'legacy' });
    const request = await legacy.createAuthorization();
    // cloud.ouraring.com redirects to moi; the callback carries a code.
    const moiConsent = await followAuthorization(request.url);
    expect(moiConsent.href.startsWith(OURA_AUTHORIZE_URL)).toBe(true);
    const callback = await followAuthorization(moiConsent);
    const refused = await legacy
      .exchangeCode({ callback, state: request.state, scopes: request.scopes })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AuthError);
    expect(refused).toMatchObject({ code: ErrorCodes.invalidClient, reconnect: false });
    expect((refused as Error).message).toContain('moi.ouraring.com');
    expect(sandbox.plugin.stats.legacyTokenRequests).toBe(1);

    // The same code at the right endpoint now fails too: the first try spent it.
    const moi = ouraApp({ endpoints: 'moi', pkce: false });
    await expect(
      moi.exchangeCode({ callback, state: request.state, scopes: request.scopes }),
    ).rejects.toMatchObject({ name: 'AuthError', code: 'invalid_grant' });
    expect(sandbox.plugin.stats.burntCodeExchanges).toBe(1);
  });

  it('a failed discovery sends no code, so the same code still works once discovery answers', async () => {
    // The consent happened with endpoints known beforehand; the exchanging app discovers.
    const consent = ouraApp({ endpoints: 'moi' });
    const request = await consent.createAuthorization();
    const callback = await followAuthorization(request.url);

    sandbox.plugin.knobs.discoveryAvailable = false;
    const app = ouraApp();
    const exchange = {
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
      scopes: request.scopes,
    };
    const failed = await app.exchangeCode(exchange).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(FitlinkError);
    expect(failed).toMatchObject({ code: 'discovery_failed' });
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code ?? 0).toBe(0);
    expect(sandbox.plugin.stats.legacyTokenRequests).toBe(0);

    sandbox.plugin.knobs.discoveryAvailable = true;
    const tokens = await app.exchangeCode(exchange);
    expect(tokens.accessToken).toEqual(expect.any(String));
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);
    // The code worked exactly once.
    await expect(app.exchangeCode(exchange)).rejects.toMatchObject({ code: 'invalid_grant' });
  });

  it('prefixes scopes when asked and compares the grant without the prefix', async () => {
    const app = ouraApp({ scopePrefix: 'extapi:', scopes: ['daily', 'workout'], endpoints: 'moi' });
    const request = await app.createAuthorization();
    expect(request.url.searchParams.get('scope')).toBe('extapi:daily extapi:workout');
  });

  it('revokes through the legacy revocation endpoint when discovery names none', async () => {
    const app = ouraApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      codeVerifier: request.codeVerifier,
      scopes: request.scopes,
    });
    await app.revoke(tokens);
    expect(sandbox.plugin.auth.listGrants().every((grant) => grant.revoked)).toBe(true);
  });
});
