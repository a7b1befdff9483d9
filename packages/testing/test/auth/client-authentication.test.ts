import { describe, expect, it } from 'vitest';
import {
  createFakeAuthorizationServer,
  type FakeOAuthClient,
  SANDBOX_REDIRECT_URI,
} from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import {
  authorizationUrl,
  authorizeRedirect,
  basicAuthorization,
  postForm,
  tokenRequest,
} from '../helpers/oauth.js';
import { createPkcePair } from '../helpers/pkce.js';

const redirectUris = [SANDBOX_REDIRECT_URI];
// Characters that RFC 6749 2.3.1 form-encoding changes, including ':' in the client id.
const basicClient: FakeOAuthClient = {
  clientId: 'basic:app é',
  clientSecret: 'p@ss:w/rd+%&=',
  authMethod: 'client_secret_basic',
  redirectUris,
};
const postClient: FakeOAuthClient = {
  clientId: 'post-app',
  clientSecret: 'post-secret',
  authMethod: 'client_secret_post',
  redirectUris,
};
const publicClient: FakeOAuthClient = { clientId: 'spa', authMethod: 'none', redirectUris };

const server = useMsw(() =>
  createFakeAuthorizationServer({ clients: [basicClient, postClient, publicClient] }),
);

async function codeFor(client: FakeOAuthClient, challenge?: string): Promise<string> {
  const params: Record<string, string> = challenge
    ? { code_challenge: challenge, code_challenge_method: 'S256' }
    : {};
  const callback = await authorizeRedirect(authorizationUrl(server(), client, params));
  return callback.searchParams.get('code') ?? '';
}

describe('client authentication at the token endpoint', () => {
  it.each([basicClient, postClient])('accepts $authMethod', async (client) => {
    const code = await codeFor(client);
    const fields = { grant_type: 'authorization_code', code, redirect_uri: SANDBOX_REDIRECT_URI };
    const response = await tokenRequest(server(), client, fields);
    expect(response.status).toBe(200);
  });

  it('accepts a public client that proves possession with PKCE', async () => {
    const pkce = createPkcePair();
    const code = await codeFor(publicClient, pkce.challenge);
    const response = await tokenRequest(server(), publicClient, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: SANDBOX_REDIRECT_URI,
      code_verifier: pkce.verifier,
    });
    expect(response.status).toBe(200);
  });

  it('answers 401 invalid_client with WWW-Authenticate for a bad Basic secret', async () => {
    const response = await postForm(
      server().endpoints.token,
      { grant_type: 'client_credentials' },
      { headers: { authorization: basicAuthorization(basicClient.clientId, 'wrong') } },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('rejects Basic credentials that were not form-encoded first', async () => {
    const raw = `Basic ${Buffer.from(`${basicClient.clientId}:${basicClient.clientSecret}`).toString('base64')}`;
    const response = await postForm(
      server().endpoints.token,
      { grant_type: 'client_credentials' },
      { headers: { authorization: raw } },
    );
    expect(response.status).toBe(401);
  });

  it('answers invalid_client for a bad body secret and for the wrong method', async () => {
    const badSecret = await postForm(server().endpoints.token, {
      grant_type: 'client_credentials',
      client_id: postClient.clientId,
      client_secret: 'nope',
    });
    expect(badSecret.status).toBe(401);
    const wrongMethod = await postForm(server().endpoints.token, {
      grant_type: 'client_credentials',
      client_id: basicClient.clientId,
      client_secret: basicClient.clientSecret ?? '',
    });
    expect(wrongMethod.status).toBe(401);
    const noAuth = await postForm(server().endpoints.token, {
      grant_type: 'client_credentials',
      client_id: postClient.clientId,
    });
    expect(await noAuth.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('rejects a form body of the wrong content type and repeated parameters', async () => {
    const json = await fetch(server().endpoints.token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
    const repeated = await fetch(server().endpoints.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&grant_type=refresh_token&client_id=spa',
    });
    expect(await repeated.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('issues app-only tokens for client_credentials, without a refresh token', async () => {
    const response = await tokenRequest(server(), postClient, {
      grant_type: 'client_credentials',
      scope: 'read',
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'read' });
    expect(body).not.toHaveProperty('refresh_token');
    const request = new Request('https://x.test', {
      headers: { authorization: `Bearer ${String(body.access_token)}` },
    });
    expect(server().authenticate(request)).toMatchObject({ userId: null, clientId: 'post-app' });
    expect(server().stats.tokenRequests.client_credentials).toBe(1);
  });

  it('refuses client_credentials to a public client', async () => {
    const response = await tokenRequest(server(), publicClient, {
      grant_type: 'client_credentials',
    });
    expect(await response.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  it('answers unsupported_grant_type for unknown grants', async () => {
    const response = await tokenRequest(server(), postClient, { grant_type: 'password' });
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});
