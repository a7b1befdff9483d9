import { AuthError, ProviderError } from '@fitlink/core';
import { mapOuraError, mapOuraTokenError } from '@fitlink/oura';
import { describe, expect, it } from 'vitest';

const context = (status: number, endpoint: string, body: unknown) => ({
  provider: 'oura',
  status,
  endpoint,
  headers: new Headers(),
  body: JSON.stringify(body),
  secrets: [],
});

describe('mapOuraError', () => {
  it('names the scope of a 403 and the membership that also causes it', () => {
    const error = mapOuraError(
      context(403, 'GET /v2/usercollection/daily_spo2', { detail: 'Forbidden' }),
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error?.message).toContain('spo2Daily scope');
    expect(error?.message).toContain('membership');
  });

  it('keeps a 422’s validation messages', () => {
    const error = mapOuraError(
      context(422, 'GET /v2/usercollection/tag', {
        detail: [
          {
            type: 'value_error',
            loc: ['query', 'start_date'],
            msg: 'Start date must be before end date',
          },
        ],
      }),
    );
    expect(error?.message).toContain('Start date must be before end date');
    expect(
      mapOuraError(
        context(404, 'GET /v2/usercollection/sleep/x', { detail: 'Document not found.' }),
      ),
    ).toBeUndefined();
  });
});

describe('mapOuraTokenError', () => {
  it('a spent refresh token asks for a reconnect; invalid_request names the moi endpoint', () => {
    const spent = mapOuraTokenError({
      provider: 'oura',
      status: 400,
      body: '{"error":"invalid_grant"}',
      operation: 'refresh',
    });
    expect(spent).toBeInstanceOf(AuthError);
    expect(spent).toMatchObject({ code: 'invalid_grant', reconnect: true });
    const legacy = mapOuraTokenError({
      provider: 'oura',
      status: 400,
      body: '{"error":"invalid_request"}',
      operation: 'exchange',
    });
    expect(legacy).toMatchObject({ code: 'invalid_client', reconnect: false });
    expect(legacy?.message).toContain('moi.ouraring.com');
    expect(
      mapOuraTokenError({ provider: 'oura', status: 500, body: 'oops', operation: 'refresh' }),
    ).toBeUndefined();
  });
});
