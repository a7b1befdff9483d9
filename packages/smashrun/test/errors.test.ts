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

  it('names the scope of the refused route from SMASHRUN_ROUTES', () => {
    const read = mapSmashrunError(context(403, 'GET /v1/my/activities/41000011/splits/km', '{}'));
    expect(read?.message).toContain('it needs the read_activity scope');
    const weight = mapSmashrunError(context(403, 'POST /v1/my/body/weight', '{}'));
    expect(weight?.message).toContain('it needs the write_activity scope');
    const edit = mapSmashrunError(context(403, 'DELETE /v1/my/activities/41000011', '{}'));
    expect(edit?.message).toContain('write_activity');
    const unknown = mapSmashrunError(context(403, 'GET /v1/my/goals', '{}'));
    expect(unknown?.message).toBe('smashrun refused GET /v1/my/goals (403)');
  });

  it('leaves other statuses to the default mapping', () => {
    expect(mapSmashrunError(context(404, 'GET /v1/my/activities/1', 'not json'))).toBeUndefined();
  });
});
