import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOAuth2App,
  ErrorCodes,
  FitlinkError,
  type OAuth2AppSettings,
  ProviderError,
} from '../../src/index.js';
import { authorize, connect, dropIss, exchange, foreignIss, tokenRequests } from './flow.js';
import { CLIENTS, type InteropServer, REDIRECT_URI, startInteropServer } from './interop-server.js';

let server: InteropServer;
beforeAll(async () => {
  server = await startInteropServer({ issuerPath: '/realms/fitlink' });
});
afterAll(() => server.close());

const metadataUrl = () => `${server.issuer}/.well-known/openid-configuration`;
const metadataRequests = () => server.seen.filter((request) => request.url === metadataUrl());

function app(overrides: Partial<OAuth2AppSettings> = {}) {
  return createOAuth2App({
    provider: 'interop',
    ...CLIENTS.post,
    clientAuthMethod: 'client_secret_post',
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'offline_access'],
    discovery: { issuer: server.issuer },
    fetch: server.fetch,
    ...overrides,
  });
}

describe('discovery against oidc-provider', () => {
  it('reads the endpoints from the metadata once and keeps them for the app', async () => {
    const before = metadataRequests().length;
    const discovering = app();
    expect(metadataRequests().length).toBe(before); // nothing is fetched at creation
    const tokens = await connect(discovering, server);
    const refreshed = await discovering.refresh(tokens);
    await discovering.revoke(refreshed);
    expect(await discovering.discover()).toEqual({
      issuer: server.issuer,
      ...server.endpoints,
    });
    expect(metadataRequests().length).toBe(before + 1);
  });

  it('checks the metadata against the configured issuer before anything else', async () => {
    const before = tokenRequests(server);
    const error = await app({ discovery: { issuer: `${server.issuer}/` } })
      .createAuthorization()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FitlinkError);
    expect(error).toMatchObject({ code: ErrorCodes.discoveryFailed });
    expect((error as Error).message).toContain(`names issuer "${server.issuer}"`);
    expect((error as Error).message).toContain('set discovery.issuer to it exactly');
    expect(tokenRequests(server)).toBe(before);
  });

  it('reports a missing metadata document as a ProviderError with the status', async () => {
    const error = await app({ discovery: { issuer: `${server.origin}/realms/other` } })
      .discover()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      code: ErrorCodes.discoveryFailed,
      status: 404,
      endpoint: 'GET /realms/other/.well-known/openid-configuration',
    });
  });

  it('fetches again after a failed discovery, not before', async () => {
    let failures = 1;
    const flaky: typeof fetch = (input, init) =>
      failures-- > 0 ? Promise.reject(new TypeError('fetch failed')) : server.fetch(input, init);
    const discovering = app({ fetch: flaky });
    await expect(discovering.discover()).rejects.toMatchObject({ code: ErrorCodes.network });
    const before = metadataRequests().length;
    await discovering.discover();
    await discovering.discover();
    expect(metadataRequests().length).toBe(before + 1);
  });

  it('refuses a callback without iss, since the metadata says the server always sends it', async () => {
    const discovering = app();
    const authorized = await authorize(discovering, server, dropIss);
    const before = tokenRequests(server);
    await expect(exchange(discovering, authorized)).rejects.toMatchObject({
      code: ErrorCodes.invalidCallback,
      message: expect.stringContaining('RFC 9207'),
    });
    expect(tokenRequests(server)).toBe(before);
  });

  it('refuses a foreign iss as a mix-up, without advising a configuration change', async () => {
    const discovering = app();
    const authorized = await authorize(discovering, server, foreignIss);
    const error = await exchange(discovering, authorized).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ErrorCodes.issuerMismatch });
    expect((error as Error).message).toContain('do not change the configuration');
  });
});
