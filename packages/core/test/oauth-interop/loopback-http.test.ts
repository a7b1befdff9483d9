import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOAuth2App, ErrorCodes, FitlinkError } from '../../src/index.js';
import { connect } from './flow.js';
import { CLIENTS, type InteropServer, REDIRECT_URI, startInteropServer } from './interop-server.js';

let server: InteropServer;
beforeAll(async () => {
  server = await startInteropServer({ issuerPath: '/realms/dev', http: true });
});
afterAll(() => server.close());

const settings = () =>
  ({
    provider: 'interop',
    ...CLIENTS.basic,
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'offline_access'],
    fetch: server.fetch,
  }) as const;

describe('a plain-http development server on loopback', () => {
  it('is refused without the opt-in, before any request', async () => {
    const before = server.seen.length;
    const discovering = createOAuth2App({ ...settings(), discovery: { issuer: server.issuer } });
    const error = await discovering.discover().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FitlinkError);
    expect(error).toMatchObject({
      code: ErrorCodes.insecureEndpoint,
      message: expect.stringContaining('allowHttpLoopback: true'),
    });
    const manual = createOAuth2App({ ...settings(), endpoints: server.endpoints });
    await expect(manual.refresh({ accessToken: 'at', refreshToken: 'rt' })).rejects.toMatchObject({
      code: ErrorCodes.insecureEndpoint,
    });
    expect(server.seen.length).toBe(before);
  });

  it('connects with allowHttpLoopback, with discovery or hand-set endpoints', async () => {
    const discovering = createOAuth2App({
      ...settings(),
      discovery: { issuer: server.issuer },
      allowHttpLoopback: true,
    });
    const refreshed = await discovering.refresh(await connect(discovering, server));
    expect(refreshed.accessToken).toEqual(expect.any(String));
    const manual = createOAuth2App({
      ...settings(),
      endpoints: { ...server.endpoints, issuer: server.issuer },
      allowHttpLoopback: true,
    });
    expect((await manual.refresh(refreshed)).accessToken).toEqual(expect.any(String));
  });
});
