import { describe, expect, it } from 'vitest';
import {
  createFakeAuthorizationServer,
  type FakeAuthorizationServer,
  type FakeTokenIssue,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import { authorizationUrl, authorizeRedirect, bearer, tokenRequest } from '../helpers/oauth.js';

interface TokenBody {
  access_token?: string;
  refresh_token?: string;
  scope?: string;
  state?: string;
  error?: string;
}

async function refresh(auth: FakeAuthorizationServer, refreshToken: string) {
  const response = await tokenRequest(auth, SANDBOX_CLIENT, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
  return { status: response.status, body: (await response.json()) as TokenBody };
}

async function connect(auth: FakeAuthorizationServer, scope: string, extra = {}) {
  const callback = await authorizeRedirect(authorizationUrl(auth, SANDBOX_CLIENT, { scope }));
  const response = await tokenRequest(auth, SANDBOX_CLIENT, {
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code') ?? '',
    redirect_uri: SANDBOX_REDIRECT_URI,
    ...extra,
  });
  return { status: response.status, body: (await response.json()) as TokenBody };
}

function isLive(auth: FakeAuthorizationServer, accessToken: string | undefined): boolean {
  const request = new Request('https://x.test', { headers: bearer(accessToken ?? '') });
  return auth.authenticate(request) !== null;
}

describe('refreshTokenOnRefresh', () => {
  const server = useMsw(() =>
    createFakeAuthorizationServer({ refreshTokenOnRefresh: 'omit', defaultScope: ['read'] }),
  );

  it("'omit' answers without refresh_token and keeps the old refresh token usable", async () => {
    const auth = server();
    const seeded = auth.issueTokens();
    const first = await refresh(auth, seeded.refreshToken ?? '');
    expect(first.status).toBe(200);
    expect(first.body).not.toHaveProperty('refresh_token');
    expect(first.body.scope).toBe('read');
    expect(isLive(auth, first.body.access_token)).toBe(true);

    const second = await refresh(auth, seeded.refreshToken ?? '');
    expect(second.status).toBe(200);
    expect(second.body).not.toHaveProperty('refresh_token');
    expect(second.body.access_token).not.toBe(first.body.access_token);
    expect(auth.stats).toMatchObject({
      refreshRequests: 2,
      invalidGrantCount: 0,
      refreshTokenReuseCount: 0,
    });
  });

  it('is a live knob: rotating after omitting retires the old refresh token', async () => {
    const auth = server();
    const seeded = auth.issueTokens();
    expect((await refresh(auth, seeded.refreshToken ?? '')).body).not.toHaveProperty(
      'refresh_token',
    );
    auth.knobs.refreshTokenOnRefresh = 'rotate';
    const rotated = await refresh(auth, seeded.refreshToken ?? '');
    expect(rotated.body.refresh_token).toMatch(/^sbx_rt_/);
    expect(rotated.body.refresh_token).not.toBe(seeded.refreshToken);
    expect((await refresh(auth, seeded.refreshToken ?? '')).body.error).toBe('invalid_grant');
    auth.knobs.refreshTokenOnRefresh = 'same';
    const same = await refresh(auth, rotated.body.refresh_token ?? '');
    expect(same.body.refresh_token).toBe(rotated.body.refresh_token);
  });

  it('keeps rotateRefreshTokens as a shorthand for rotate and same', () => {
    expect(createFakeAuthorizationServer().knobs).toMatchObject({
      rotateRefreshTokens: true,
      refreshTokenOnRefresh: 'rotate',
    });
    const same = createFakeAuthorizationServer({ rotateRefreshTokens: false });
    expect(same.knobs).toMatchObject({
      rotateRefreshTokens: false,
      refreshTokenOnRefresh: 'same',
    });
    same.knobs.rotateRefreshTokens = true;
    expect(same.knobs.refreshTokenOnRefresh).toBe('rotate');
    same.knobs.refreshTokenOnRefresh = 'omit';
    expect(same.knobs.rotateRefreshTokens).toBe(false);
    same.knobs.rotateRefreshTokens = false;
    expect(same.knobs.refreshTokenOnRefresh).toBe('same');
    // The explicit mode wins over the shorthand.
    const explicit = createFakeAuthorizationServer({
      rotateRefreshTokens: true,
      refreshTokenOnRefresh: 'omit',
    });
    expect(explicit.knobs.refreshTokenOnRefresh).toBe('omit');
  });
});

describe('refreshTokenScope', () => {
  const server = useMsw(() =>
    createFakeAuthorizationServer({
      refreshTokenScope: 'offline',
      supportedScopes: ['read', 'offline'],
    }),
  );

  it('issues a refresh token on the code exchange only when the scope was granted', async () => {
    const auth = server();
    const online = await connect(auth, 'read');
    expect(online.status).toBe(200);
    expect(online.body).not.toHaveProperty('refresh_token');
    expect(isLive(auth, online.body.access_token)).toBe(true);

    const offline = await connect(auth, 'read offline');
    expect(offline.body.refresh_token).toMatch(/^sbx_rt_/);
    const refreshed = await refresh(auth, offline.body.refresh_token ?? '');
    expect(refreshed.body.refresh_token).toMatch(/^sbx_rt_/);
    expect(refreshed.body.refresh_token).not.toBe(offline.body.refresh_token);
  });

  it('counts when the user unticks the scope on the consent screen', async () => {
    const auth = server();
    auth.knobs.declinedScopes = ['offline'];
    const declined = await connect(auth, 'read offline');
    expect(declined.body.scope).toBe('read');
    expect(declined.body).not.toHaveProperty('refresh_token');
  });

  it('applies to seeded tokens and can be changed as a knob', () => {
    const auth = server();
    expect(auth.issueTokens({ scope: ['read'] }).refreshToken).toBeUndefined();
    expect(auth.issueTokens({ scope: ['read', 'offline'] }).refreshToken).toMatch(/^sbx_rt_/);
    expect(
      auth.issueTokens({ scope: ['read', 'offline'], refreshToken: false }).refreshToken,
    ).toBeUndefined();
    auth.knobs.refreshTokenScope = undefined;
    expect(auth.issueTokens({ scope: ['read'] }).refreshToken).toMatch(/^sbx_rt_/);
  });

  it('omits refresh_token on refresh once the grant no longer qualifies, keeping the old one', async () => {
    const auth = server();
    auth.knobs.refreshTokenScope = undefined;
    const seeded = auth.issueTokens({ scope: ['read'] });
    auth.knobs.refreshTokenScope = 'offline';
    const first = await refresh(auth, seeded.refreshToken ?? '');
    expect(first.status).toBe(200);
    expect(first.body).not.toHaveProperty('refresh_token');
    expect((await refresh(auth, seeded.refreshToken ?? '')).status).toBe(200);
  });
});

describe('revokePath: null', () => {
  it('serves no revocation endpoint', () => {
    const withRevoke = createFakeAuthorizationServer();
    const auth = createFakeAuthorizationServer({ revokePath: null });
    expect(withRevoke.endpoints.revocation).toBe('https://auth.sandbox.fitlink.test/oauth/revoke');
    expect(auth.endpoints.revocation).toBeUndefined();
    expect('revocation' in auth.endpoints).toBe(false);
    expect(auth.endpoints).toEqual({
      authorization: 'https://auth.sandbox.fitlink.test/oauth/authorize',
      token: 'https://auth.sandbox.fitlink.test/oauth/token',
    });
    const paths = (server: FakeAuthorizationServer) =>
      server.handlers.map((handler) => String(handler.info.path));
    expect(paths(withRevoke)).toContain('https://auth.sandbox.fitlink.test/oauth/revoke');
    expect(paths(auth)).toEqual([
      'https://auth.sandbox.fitlink.test/oauth/authorize',
      'https://auth.sandbox.fitlink.test/oauth/token',
    ]);
    expect(auth.hosts).toEqual(['auth.sandbox.fitlink.test']);
  });

  it('leaves only the authorization and token hosts', () => {
    const auth = createFakeAuthorizationServer({
      baseUrl: 'https://accounts.example.test',
      tokenPath: 'https://api.example.test/token',
      revokePath: null,
    });
    expect(auth.hosts).toEqual(['accounts.example.test', 'api.example.test']);
  });
});

describe('tokenResponseExtras params', () => {
  const issues: FakeTokenIssue[] = [];
  const server = useMsw(() => {
    issues.length = 0;
    return createFakeAuthorizationServer({
      defaultScope: ['read'],
      // Echo `state` when the token request carries one (undefined fields are not serialized).
      tokenResponseExtras: (issue) => {
        issues.push(issue);
        return { state: issue.params.get('state') ?? undefined };
      },
    });
  });

  it('receives the form parameters of code and refresh requests', async () => {
    const auth = server();
    const connected = await connect(auth, 'read', { state: 'echo-me' });
    expect(connected.body.state).toBe('echo-me');
    expect(issues[0]?.grantType).toBe('authorization_code');
    expect(issues[0]?.params.get('grant_type')).toBe('authorization_code');
    expect(issues[0]?.params.get('redirect_uri')).toBe(SANDBOX_REDIRECT_URI);

    const refreshed = await refresh(auth, connected.body.refresh_token ?? '');
    expect(refreshed.body).not.toHaveProperty('state');
    expect(issues[1]?.params.get('refresh_token')).toBe(connected.body.refresh_token);
  });

  it('receives empty params for seeded tokens', () => {
    const auth = server();
    const seeded = auth.issueTokens();
    expect(seeded.body.state).toBeUndefined();
    expect([...(issues[0]?.params ?? new URLSearchParams([['x', 'y']]))]).toEqual([]);
  });
});
