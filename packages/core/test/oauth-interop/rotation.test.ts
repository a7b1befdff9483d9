import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, createOAuth2App, ErrorCodes } from '../../src/index.js';
import { connect } from './flow.js';
import { CLIENTS, type InteropServer, REDIRECT_URI, startInteropServer } from './interop-server.js';

let server: InteropServer;
beforeAll(async () => {
  server = await startInteropServer({ issuerPath: '/realms/fitlink' });
});
afterAll(() => server.close());

const app = () =>
  createOAuth2App({
    provider: 'interop',
    ...CLIENTS.public,
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'offline_access'],
    discovery: { issuer: server.issuer },
    fetch: server.fetch,
  });

describe('refresh token rotation against oidc-provider', () => {
  it('rotates on every refresh; reusing a spent token revokes the whole grant', async () => {
    const connector = app();
    const first = await connect(connector, server);
    const second = await connector.refresh(first);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.authorizedAt).toBe(first.authorizedAt);

    const reuse = await connector.refresh(first).catch((caught: unknown) => caught);
    expect(reuse).toBeInstanceOf(AuthError);
    expect(reuse).toMatchObject({
      code: ErrorCodes.invalidGrant,
      oauthError: 'invalid_grant',
      reconnect: true,
    });
    // Reuse detection: the newest token died with the grant, so the user must reconnect.
    await expect(connector.refresh(second)).rejects.toMatchObject({
      code: ErrorCodes.invalidGrant,
      reconnect: true,
    });
    expect(JSON.stringify(reuse)).not.toContain(first.refreshToken);
  });

  it('a revoked refresh token can no longer be used', async () => {
    const connector = app();
    const tokens = await connect(connector, server);
    await connector.revoke(tokens);
    await expect(connector.refresh(tokens)).rejects.toMatchObject({
      code: ErrorCodes.invalidGrant,
    });
  });
});
