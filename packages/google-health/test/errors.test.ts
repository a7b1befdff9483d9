import { AuthError, ProviderError } from '@fitlink/core';
import {
  FitbitShutdownError,
  mapGoogleHealthError,
  mapGoogleHealthTokenError,
} from '@fitlink/google-health';
import { describe, expect, it } from 'vitest';

const context = (status: number, endpoint: string, body: unknown) => ({
  provider: 'google-health',
  status,
  endpoint,
  headers: new Headers(),
  body: JSON.stringify(body),
  secrets: ['ya29.secret-access-token'],
});

describe('mapGoogleHealthError', () => {
  it('410 (a Fitbit URL or token) → FitbitShutdownError', () => {
    const error = mapGoogleHealthError(context(410, 'GET /1/user/-/profile.json', { errors: [] }));
    expect(error).toBeInstanceOf(FitbitShutdownError);
    expect(error).toMatchObject({ code: 'invalid_grant', reconnect: true });
  });

  it('401 UNAUTHENTICATED → AuthError unauthorized with Google’s status', () => {
    const error = mapGoogleHealthError(
      context(401, 'GET /v4/users/me/identity', {
        error: {
          code: 401,
          message: 'Request had invalid authentication credentials.',
          status: 'UNAUTHENTICATED',
        },
      }),
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'unauthorized', oauthError: 'UNAUTHENTICATED' });
  });

  it('403 PERMISSION_DENIED names the data type’s scope, on both channels', () => {
    for (const channel of ['v4', 'v4beta']) {
      const error = mapGoogleHealthError(
        context(403, `GET /${channel}/users/me/dataTypes/sleep/dataPoints`, {
          error: { code: 403, message: 'insufficient scopes', status: 'PERMISSION_DENIED' },
        }),
      );
      expect(error).toBeInstanceOf(ProviderError);
      expect(error?.message).toContain('googlehealth.sleep.readonly');
      expect(error?.message).toContain('PERMISSION_DENIED');
    }
  });

  it('leaves other statuses to core', () => {
    expect(mapGoogleHealthError(context(500, 'GET /v4/users/me/identity', {}))).toBeUndefined();
  });
});

describe('mapGoogleHealthTokenError', () => {
  it('a 410 from a (Fitbit) token endpoint → FitbitShutdownError; RFC bodies → core', () => {
    expect(
      mapGoogleHealthTokenError({
        provider: 'google-health',
        status: 410,
        body: '',
        operation: 'refresh',
      }),
    ).toBeInstanceOf(FitbitShutdownError);
    expect(
      mapGoogleHealthTokenError({
        provider: 'google-health',
        status: 400,
        body: '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
        operation: 'refresh',
      }),
    ).toBeUndefined();
  });
});
