import { AuthError, ProviderError } from '@fitlink/core';
import {
  GarminActivityFileGoneError,
  GarminMissingPermissionError,
  mapGarminError,
} from '@fitlink/garmin';
import { describe, expect, it } from 'vitest';

const context = (status: number, body: unknown) => ({
  provider: 'garmin',
  status,
  endpoint: 'GET /wellness-api/rest/backfill/activities',
  headers: new Headers(),
  body: typeof body === 'string' ? body : JSON.stringify(body),
  secrets: [],
});

describe('mapGarminError', () => {
  it('reads Garmin’s errorMessage bodies', () => {
    const unauthorized = mapGarminError(context(401, { errorMessage: 'Unable to find token' }));
    expect(unauthorized).toBeInstanceOf(AuthError);
    expect(unauthorized).toMatchObject({
      code: 'unauthorized',
      description: 'Unable to find token',
    });

    const permission = mapGarminError(
      context(403, { errorMessage: 'HISTORICAL_DATA_EXPORT permission required' }),
    );
    expect(permission).toBeInstanceOf(GarminMissingPermissionError);
    expect((permission as GarminMissingPermissionError).missing).toEqual([
      'HISTORICAL_DATA_EXPORT',
    ]);

    expect(mapGarminError(context(412, { errorMessage: 'User withdrew consent' }))).toBeInstanceOf(
      GarminMissingPermissionError,
    );
    const forbidden = mapGarminError(context(403, 'not json'));
    expect(forbidden).toBeInstanceOf(ProviderError);
    expect(forbidden).toMatchObject({ code: 'forbidden', status: 403 });
    expect(mapGarminError(context(410, ''))).toBeInstanceOf(GarminActivityFileGoneError);
    expect(mapGarminError(context(409, { errorMessage: 'duplicate backfill' }))).toBeUndefined();
    expect(mapGarminError(context(500, ''))).toBeUndefined();
  });
});
