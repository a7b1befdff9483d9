import { AuthError, createMemoryTokenStore, ErrorCodes, MissingScopeError } from '@fitlink/core';
import { followAuthorization, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import {
  createTrainingPeaksApp,
  createTrainingPeaksClient,
  mapTrainingPeaksTokenError,
  TRAININGPEAKS_SCOPES,
  type TrainingPeaksScope,
} from '@fitlink/trainingpeaks';
import { describe, expect, it } from 'vitest';
import { connectByConsent, sandboxApp, useTrainingPeaksSandbox } from './helpers.js';

describe('createTrainingPeaksApp', () => {
  const holder = useTrainingPeaksSandbox();

  it('builds the sandbox authorization URL with the default scopes and no PKCE', async () => {
    const { url, scopes, codeVerifier } = await sandboxApp().createAuthorization();
    expect(url.origin + url.pathname).toBe(
      'https://oauth.sandbox.trainingpeaks.com/OAuth/Authorize',
    );
    expect(url.searchParams.get('scope')).toBe(
      'athlete:profile workouts:read workouts:details metrics:read',
    );
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(codeVerifier).toBeUndefined();
    expect(scopes).toHaveLength(4);
  });

  it('uses the production hosts for environment production', async () => {
    const app = createTrainingPeaksApp({
      clientId: 'id',
      clientSecret: 'secret',
      redirectUri: SANDBOX_REDIRECT_URI,
      environment: 'production',
    });
    const { url } = await app.createAuthorization();
    expect(url.origin + url.pathname).toBe('https://oauth.trainingpeaks.com/OAuth/Authorize');
    expect(app.urls.token).toBe('https://oauth.trainingpeaks.com/oauth/token');
    expect(app.urls.deauthorize).toBe('https://oauth.trainingpeaks.com/oauth/deauthorize');
    expect(app.environment).toBe('production');
    expect(sandboxApp().urls.token).toBe('https://oauth.sandbox.trainingpeaks.com/oauth/token');
  });

  it('keeps the client secret in closures: not in JSON, not in any own property', async () => {
    const secret = 'tp-client-secret-3f9a1c';
    const app = createTrainingPeaksApp({
      clientId: 'id',
      clientSecret: secret,
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    expect(JSON.stringify(app)).not.toContain(secret);
    for (const [key, value] of Object.entries(app)) {
      expect(`${key}: ${String(value)}`).not.toContain(secret);
      expect(JSON.stringify(value) ?? '').not.toContain(secret);
    }
    expect(Object.keys(app)).not.toContain('settings');
  });

  it('completes the round trip through the real authorization URL (client_secret_post)', async () => {
    const { tokens } = await connectByConsent();
    const auth = holder.plugin.authOf('sandbox');
    expect(tokens.accessToken).toMatch(/\S{16,}/);
    expect(tokens.refreshToken).toBeDefined();
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    expect(tokens.scope).toEqual([
      'athlete:profile',
      'workouts:read',
      'workouts:details',
      'metrics:read',
    ]);
    expect(auth?.stats.tokenRequests.authorization_code).toBe(1);
  });

  it('grants all 17 scopes, each separately', async () => {
    const app = createTrainingPeaksApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      redirectUri: SANDBOX_REDIRECT_URI,
      scopes: Object.keys(TRAININGPEAKS_SCOPES) as TrainingPeaksScope[],
    });
    const { tokens } = await connectByConsent({ app });
    expect(tokens.scope).toHaveLength(17);
    expect(tokens.scope).toContain('workouts:details');
    expect(tokens.scope).toContain('webhook:write-subscriptions');
  });

  it('refuses a grant without a required scope (scopes are not inclusive), unless the app opts out', async () => {
    const auth = holder.plugin.authOf('sandbox');
    if (auth) auth.knobs.declinedScopes = ['workouts:details'];
    const app = sandboxApp();
    const authorization = await app.createAuthorization();
    const callback = await followAuthorization(authorization.url);
    const error = await app
      .exchangeCode({ callback, state: authorization.state, scopes: authorization.scopes })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      provider: 'trainingpeaks',
      missingScopes: ['workouts:details'],
      grantedScopes: ['athlete:profile', 'workouts:read', 'metrics:read'],
    });
    // The app can deauthorize what it will not use.
    await app.deauthorize((error as MissingScopeError).tokens ?? '');
    expect(auth?.stats.revocations).toBe(1);

    const { tokens } = await connectByConsent({
      app: createTrainingPeaksApp({
        clientId: SANDBOX_CLIENT.clientId,
        clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
        redirectUri: SANDBOX_REDIRECT_URI,
        requiredScopes: [],
      }),
    });
    expect(tokens.scope).toEqual(['athlete:profile', 'workouts:read', 'metrics:read']);
  });

  it('refuses a client authenticating with HTTP Basic (TrainingPeaks takes the secret in the body)', async () => {
    const auth = holder.plugin.authOf('sandbox');
    const response = await fetch(auth?.endpoints.token ?? '', {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x' }),
    });
    expect(response.status).toBe(401);
  });

  it('maps a reused code to AuthError invalid_grant', async () => {
    const app = sandboxApp();
    const authorization = await app.createAuthorization();
    const callback = await followAuthorization(authorization.url);
    await app.exchangeCode({ callback, state: authorization.state });
    const error = await app
      .exchangeCode({ callback, state: authorization.state })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(ErrorCodes.invalidGrant);
    expect((error as AuthError).reconnect).toBe(true);
  });

  it('stores the rotated refresh token and the old one stops working', async () => {
    const { app, tokens } = await connectByConsent();
    const refreshed = await app.refresh(tokens);
    expect(refreshed.refreshToken).not.toBe(tokens.refreshToken);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.authorizedAt).toBe(tokens.authorizedAt);
    const stale = await app.refresh(tokens).catch((caught: unknown) => caught);
    expect((stale as AuthError).code).toBe(ErrorCodes.invalidGrant);
  });

  it('20 concurrent calls with an expired token make exactly one refresh request', async () => {
    const { store, tokens, client } = await connectByConsent();
    const auth = holder.plugin.authOf('sandbox');
    auth?.expireAccessToken(tokens.accessToken);
    await store.set('athlete-1', { ...tokens, expiresAt: Date.now() - 1_000 });
    const profiles = await Promise.all(Array.from({ length: 20 }, () => client.athlete.profile()));
    expect(profiles.every((profile) => profile.Id === 4_815_162)).toBe(true);
    expect(auth?.stats.refreshRequests).toBe(1);
    expect(auth?.stats.invalidGrantCount).toBe(0);
    const stored = await store.get('athlete-1');
    expect(stored?.refreshToken).not.toBe(tokens.refreshToken);
    // The stored refresh token is the newest: refreshing with it succeeds.
    const again = await sandboxApp().refresh(stored ?? tokens);
    expect(again.accessToken).toBeDefined();
    expect(auth?.stats.invalidGrantCount).toBe(0);
  });

  it('20 concurrent calls rejected with 401 recover with one refresh', async () => {
    const { store, tokens, client } = await connectByConsent();
    const auth = holder.plugin.authOf('sandbox');
    auth?.expireAccessToken(tokens.accessToken);
    const results = await Promise.all(Array.from({ length: 20 }, () => client.athlete.zones()));
    expect(results).toHaveLength(20);
    expect(auth?.stats.refreshRequests).toBe(1);
    expect(auth?.stats.invalidGrantCount).toBe(0);
    expect((await store.get('athlete-1'))?.refreshToken).not.toBe(tokens.refreshToken);
  });

  it('deauthorizes at /oauth/deauthorize and the connection stops working', async () => {
    const { app, tokens, client } = await connectByConsent();
    await app.deauthorize(tokens);
    const auth = holder.plugin.authOf('sandbox');
    expect(auth?.stats.revocations).toBe(1);
    const error = await client.athlete.profile().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
  });

  it('maps non-RFC token error bodies to AuthError and leaves RFC ones to core', () => {
    const mapped = mapTrainingPeaksTokenError({
      provider: 'trainingpeaks',
      status: 400,
      body: '{"Message":"The refresh token is invalid"}',
      operation: 'refresh',
    });
    expect(mapped).toBeInstanceOf(AuthError);
    expect((mapped as AuthError).code).toBe(ErrorCodes.invalidGrant);
    expect((mapped as AuthError).description).toBe('The refresh token is invalid');
    expect(
      mapTrainingPeaksTokenError({
        provider: 'trainingpeaks',
        status: 400,
        body: '{"error":"invalid_grant"}',
        operation: 'refresh',
      }),
    ).toBeUndefined();
    expect(
      mapTrainingPeaksTokenError({
        provider: 'trainingpeaks',
        status: 500,
        body: '',
        operation: 'exchange',
      }),
    ).toBeUndefined();
  });

  it('a client without stored tokens fails with not_connected', async () => {
    const client = createTrainingPeaksClient({
      app: sandboxApp(),
      store: createMemoryTokenStore(),
      key: 'nobody',
    });
    const error = await client.athlete.profile().catch((caught: unknown) => caught);
    expect((error as AuthError).code).toBe(ErrorCodes.notConnected);
  });
});

describe('both environments', () => {
  const holder = useTrainingPeaksSandbox({ environment: 'both' });

  it('talks to api.trainingpeaks.com in production and api.sandbox.trainingpeaks.com in the sandbox', async () => {
    const production = await connectByConsent({ environment: 'production' });
    const sandbox = await connectByConsent({ environment: 'sandbox' });
    await production.client.athlete.profile();
    await sandbox.client.athlete.profile();
    const { plugin } = holder;
    expect(plugin.authOf('production')?.stats.tokenRequests.authorization_code).toBe(1);
    expect(plugin.authOf('sandbox')?.stats.tokenRequests.authorization_code).toBe(1);
    expect(plugin.hosts).toEqual([
      'api.sandbox.trainingpeaks.com',
      'oauth.sandbox.trainingpeaks.com',
      'api.trainingpeaks.com',
      'oauth.trainingpeaks.com',
    ]);
    // A production token is not valid on the sandbox API (separate systems).
    const mixed = createTrainingPeaksClient({
      app: sandboxApp('sandbox'),
      store: production.store,
      key: 'athlete-1',
      userAgent: 'FitlinkTests/1.0',
    });
    const error = await mixed.athlete.profile().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
  });
});
