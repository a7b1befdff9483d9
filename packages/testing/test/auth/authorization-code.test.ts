import { describe, expect, it } from 'vitest';
import {
  createSandbox,
  type FakeOAuthClient,
  SANDBOX_CLIENT,
  SANDBOX_PUBLIC_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import { authorizationUrl, authorizeRedirect, bearer, tokenRequest } from '../helpers/oauth.js';
import { createPkcePair } from '../helpers/pkce.js';

let clock = Date.UTC(2025, 0, 1);
const sandbox = useMsw(() => {
  clock = Date.UTC(2025, 0, 1);
  return createSandbox({ auth: { now: () => clock } });
});

async function authorizeWithPkce(client: FakeOAuthClient = SANDBOX_CLIENT) {
  const { auth } = sandbox();
  const pkce = createPkcePair();
  const callback = await authorizeRedirect(
    authorizationUrl(auth, client, {
      scope: 'read write',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    }),
  );
  return { ...pkce, code: callback.searchParams.get('code') ?? '', callback };
}

describe('authorization code grant with PKCE', () => {
  it('redirects with a one-time code and the echoed state, then exchanges it', async () => {
    const { auth, api } = sandbox();
    const { code, verifier, callback } = await authorizeWithPkce();
    expect(callback.origin + callback.pathname).toBe(SANDBOX_REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('xyz-state');
    expect(code).toMatch(/^sbx_code_/);

    const response = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: SANDBOX_REDIRECT_URI,
      code_verifier: verifier,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^sbx_at_[0-9a-f]{32}$/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^sbx_rt_[0-9a-f]{32}$/),
      scope: 'read write',
    });

    const me = await fetch(`${api.baseUrl}/v1/me`, { headers: bearer(String(body.access_token)) });
    expect(await me.json()).toEqual({ id: 'sandbox-user-1', name: 'Sandy Box' });
    expect(auth.stats.authorizeRequests).toBe(1);
    expect(auth.stats.tokenRequests.authorization_code).toBe(1);
    expect(auth.stats.invalidGrantCount).toBe(0);
  });

  it('rejects a wrong code_verifier with invalid_grant', async () => {
    const { auth } = sandbox();
    const { code } = await authorizeWithPkce();
    const response = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: SANDBOX_REDIRECT_URI,
      code_verifier: createPkcePair().verifier,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
    expect(auth.stats.invalidGrantCount).toBe(1);
  });

  it('rejects a missing code_verifier when a challenge was sent', async () => {
    const { auth } = sandbox();
    const { code } = await authorizeWithPkce();
    const fields = { grant_type: 'authorization_code', code, redirect_uri: SANDBOX_REDIRECT_URI };
    const response = await tokenRequest(auth, SANDBOX_CLIENT, fields);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects a reused code and revokes the tokens issued from it (RFC 6749 4.1.2)', async () => {
    const { auth, api } = sandbox();
    const { code, verifier } = await authorizeWithPkce();
    const fields = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: SANDBOX_REDIRECT_URI,
      code_verifier: verifier,
    };
    const first = (await (await tokenRequest(auth, SANDBOX_CLIENT, fields)).json()) as {
      access_token: string;
      refresh_token: string;
    };
    const second = await tokenRequest(auth, SANDBOX_CLIENT, fields);
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ error: 'invalid_grant' });

    const me = await fetch(`${api.baseUrl}/v1/me`, { headers: bearer(first.access_token) });
    expect(me.status).toBe(401);
    const refresh = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('expires codes after 60 seconds', async () => {
    const { auth } = sandbox();
    const { code, verifier } = await authorizeWithPkce();
    clock += 60_000;
    const response = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: SANDBOX_REDIRECT_URI,
      code_verifier: verifier,
    });
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('binds the code to the redirect_uri and the client', async () => {
    const { auth } = sandbox();
    const { code, verifier } = await authorizeWithPkce();
    const otherRedirect = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'http://localhost:3000/callback',
      code_verifier: verifier,
    });
    expect(await otherRedirect.json()).toMatchObject({ error: 'invalid_grant' });
    const otherClient = await tokenRequest(auth, SANDBOX_PUBLIC_CLIENT, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: SANDBOX_REDIRECT_URI,
      code_verifier: verifier,
    });
    expect(await otherClient.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('authorization endpoint errors', () => {
  it('answers 400 without redirecting for an unregistered redirect_uri or unknown client', async () => {
    const { auth } = sandbox();
    const unregistered = authorizationUrl(auth, SANDBOX_CLIENT, {
      redirect_uri: 'https://evil.example/cb',
    });
    const response = await fetch(unregistered, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const unknown = authorizationUrl(auth, { ...SANDBOX_CLIENT, clientId: 'nobody' });
    expect((await fetch(unknown, { redirect: 'manual' })).status).toBe(400);
  });

  it('redirects with invalid_request for the plain PKCE method', async () => {
    const { auth } = sandbox();
    const callback = await authorizeRedirect(
      authorizationUrl(auth, SANDBOX_CLIENT, {
        code_challenge: createPkcePair().verifier,
        code_challenge_method: 'plain',
      }),
    );
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('code')).toBeNull();
    expect(callback.searchParams.get('state')).toBe('xyz-state');
  });

  it('requires PKCE when the requirePkce knob is on', async () => {
    const { auth } = sandbox();
    auth.knobs.requirePkce = true;
    const callback = await authorizeRedirect(authorizationUrl(auth, SANDBOX_CLIENT));
    expect(callback.searchParams.get('error')).toBe('invalid_request');
  });

  it('redirects with unsupported_response_type for response_type=token', async () => {
    const { auth } = sandbox();
    const url = authorizationUrl(auth, SANDBOX_CLIENT, { response_type: 'token' });
    const callback = await authorizeRedirect(url);
    expect(callback.searchParams.get('error')).toBe('unsupported_response_type');
  });

  it('redirects with access_denied when consent is denied', async () => {
    const { auth } = sandbox();
    auth.knobs.consent = 'deny';
    const callback = await authorizeRedirect(authorizationUrl(auth, SANDBOX_CLIENT));
    expect(Object.fromEntries(callback.searchParams)).toEqual({
      error: 'access_denied',
      error_description: expect.any(String),
      state: 'xyz-state',
    });
  });
});
