import {
  AuthError,
  createMemoryTokenStore,
  ErrorCodes,
  FitlinkError,
  MissingScopeError,
} from '@fitlink/core';
import { followAuthorization, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import {
  createWhoopClient,
  WHOOP_AUTHORIZE_URL,
  WHOOP_DEFAULT_SCOPES,
  type WhoopWarning,
} from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';
import { connect, whoopApp, whoopPlugin } from './helpers.js';

describe('createWhoopApp', () => {
  const sandbox = useSandbox(() => [whoopPlugin()]);

  it('connects through the real authorization URL and reads the profile', async () => {
    const app = whoopApp();
    const request = await app.createAuthorization();
    expect(request.url.origin + request.url.pathname).toBe(WHOOP_AUTHORIZE_URL);
    expect(request.url.searchParams.get('scope')).toBe(WHOOP_DEFAULT_SCOPES.join(' '));
    expect(request.state.length).toBeGreaterThanOrEqual(8);
    expect(request.codeVerifier).toBeUndefined();
    expect(request.warnings).toEqual([]);

    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({ callback, state: request.state });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.scope).toEqual([...WHOOP_DEFAULT_SCOPES]);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
    // The fake server only accepts client_secret_post for this client, as WHOOP documents.
    expect(sandbox.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

    const store = createMemoryTokenStore();
    await store.set('u', tokens);
    const client = createWhoopClient({ app, store, key: 'u' });
    const profile = await client.getProfile();
    expect(profile).toMatchObject({
      id: 'whoop:4821907',
      name: 'Sandy Box',
      email: 'sandy.box@example.com',
      heightMetres: 1.7272,
      weightKg: 63.5029,
    });
  });

  it('adds offline to a caller’s scopes, and warns (no console) when it is turned off', async () => {
    const withOffline = await whoopApp().createAuthorization({ scopes: ['read:workout'] });
    expect(withOffline.scopes).toEqual(['read:workout', 'offline']);

    const warnings: WhoopWarning[] = [];
    const app = whoopApp({ offline: false, onWarning: (warning) => warnings.push(warning) });
    const request = await app.createAuthorization({ scopes: ['read:workout'] });
    expect(request.scopes).toEqual(['read:workout']);
    expect(request.warnings.map((warning) => warning.code)).toEqual(['missing_offline_scope']);
    expect(warnings.map((warning) => warning.code)).toEqual(['missing_offline_scope']);

    // Without offline WHOOP issues no refresh token: the exchange warns too.
    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      scopes: request.scopes,
    });
    expect(tokens.refreshToken).toBeUndefined();
    expect(warnings.map((warning) => warning.code)).toEqual([
      'missing_offline_scope',
      'no_refresh_token',
    ]);
  });

  it('refuses a downgraded grant (a read scope unticked): missing_scope, tokens on the error', async () => {
    const { auth } = sandbox.plugin;
    auth.knobs.declinedScopes = ['read:recovery'];
    const app = whoopApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    const error = await app
      .exchangeCode({ callback, state: request.state, scopes: request.scopes })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      provider: 'whoop',
      missingScopes: ['read:recovery'],
      stage: 'exchange',
      reconnect: false,
    });
    expect((error as MissingScopeError).message).toContain('read:recovery');
    // WHOOP's answer is space-separated: every other scope was read as granted.
    expect((error as MissingScopeError).grantedScopes).toEqual(
      WHOOP_DEFAULT_SCOPES.filter((scope) => scope !== 'read:recovery'),
    );
    const tokens = (error as MissingScopeError).tokens;
    expect(tokens?.refreshToken).toEqual(expect.any(String));
    expect(JSON.stringify(error)).not.toContain(tokens?.accessToken);
    // The app can revoke what it will not use.
    await app.revoke(tokens ?? '');
    expect(auth.listGrants().every((grant) => grant.revoked)).toBe(true);
  });

  it('requires offline by default: a user who unticks it gets missing_scope, not a one-hour connection', async () => {
    sandbox.plugin.auth.knobs.declinedScopes = ['offline'];
    const app = whoopApp();
    const request = await app.createAuthorization();
    const callback = await followAuthorization(request.url);
    const error = await app
      .exchangeCode({ callback, state: request.state })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'missing_scope', missingScopes: ['offline'] });
    expect((error as MissingScopeError).tokens?.refreshToken).toBeUndefined();
  });

  it('requiredScopes narrows the check, and [] turns it off', async () => {
    sandbox.plugin.auth.knobs.declinedScopes = ['read:recovery', 'read:sleep'];
    const narrow = whoopApp({ requiredScopes: ['read:workout', 'offline'] });
    const request = await narrow.createAuthorization();
    const tokens = await narrow.exchangeCode({
      callback: await followAuthorization(request.url),
      state: request.state,
    });
    expect(tokens.scope).not.toContain('read:recovery');
    expect(tokens.refreshToken).toEqual(expect.any(String));

    const warnings: WhoopWarning[] = [];
    sandbox.plugin.auth.knobs.declinedScopes = ['read:recovery', 'offline'];
    const off = whoopApp({ requiredScopes: [], onWarning: (warning) => warnings.push(warning) });
    const again = await off.createAuthorization();
    const partial = await off.exchangeCode({
      callback: await followAuthorization(again.url),
      state: again.state,
    });
    expect(partial.scope).not.toContain('offline');
    expect(warnings.map((warning) => warning.code)).toEqual(['no_refresh_token']);
  });

  it('a token answer without scope counts as granted as asked (RFC 6749 §5.1)', async () => {
    const withoutScope: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith('/oauth/oauth2/token') || !response.ok) return response;
      const { scope: _scope, ...body } = (await response.json()) as Record<string, unknown>;
      return Response.json(body, { status: response.status });
    };
    const app = whoopApp({ fetch: withoutScope });
    const request = await app.createAuthorization();
    const tokens = await app.exchangeCode({
      callback: await followAuthorization(request.url),
      state: request.state,
      scopes: request.scopes,
    });
    expect(tokens.scope).toBeUndefined();
    expect(tokens.refreshToken).toEqual(expect.any(String));
  });

  it('seeds connections with a refresh token only when offline is granted', () => {
    const { auth } = sandbox.plugin;
    expect(auth.knobs.refreshTokenScope).toBe('offline');
    expect(auth.issueTokens({ scope: ['read:workout'] }).refreshToken).toBeUndefined();
    const offline = auth.issueTokens({ scope: ['read:workout', 'offline'] });
    expect(offline.refreshToken).toEqual(expect.any(String));
    expect(offline.body).toHaveProperty('refresh_token', offline.refreshToken);
  });

  it('refuses a state shorter than 8 characters and a mismatched callback state', async () => {
    const app = whoopApp();
    await expect(app.createAuthorization({ state: 'short' })).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    const request = await app.createAuthorization({ state: 'a-long-enough-state' });
    const callback = await followAuthorization(request.url);
    await expect(
      app.exchangeCode({ callback, state: 'another-state-value' }),
    ).rejects.toMatchObject({
      code: 'state_mismatch',
    });
  });

  it('sends a PKCE challenge only when asked', async () => {
    const app = whoopApp({ pkce: true });
    const request = await app.createAuthorization();
    expect(request.url.searchParams.get('code_challenge_method')).toBe('S256');
    const callback = await followAuthorization(request.url);
    const tokens = await app.exchangeCode({
      callback,
      state: request.state,
      ...(request.codeVerifier ? { codeVerifier: request.codeVerifier } : {}),
    });
    expect(tokens.accessToken).toEqual(expect.any(String));
  });

  it('rotates the refresh token on refresh and keeps every scope', async () => {
    const { app, store, key, issued } = await connect(sandbox.plugin);
    const before = await store.get(key);
    const next = await app.refresh(before ?? { accessToken: '' });
    expect(next.refreshToken).not.toBe(issued.refreshToken);
    expect(next.accessToken).not.toBe(issued.accessToken);
    expect(next.scope).toEqual([...WHOOP_DEFAULT_SCOPES]);
    // The old refresh token is retired: using it again is invalid_grant, mapped from Hydra's body.
    const error = await app
      .refresh(before ?? { accessToken: '' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: 'invalid_grant',
      oauthError: 'invalid_grant',
      reconnect: true,
    });
    expect((error as AuthError).description).toContain('refresh token was already used');
    expect(sandbox.plugin.auth.stats.refreshTokenReuseCount).toBe(1);
  });

  it('sends the granted scopes, or offline, with every refresh request', async () => {
    const forms: URLSearchParams[] = [];
    const record = async ({ request }: { request: Request }) => {
      if (request.method !== 'POST') return;
      const form = new URLSearchParams(await request.clone().text());
      if (form.get('grant_type') === 'refresh_token') forms.push(form);
    };
    sandbox.server.events.on('request:start', record);
    try {
      const { app, store, key } = await connect(sandbox.plugin);
      await app.refresh((await store.get(key)) ?? { accessToken: '' });
      // A token set stored without its scopes (or without offline) still asks for offline.
      const narrow = await connect(sandbox.plugin, { scope: ['read:profile', 'offline'] });
      const stored = (await narrow.store.get(narrow.key)) ?? { accessToken: '' };
      const { scope: _dropped, ...withoutScope } = stored;
      await narrow.app.refresh(withoutScope);
    } finally {
      sandbox.server.events.removeListener('request:start', record);
    }
    expect(forms.map((form) => form.get('scope'))).toEqual([
      WHOOP_DEFAULT_SCOPES.join(' '),
      'offline',
    ]);
    expect(forms.map((form) => form.get('client_secret'))).toEqual([
      SANDBOX_CLIENT.clientSecret,
      SANDBOX_CLIENT.clientSecret,
    ]);
  });

  it('maps a refused client to invalid_client without asking to reconnect', async () => {
    const { store, key } = await connect(sandbox.plugin);
    const app = whoopApp({ clientSecret: 'wrong-secret' });
    const tokens = await store.get(key);
    await expect(app.refresh(tokens ?? { accessToken: '' })).rejects.toMatchObject({
      name: 'AuthError',
      code: 'invalid_client',
      reconnect: false,
    });
  });

  it('revokes with DELETE /v2/user/access, after which the tokens are dead', async () => {
    const { app, client, store, key } = await connect(sandbox.plugin);
    const tokens = await store.get(key);
    await app.revoke(tokens ?? { accessToken: '' });
    expect(sandbox.plugin.auth.listGrants().every((grant) => grant.revoked)).toBe(true);
    await expect(client.user.getProfile()).rejects.toBeInstanceOf(AuthError);
  });

  it('revokes from the client too', async () => {
    const { client } = await connect(sandbox.plugin);
    await client.user.revokeAccess();
    expect(sandbox.plugin.auth.listGrants()[0]?.revoked).toBe(true);
  });

  it('keeps the client secret in closures, out of the app object', () => {
    const clientSecret = 'a-client-secret-only-closures-know';
    const app = whoopApp({ clientSecret });
    expect(JSON.stringify(app)).not.toContain(clientSecret);
    for (const [name, value] of Object.entries(app)) {
      const text = typeof value === 'function' ? String(value) : JSON.stringify(value);
      expect(text ?? '', name).not.toContain(clientSecret);
    }
    expect(app).not.toHaveProperty('settings');
  });

  it('exposes no secret in errors', async () => {
    const app = whoopApp({ clientSecret: SANDBOX_CLIENT.clientSecret ?? '' });
    const error = await app
      .refresh({ accessToken: 'access-123456', refreshToken: 'not-a-real-refresh-token' })
      .catch((caught: unknown) => caught as FitlinkError);
    expect(error).toBeInstanceOf(FitlinkError);
    expect(JSON.stringify(error)).not.toContain('not-a-real-refresh-token');
    expect(JSON.stringify(error)).not.toContain(SANDBOX_CLIENT.clientSecret);
    expect(SANDBOX_REDIRECT_URI).toContain('callback');
  });
});
