import {
  AuthError,
  createMemoryTokenStore,
  ErrorCodes,
  FitlinkError,
  MissingScopeError,
} from '@fitlink/core';
import {
  createPelotonApp,
  createPelotonClient,
  PELOTON_TOKEN_URL,
  peloton,
} from '@fitlink/peloton';
import { PELOTON_SANDBOX_PASSWORD, PELOTON_SANDBOX_USERNAME } from '@fitlink/peloton/testing';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connect, usePelotonSandbox } from './helpers.js';

const ctx = usePelotonSandbox();

describe('refresh', () => {
  it('20 concurrent calls with an expired token make exactly one refresh and store the newest refresh token', async () => {
    const { store, tokens, client } = await connect();
    ctx.plugin.auth.expireAccessToken(tokens.accessToken);
    const results = await Promise.all(Array.from({ length: 20 }, () => client.user.me()));
    expect(results.every((me) => me.id === results[0]?.id)).toBe(true);
    expect(ctx.plugin.auth.stats.refreshRequests).toBe(1);
    expect(ctx.plugin.auth.stats.invalidGrantCount).toBe(0);
    const stored = await store.get('member');
    expect(stored?.refreshToken).not.toBe(tokens.refreshToken);
    expect(stored?.accessToken).not.toBe(tokens.accessToken);
    // The rotated refresh token is the live one: refreshing again with it works.
    const again = await createPelotonApp().refresh(stored ?? tokens);
    expect(again.accessToken).toMatch(/^sbx_/);
    expect(ctx.plugin.auth.stats.invalidGrantCount).toBe(0);
  });

  it('refreshes proactively when the stored expiry has passed', async () => {
    const { store, tokens, client } = await connect();
    await store.set('member', { ...tokens, expiresAt: Date.now() - 1000 });
    await client.user.me();
    expect(ctx.plugin.auth.stats.refreshRequests).toBe(1);
  });

  it('keeps the old refresh token when Auth0 sends none', async () => {
    const { tokens, app } = await connect();
    ctx.server.use(
      http.post(PELOTON_TOKEN_URL, async ({ request }) => {
        const form = new URLSearchParams(await request.text());
        expect(form.get('grant_type')).toBe('refresh_token');
        expect(form.get('client_id')).toBe('WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM');
        expect(form.has('client_secret')).toBe(false);
        return HttpResponse.json({
          access_token: 'new-access',
          token_type: 'Bearer',
          expires_in: 172800,
        });
      }),
    );
    const refreshed = await app.refresh(tokens);
    expect(refreshed.accessToken).toBe('new-access');
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
  });

  it('turns a dead refresh token into invalid_grant: the member must log in again', async () => {
    const app = createPelotonApp();
    const error = await app
      .refresh({ accessToken: 'a', refreshToken: 'revoked' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(ErrorCodes.invalidGrant);
    expect((error as AuthError).reconnect).toBe(true);
    expect(JSON.stringify((error as AuthError).toJSON())).not.toContain('revoked');
  });
});

describe('bring your own token', () => {
  it('keeps a pasted bearer token and reads its expiry from the JWT', async () => {
    const payload = btoa(JSON.stringify({ sub: 'x', exp: 1_800_000_000 })).replace(/=+$/, '');
    const jwt = `eyJhbGciOiJub25lIn0.${payload}.sig`;
    const tokens = await createPelotonApp().fromToken({ accessToken: jwt, refreshToken: 'r' });
    expect(tokens).toMatchObject({
      accessToken: jwt,
      refreshToken: 'r',
      expiresAt: 1_800_000_000_000,
      tokenType: 'bearer',
    });
    const explicit = await createPelotonApp().fromToken({
      accessToken: 'opaque',
      expiresAt: new Date(5000),
    });
    expect(explicit.expiresAt).toBe(5000);
    expect(
      (await createPelotonApp().fromToken({ accessToken: 'opaque' })).expiresAt,
    ).toBeUndefined();
  });

  it('exchanges a lone pasted refresh token and uses the result', async () => {
    const seeded = ctx.plugin.auth.issueTokens({ clientId: 'WVoJxVDdPoFx4RNewvvg6ch2mZ7bwnsM' });
    const app = createPelotonApp();
    const tokens = await app.fromToken({ refreshToken: seeded.refreshToken ?? '' });
    expect(tokens.accessToken).not.toBe(seeded.accessToken);
    const store = createMemoryTokenStore();
    await store.set('pasted', tokens);
    expect((await createPelotonClient({ app, store, key: 'pasted' }).user.me()).username).toBe(
      'SandyBox',
    );
  });

  it('needs one of the tokens', async () => {
    const error = await createPelotonApp()
      .fromToken({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FitlinkError);
    expect((error as FitlinkError).code).toBe(ErrorCodes.invalidArgument);
  });
});

describe('scope check', () => {
  it('refuses a login whose grant lacks offline_access: missing_scope, tokens on the error', async () => {
    ctx.plugin.auth.knobs.declinedScopes = ['offline_access'];
    const error = await createPelotonApp()
      .login({ username: PELOTON_SANDBOX_USERNAME, password: PELOTON_SANDBOX_PASSWORD })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      provider: 'peloton',
      missingScopes: ['offline_access'],
      grantedScopes: ['openid', 'peloton-api.members:default'],
    });
    const tokens = (error as MissingScopeError).tokens;
    expect(tokens?.scope).toEqual(['openid', 'peloton-api.members:default']);
    expect(JSON.stringify(error)).not.toContain(PELOTON_SANDBOX_PASSWORD);
    expect(JSON.stringify(error)).not.toContain(tokens?.accessToken);
  });

  it('logs in with the narrower grant when requiredScopes allows it', async () => {
    ctx.plugin.auth.knobs.declinedScopes = ['offline_access'];
    const tokens = await createPelotonApp({
      requiredScopes: ['openid', 'peloton-api.members:default'],
    }).login({ username: PELOTON_SANDBOX_USERNAME, password: PELOTON_SANDBOX_PASSWORD });
    expect(tokens.scope).toEqual(['openid', 'peloton-api.members:default']);
  });
});

describe('secrets', () => {
  it('keeps the password and tokens out of the app object', async () => {
    // connect() seeds tokens without a login: log in here so the app has seen the password.
    const app = createPelotonApp();
    const tokens = await app.login({
      username: PELOTON_SANDBOX_USERNAME,
      password: PELOTON_SANDBOX_PASSWORD,
    });
    const secrets = [PELOTON_SANDBOX_PASSWORD, tokens.accessToken, tokens.refreshToken ?? ''];
    expect(Object.keys(app)).not.toContain('settings');
    const views = [JSON.stringify(app), ...Object.values(app).map((value) => String(value))];
    for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
  });
});

describe('descriptor', () => {
  it('describes the password auth kind, scopes and capabilities', () => {
    expect(peloton.id).toBe('peloton');
    expect(peloton.authKinds).toEqual(['password']);
    expect(Object.keys(peloton.scopes)).toEqual(peloton.defaultScopes);
    expect(peloton.capabilities).toEqual(['activities', 'profile', 'streams']);
    expect(createPelotonApp().provider).toBe('peloton');
  });
});
