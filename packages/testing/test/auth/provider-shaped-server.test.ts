import { describe, expect, it } from 'vitest';
import {
  createFakeAuthorizationServer,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '../../src/index.js';
import { useMsw } from '../helpers/msw.js';
import { authorizationUrl, authorizeRedirect, tokenRequest } from '../helpers/oauth.js';

describe('provider-shaped servers', () => {
  const strava = useMsw(() =>
    createFakeAuthorizationServer({
      baseUrl: 'https://www.strava.test/api/v3',
      authorizePath: 'https://www.strava.test/oauth/authorize',
      tokenPath: '/oauth/token',
      scopeSeparator: ',',
      supportedScopes: ['read', 'activity:read_all'],
      users: [
        { id: '1001', name: 'Ada' },
        { id: '1002', name: 'Grace' },
      ],
      scopeInCallback: true,
      errorBody: ({ grantType }) => ({
        message: 'Bad Request',
        errors: [
          grantType === 'refresh_token'
            ? { resource: 'RefreshToken', field: 'refresh_token', code: 'invalid' }
            : { resource: 'AuthorizationCode', field: 'code', code: 'invalid' },
        ],
      }),
      tokenResponseExtras: ({ user, accessTokenExpiresAt }) => ({
        expires_at: Math.floor(accessTokenExpiresAt / 1000),
        athlete: { id: Number(user?.id), firstname: user?.name },
      }),
    }),
  );

  it('uses its endpoints, scope separator, login_hint and response extras', async () => {
    const auth = strava();
    expect(auth.endpoints.token).toBe('https://www.strava.test/api/v3/oauth/token');
    expect(auth.hosts).toEqual(['www.strava.test']);
    const callback = await authorizeRedirect(
      authorizationUrl(auth, SANDBOX_CLIENT, {
        scope: 'read,activity:read_all',
        login_hint: '1002',
      }),
    );
    const response = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: SANDBOX_REDIRECT_URI,
    });
    expect(await response.json()).toMatchObject({
      scope: 'read,activity:read_all',
      expires_at: expect.any(Number),
      athlete: { id: 1002, firstname: 'Grace' },
    });
  });

  it('rejects unknown scopes with invalid_scope', async () => {
    const auth = strava();
    const callback = await authorizeRedirect(
      authorizationUrl(auth, SANDBOX_CLIENT, { scope: 'read,profile:write' }),
    );
    expect(callback.searchParams.get('error')).toBe('invalid_scope');
  });

  it('shapes error bodies with errorBody and reports unticked scopes in the callback', async () => {
    const auth = strava();
    auth.knobs.declinedScopes = ['activity:read_all'];
    const callback = await authorizeRedirect(
      authorizationUrl(auth, SANDBOX_CLIENT, { scope: 'read,activity:read_all' }),
    );
    expect(callback.searchParams.get('scope')).toBe('read');
    const response = await tokenRequest(auth, SANDBOX_CLIENT, {
      grant_type: 'refresh_token',
      refresh_token: 'not-a-refresh-token',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: 'Bad Request',
      errors: [{ resource: 'RefreshToken', field: 'refresh_token', code: 'invalid' }],
    });
    expect(auth.stats.invalidGrantCount).toBe(1);
  });
});
