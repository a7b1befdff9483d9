import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  type ClientAuthMethod,
  createOAuth2App,
  ErrorCodes,
  type OAuth2AppSettings,
} from '../../src/index.js';
import { authorize, connect, exchange, jwtPayload } from './flow.js';
import { CLIENTS, type InteropServer, REDIRECT_URI, startInteropServer } from './interop-server.js';

let server: InteropServer;
beforeAll(async () => {
  server = await startInteropServer({ issuerPath: '/realms/fitlink' });
});
afterAll(() => server.close());

function app(
  client: { clientId: string; clientSecret?: string },
  clientAuthMethod: ClientAuthMethod,
  overrides: Partial<OAuth2AppSettings> = {},
) {
  return createOAuth2App({
    provider: 'interop',
    ...client,
    clientAuthMethod,
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'offline_access'],
    discovery: { issuer: server.issuer },
    fetch: server.fetch,
    ...overrides,
  });
}

describe('client authentication against oidc-provider', () => {
  it.each([
    ['client_secret_basic', CLIENTS.basic, 'Basic', []],
    ['client_secret_post', CLIENTS.post, undefined, ['client_id', 'client_secret']],
    ['none', CLIENTS.public, undefined, ['client_id']],
  ] as const)(
    '%s: code with PKCE, ID token checked, then a refresh',
    async (method, client, authScheme, credentialFields) => {
      const connector = app(client, method);
      const before = server.seen.length;
      const tokens = await connect(connector, server);
      const [tokenRequest] = server.seen
        .slice(before)
        .filter((request) => request.url === `${server.issuer}/token`);
      expect(tokenRequest?.authScheme).toBe(authScheme);
      expect(tokenRequest?.formFields.sort()).toEqual(
        ['code', 'code_verifier', 'grant_type', 'redirect_uri', ...credentialFields].sort(),
      );
      expect(tokens.accessToken).toEqual(expect.any(String));
      expect(tokens.refreshToken).toEqual(expect.any(String));
      expect(tokens.scope).toEqual(['openid', 'offline_access']);
      expect(jwtPayload(tokens.idToken)).toMatchObject({
        iss: server.issuer,
        aud: client.clientId,
      });
      const refreshed = await connector.refresh(tokens);
      expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    },
  );

  it.each([
    ['client_secret_basic', CLIENTS.basic],
    ['client_secret_post', CLIENTS.post],
  ] as const)(
    '%s with a wrong secret: invalid_client with the server error and description',
    async (method, client) => {
      const authorized = await authorize(app(client, method), server);
      const wrong = app({ clientId: client.clientId, clientSecret: 'not-the-secret' }, method);
      const error = await exchange(wrong, authorized).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AuthError);
      expect(error).toMatchObject({
        code: ErrorCodes.invalidClient,
        oauthError: 'invalid_client',
        description: 'client authentication failed',
        reconnect: false,
      });
      expect(JSON.stringify(error)).not.toContain('not-the-secret');
    },
  );
});

describe('PKCE and codes against oidc-provider', () => {
  it('a wrong verifier is refused with invalid_grant', async () => {
    const connector = app(CLIENTS.public, 'none');
    const authorized = await authorize(connector, server);
    const error = await exchange(connector, {
      ...authorized,
      codeVerifier: 'a'.repeat(43),
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ErrorCodes.invalidGrant, oauthError: 'invalid_grant' });
  });

  it('a public client without PKCE is refused at the authorization endpoint', async () => {
    const connector = app(CLIENTS.public, 'none', { pkce: false });
    const authorized = await authorize(connector, server);
    expect(authorized.url.searchParams.has('code_challenge')).toBe(false);
    const error = await exchange(connector, authorized).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: ErrorCodes.authorizationDenied,
      oauthError: 'invalid_request',
    });
  });

  it('a replayed code is refused with invalid_grant', async () => {
    const connector = app(CLIENTS.basic, 'client_secret_basic');
    const authorized = await authorize(connector, server);
    await exchange(connector, authorized);
    const error = await exchange(connector, authorized).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ErrorCodes.invalidGrant, oauthError: 'invalid_grant' });
  });
});
