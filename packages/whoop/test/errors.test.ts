import { AuthError, ProviderError } from '@fitlink/core';
import { mapWhoopError, mapWhoopTokenError } from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';

const context = (status: number, endpoint: string, body = '') => ({
  provider: 'whoop',
  status,
  endpoint,
  headers: new Headers(),
  body,
  secrets: [],
});

describe('WHOOP error bodies', () => {
  it.each([
    ['GET /developer/v2/cycle/1/recovery', 'read:recovery'],
    ['GET /developer/v2/cycle', 'read:cycles'],
    ['GET /developer/v2/activity/workout/abc', 'read:workout'],
    ['GET /developer/v2/user/measurement/body', 'read:body_measurement'],
  ])('a 403 on %s names %s', (endpoint, scope) => {
    const error = mapWhoopError(context(403, endpoint, '{"message":"Forbidden"}'));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error?.code).toBe('forbidden');
    expect(error?.message).toContain(scope);
  });

  it('leaves other statuses to core', () => {
    expect(mapWhoopError(context(404, 'GET /developer/v2/cycle/1'))).toBeUndefined();
  });

  it.each([
    ['invalid_grant', 'invalid_grant', true],
    ['token_inactive', 'invalid_grant', true],
    ['invalid_client', 'invalid_client', false],
  ])('maps Hydra’s %s to AuthError %s', (oauthError, code, reconnect) => {
    const error = mapWhoopTokenError({
      provider: 'whoop',
      status: 400,
      operation: 'refresh',
      body: JSON.stringify({
        error: oauthError,
        error_description: 'The provided authorization grant is invalid.',
        error_hint: 'The refresh token has already been used.',
        status_code: 400,
      }),
    });
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code, reconnect, oauthError });
    expect((error as AuthError).description).toBe(
      'The provided authorization grant is invalid. The refresh token has already been used.',
    );
  });

  it('leaves unknown or non-JSON bodies to the standard mapping', () => {
    expect(
      mapWhoopTokenError({ provider: 'whoop', status: 500, operation: 'refresh', body: '<html>' }),
    ).toBeUndefined();
    expect(
      mapWhoopTokenError({
        provider: 'whoop',
        status: 400,
        operation: 'exchange',
        body: '{"error":"invalid_scope"}',
      }),
    ).toBeUndefined();
  });
});
