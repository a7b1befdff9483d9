import { AuthError, ErrorCodes, ProviderError } from '@fitlink/core';
import { mapSmashrunError } from '@fitlink/smashrun';
import { describe, expect, it } from 'vitest';

const context = (status: number, endpoint: string, body: string) => ({
  provider: 'smashrun',
  status,
  endpoint,
  headers: new Headers(),
  body,
  secrets: ['secret-token'],
});

describe('mapSmashrunError', () => {
  it('maps a 401 body to AuthError unauthorized with the description', () => {
    const error = mapSmashrunError(
      context(
        401,
        'GET /v1/my/userinfo',
        '{"error":"invalid_token","error_description":"expired secret-token"}',
      ),
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: ErrorCodes.unauthorized, oauthError: 'invalid_token' });
    expect((error as AuthError).description).not.toContain('secret-token');
  });

  it('maps a 403 on a write to ProviderError forbidden naming write_activity', () => {
    const error = mapSmashrunError(
      context(403, 'POST /v1/my/activities', '{"Message":"Authorization has been denied"}'),
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: ErrorCodes.forbidden, status: 403 });
    expect(error?.message).toContain('write_activity');
  });

  it('leaves other statuses to the default mapping', () => {
    expect(mapSmashrunError(context(404, 'GET /v1/my/activities/1', 'not json'))).toBeUndefined();
  });
});
