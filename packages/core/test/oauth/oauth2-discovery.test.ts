import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createOAuth2App,
  discoverAuthorizationServer,
  ErrorCodes,
  FitlinkError,
  type OAuth2AppSettings,
  type OAuth2Warning,
} from '../../src/index.js';

const issuer = 'https://login.discovery.test/tenant';
const metadata = {
  issuer,
  authorization_endpoint: `${issuer}/authorize`,
  token_endpoint: `${issuer}/token`,
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serveMetadata(path: string, body: Record<string, unknown> = metadata): string[] {
  const seen: string[] = [];
  server.use(
    http.get(`https://login.discovery.test${path}`, ({ request }) => {
      seen.push(request.url);
      return HttpResponse.json(body);
    }),
  );
  return seen;
}

function app(overrides: Partial<OAuth2AppSettings> = {}) {
  return createOAuth2App({
    provider: 'example',
    clientId: 'client-1',
    redirectUri: 'https://app.discovery.test/callback',
    discovery: { issuer },
    ...overrides,
  });
}

describe('discoverAuthorizationServer', () => {
  it('reads RFC 8414 metadata with the well-known path inserted before the issuer path', async () => {
    const seen = serveMetadata('/.well-known/oauth-authorization-server/tenant');
    const found = await discoverAuthorizationServer({
      provider: 'example',
      issuer,
      algorithm: 'oauth2',
    });
    expect(found.token_endpoint).toBe(`${issuer}/token`);
    expect(seen).toEqual([
      'https://login.discovery.test/.well-known/oauth-authorization-server/tenant',
    ]);
  });

  it("keeps the server's spelling of an equivalent issuer (Auth0's trailing slash)", async () => {
    const bare = 'https://login.discovery.test';
    serveMetadata('/.well-known/openid-configuration', { ...metadata, issuer: `${bare}/` });
    const found = await discoverAuthorizationServer({ provider: 'example', issuer: bare });
    expect(found.issuer).toBe(`${bare}/`);
  });

  it('refuses metadata without a token endpoint', async () => {
    serveMetadata('/tenant/.well-known/openid-configuration', { ...metadata, token_endpoint: 1 });
    await expect(
      discoverAuthorizationServer({ provider: 'example', issuer }),
    ).rejects.toMatchObject({
      code: ErrorCodes.discoveryFailed,
      message: expect.stringContaining('token_endpoint'),
    });
  });

  it('refuses a plain-http endpoint in https metadata', async () => {
    serveMetadata('/tenant/.well-known/openid-configuration', {
      ...metadata,
      token_endpoint: 'http://login.discovery.test/tenant/token',
    });
    await expect(
      discoverAuthorizationServer({ provider: 'example', issuer }),
    ).rejects.toMatchObject({ code: ErrorCodes.insecureEndpoint });
  });
});

describe('createOAuth2App with discovery', () => {
  it('needs exactly one of endpoints and discovery', () => {
    const endpoints = {
      authorizationEndpoint: metadata.authorization_endpoint,
      tokenEndpoint: metadata.token_endpoint,
    };
    expect(() => app({ endpoints })).toThrow(FitlinkError);
    const { discovery: _, ...neither } = { ...app().settings };
    expect(() => createOAuth2App(neither)).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
  });

  it('shares one discovery between concurrent calls; a caller that aborts only stops waiting', async () => {
    const seen = serveMetadata('/tenant/.well-known/openid-configuration');
    const discovering = app();
    const controller = new AbortController();
    const waiting = discovering.discover({ signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: ErrorCodes.aborted });
    const [first, second] = await Promise.all([discovering.discover(), discovering.discover()]);
    expect(first).toEqual(second);
    expect(seen).toHaveLength(1);
  });

  it('warns when the metadata lists neither the auth method nor S256', async () => {
    serveMetadata('/tenant/.well-known/openid-configuration', {
      ...metadata,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      code_challenge_methods_supported: ['plain'],
    });
    const warnings: OAuth2Warning[] = [];
    await app({ clientSecret: 's', onWarning: (warning) => warnings.push(warning) }).discover();
    expect(warnings.map((warning) => warning.code)).toEqual([
      'auth_method_not_advertised',
      'pkce_not_advertised',
    ]);
  });
});
