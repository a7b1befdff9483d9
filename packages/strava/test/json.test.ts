import { mapStravaError, mapStravaTokenError, parseStravaJson } from '@fitlink/strava';
import { stravaFaultFixtures, stravaJson } from '@fitlink/strava/testing';
import { describe, expect, it } from 'vitest';

describe('parseStravaJson', () => {
  it.each([
    ['{"id":1234567890987654321}', { id: '1234567890987654321' }],
    ['{"id":9007199254740991}', { id: 9007199254740991 }],
    ['{"id":-9007199254740993,"x":1.5e300}', { id: '-9007199254740993', x: 1.5e300 }],
    [
      '{"name":"12345678901234567890","n":[18014398509482993]}',
      { name: '12345678901234567890', n: ['18014398509482993'] },
    ],
    ['{"s":"a\\"1234567890123456789","id":1}', { s: 'a"1234567890123456789', id: 1 }],
  ])('%s', (text, expected) => {
    expect(parseStravaJson(text)).toEqual(expected);
  });

  it('round-trips the sandbox serializer', () => {
    expect(parseStravaJson(stravaJson({ id: 2n ** 60n }))).toEqual({ id: String(2n ** 60n) });
  });
});

describe('Strava error bodies', () => {
  const token = (body: unknown, operation: 'refresh' | 'exchange' = 'refresh') =>
    mapStravaTokenError({ provider: 'strava', status: 400, body: JSON.stringify(body), operation });

  it.each([
    ['refreshTokenInvalid', 'invalid_grant', true],
    ['authorizationCodeExpired', 'invalid_grant', true],
    ['badClient', 'invalid_client', false],
  ] as const)('%s → AuthError %s', (name, code, reconnect) => {
    expect(token(stravaFaultFixtures[name])).toMatchObject({ name: 'AuthError', code, reconnect });
  });

  it('leaves RFC 6749 bodies to the standard mapping', () => {
    expect(token({ error: 'invalid_grant' })).toBeUndefined();
  });

  it('maps a missing activity:read_permission to missing_scope', () => {
    const error = mapStravaError({
      provider: 'strava',
      status: 401,
      endpoint: 'GET /api/v3/athlete/activities',
      headers: new Headers(),
      body: JSON.stringify(stravaFaultFixtures.missingActivityRead),
      secrets: [],
    });
    expect(error).toMatchObject({
      name: 'AuthError',
      code: 'missing_scope',
      message: expect.stringContaining('activity:read scope'),
    });
  });
});
