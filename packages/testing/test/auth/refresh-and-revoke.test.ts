import { describe, expect, it } from 'vitest';
import { createSandbox, SANDBOX_CLIENT } from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import {
  bearer,
  clientCredentials,
  postForm,
  revocationUrl,
  tokenRequest,
} from '../helpers/oauth.js';

const sandbox = useMsw(() => createSandbox({ auth: { defaultScope: ['read', 'write'] } }));

interface TokenBody {
  access_token: string;
  refresh_token?: string;
  scope?: string;
  error?: string;
}

async function refresh(refreshToken: string, extra: Record<string, string> = {}) {
  const response = await tokenRequest(sandbox().auth, SANDBOX_CLIENT, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    ...extra,
  });
  return { status: response.status, body: (await response.json()) as TokenBody };
}

async function callMe(token: string): Promise<number> {
  const { api } = sandbox();
  return (await fetch(`${api.baseUrl}/v1/me`, { headers: bearer(token) })).status;
}

describe('refresh_token grant', () => {
  it('rotates the refresh token and rejects the old one, counting the reuse', async () => {
    const { auth } = sandbox();
    const seeded = auth.issueTokens();
    const first = await refresh(seeded.refreshToken ?? '');
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toMatch(/^sbx_rt_/);
    expect(first.body.refresh_token).not.toBe(seeded.refreshToken);
    expect(first.body.scope).toBe('read write');
    expect(await callMe(first.body.access_token)).toBe(200);

    const reused = await refresh(seeded.refreshToken ?? '');
    expect(reused).toEqual({
      status: 400,
      body: expect.objectContaining({ error: 'invalid_grant' }),
    });
    expect(auth.stats).toMatchObject({
      refreshRequests: 2,
      invalidGrantCount: 1,
      refreshTokenReuseCount: 1,
    });
    // Without reuse detection the rotated-in token keeps working.
    expect((await refresh(first.body.refresh_token ?? '')).status).toBe(200);
  });

  it('returns the same refresh token when rotation is off', async () => {
    const { auth } = sandbox();
    auth.knobs.rotateRefreshTokens = false;
    const seeded = auth.issueTokens();
    const first = await refresh(seeded.refreshToken ?? '');
    const second = await refresh(seeded.refreshToken ?? '');
    expect(first.body.refresh_token).toBe(seeded.refreshToken);
    expect(second.status).toBe(200);
    expect(auth.stats.invalidGrantCount).toBe(0);
  });

  it('revokes the whole grant on reuse when reuse detection is on', async () => {
    const { auth } = sandbox();
    auth.knobs.revokeGrantOnRefreshTokenReuse = true;
    const seeded = auth.issueTokens();
    const rotated = await refresh(seeded.refreshToken ?? '');
    await refresh(seeded.refreshToken ?? '');
    expect(await callMe(rotated.body.access_token)).toBe(401);
    expect((await refresh(rotated.body.refresh_token ?? '')).body.error).toBe('invalid_grant');
  });

  it('narrows scope on request and refuses to widen it', async () => {
    const { auth } = sandbox();
    const seeded = auth.issueTokens({ scope: 'read write' });
    const narrowed = await refresh(seeded.refreshToken ?? '', { scope: 'read' });
    expect(narrowed.body.scope).toBe('read');
    const widened = await refresh(narrowed.body.refresh_token ?? '', { scope: 'read admin' });
    expect(widened.body.error).toBe('invalid_scope');
  });
});

describe('revocation endpoint (RFC 7009)', () => {
  it('revokes the grant behind a refresh token and answers 200', async () => {
    const { auth } = sandbox();
    const seeded = auth.issueTokens();
    const credentials = clientCredentials(SANDBOX_CLIENT);
    const response = await postForm(
      revocationUrl(auth),
      { token: seeded.refreshToken ?? '', token_type_hint: 'refresh_token' },
      { headers: credentials.headers },
    );
    expect(response.status).toBe(200);
    expect(auth.stats.revocations).toBe(1);
    expect(await callMe(seeded.accessToken)).toBe(401);
    expect((await refresh(seeded.refreshToken ?? '')).body.error).toBe('invalid_grant');
  });

  it('answers 200 for an unknown token and 401 for a bad client', async () => {
    const { auth } = sandbox();
    const credentials = clientCredentials(SANDBOX_CLIENT);
    const unknown = await postForm(
      revocationUrl(auth),
      { token: 'sbx_at_nope' },
      { headers: credentials.headers },
    );
    expect(unknown.status).toBe(200);
    const badClient = await postForm(revocationUrl(auth), {
      token: 'x',
      client_id: 'nobody',
    });
    expect(badClient.status).toBe(401);
  });
});

describe('inspection API', () => {
  it('seeds, expires, revokes and authenticates tokens', async () => {
    const { auth } = sandbox();
    const a = auth.issueTokens({ expiresInSeconds: 60 });
    const b = auth.issueTokens({ refreshToken: false });
    expect(a.expiresIn).toBe(60);
    expect(b.refreshToken).toBeUndefined();
    expect(
      auth.authenticate(new Request('https://x.test', { headers: bearer(a.accessToken) })),
    ).toEqual({
      token: a.accessToken,
      userId: 'sandbox-user-1',
      clientId: 'sandbox-client',
      scope: ['read', 'write'],
    });
    expect(auth.expireAccessToken(a.accessToken)).toBe(true);
    expect(auth.expireAccessToken(a.accessToken)).toBe(false);
    expect(await callMe(a.accessToken)).toBe(401);
    expect((await refresh(a.refreshToken ?? '')).status).toBe(200);

    expect(auth.expireAllAccessTokens()).toBe(2);
    expect(auth.revokeGrant('sandbox-user-1')).toBe(2);
    expect(auth.listGrants().every((grant) => grant.revoked)).toBe(true);
  });

  it('sends invalid_token with WWW-Authenticate from unauthorizedResponse', async () => {
    const response = sandbox().auth.unauthorizedResponse();
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(await response.json()).toMatchObject({ error: 'invalid_token' });
  });
});
