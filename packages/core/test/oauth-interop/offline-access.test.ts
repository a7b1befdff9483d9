import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOAuth2App,
  MissingScopeError,
  type OAuth2AppSettings,
  type OAuth2Warning,
} from '../../src/index.js';
import { authorize, exchange } from './flow.js';
import { CLIENTS, type InteropServer, REDIRECT_URI, startInteropServer } from './interop-server.js';

let server: InteropServer;
beforeAll(async () => {
  server = await startInteropServer({ issuerPath: '/realms/fitlink' });
});
afterAll(() => server.close());

function app(overrides: Partial<OAuth2AppSettings> = {}) {
  const warnings: OAuth2Warning[] = [];
  const created = createOAuth2App({
    provider: 'interop',
    ...CLIENTS.basic,
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'offline_access'],
    fetch: server.fetch,
    onWarning: (warning) => warnings.push(warning),
    ...overrides,
  });
  return { app: created, warnings };
}

describe('offline_access against oidc-provider', () => {
  it('adds prompt=consent by default with discovery, and a refresh token comes back', async () => {
    const { app: discovering, warnings } = app({ discovery: { issuer: server.issuer } });
    const authorized = await authorize(discovering, server);
    expect(authorized.url.searchParams.get('prompt')).toBe('consent');
    const tokens = await exchange(discovering, authorized);
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.scope).toContain('offline_access');
    expect(warnings).toEqual([]);
  });

  it('adds consent to a prompt the app already sets', async () => {
    const { app: discovering } = app({
      discovery: { issuer: server.issuer },
      authorizationParams: { prompt: 'login' },
    });
    const authorized = await authorize(discovering, server);
    expect(authorized.url.searchParams.get('prompt')).toBe('login consent');
    expect((await exchange(discovering, authorized)).refreshToken).toEqual(expect.any(String));
  });

  it('warns by default with hand-set endpoints, and shows why: the server drops offline_access', async () => {
    const { app: manual, warnings } = app({
      endpoints: { ...server.endpoints, issuer: server.issuer },
    });
    const authorized = await authorize(manual, server);
    expect(authorized.url.searchParams.has('prompt')).toBe(false);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'offline_access_without_consent', provider: 'interop' }),
    ]);
    // The downgraded grant is refused (missing_scope), with the issued tokens on the error.
    const error = await exchange(manual, authorized).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingScopeError);
    expect(error).toMatchObject({ code: 'missing_scope', missingScopes: ['offline_access'] });
    const tokens = (error as MissingScopeError).tokens;
    expect(tokens?.refreshToken).toBeUndefined();
    expect(tokens?.scope).toEqual(['openid']);
  });

  it('accepts the narrower grant when the app requires only openid', async () => {
    const { app: manual } = app({
      endpoints: { ...server.endpoints, issuer: server.issuer },
      requiredScopes: ['openid'],
    });
    const tokens = await exchange(manual, await authorize(manual, server));
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.scope).toEqual(['openid']);
  });

  it("offlineAccess: 'consent' fixes hand-set endpoints too", async () => {
    const { app: manual } = app({
      endpoints: { ...server.endpoints, issuer: server.issuer },
      offlineAccess: 'consent',
    });
    const tokens = await exchange(manual, await authorize(manual, server));
    expect(tokens.refreshToken).toEqual(expect.any(String));
  });

  it("offlineAccess: 'off' neither changes the URL nor warns", async () => {
    const { app: quiet, warnings } = app({
      discovery: { issuer: server.issuer },
      offlineAccess: 'off',
    });
    const { url } = await quiet.createAuthorization();
    expect(url.searchParams.has('prompt')).toBe(false);
    expect(warnings).toEqual([]);
  });
});
