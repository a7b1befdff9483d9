import { ErrorCodes, ProviderError } from '@fitlink/core';
import {
  isStravaApplicationInactive,
  mapStravaError,
  mapStravaTokenError,
  parseStravaFault,
  STRAVA_API_SETTINGS_URL,
  StravaApplicationInactiveError,
} from '@fitlink/strava';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

// Strava's answer to every call of a developer app whose owner's subscription lapsed
// (stravalib/stravalib#730, dreeveapp/dreeve#2562).
const INACTIVE = JSON.stringify({
  message: 'Forbidden',
  errors: [{ resource: 'Application', field: 'Status', code: 'Inactive' }],
});

describe('403 Application Status Inactive (a lapsed developer app)', () => {
  const context = useStravaSandbox();

  it('is a StravaApplicationInactiveError that says what to do, with no refresh and the tokens kept', async () => {
    const { connect, plugin, store } = context;
    const tokens = await connect();
    plugin.knobs.applicationInactive = true;
    const error = await context
      .client()
      .athlete.get()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StravaApplicationInactiveError);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      name: 'StravaApplicationInactiveError',
      code: ErrorCodes.forbidden,
      provider: 'strava',
      status: 403,
      endpoint: expect.stringMatching(/^GET \S*\/athlete$/),
      settingsUrl: STRAVA_API_SETTINGS_URL,
    });
    const { message } = error as Error;
    expect(message).toContain('subscription');
    expect(message).toContain(STRAVA_API_SETTINGS_URL);
    expect(message).toContain('do not disconnect');
    expect(message).not.toContain(tokens.accessToken);
    expect((error as StravaApplicationInactiveError).toJSON()).toMatchObject({
      name: 'StravaApplicationInactiveError',
      settingsUrl: STRAVA_API_SETTINGS_URL,
    });
    // Not an athlete's problem: nothing refreshed, the connection untouched.
    expect(plugin.auth.stats.refreshRequests).toBe(0);
    expect(await store.get('athlete-1')).toEqual(tokens);

    // Once the owner reactivates the app, the same connection works again.
    plugin.knobs.applicationInactive = false;
    await expect(context.client().athlete.get()).resolves.toMatchObject({ id: 12345678 });
  });

  it('stops the normalized lists too', async () => {
    const { connect, plugin } = context;
    await connect();
    plugin.knobs.applicationInactive = true;
    await expect(context.client().activities.list().toArray({ limit: 1 })).rejects.toBeInstanceOf(
      StravaApplicationInactiveError,
    );
  });

  it('is told apart from other 403s and 401s, and from a bad client at the token endpoint', () => {
    expect(isStravaApplicationInactive(parseStravaFault(INACTIVE))).toBe(true);
    expect(isStravaApplicationInactive(parseStravaFault('{"message":"Forbidden"}'))).toBe(false);
    const context403 = {
      provider: 'strava',
      status: 403,
      endpoint: 'GET /athlete/activities',
      headers: new Headers(),
      body: INACTIVE,
      secrets: [],
    };
    expect(mapStravaError(context403)).toBeInstanceOf(StravaApplicationInactiveError);
    const other = JSON.stringify({
      message: 'Forbidden',
      errors: [{ resource: 'Activity', field: 'id', code: 'forbidden' }],
    });
    expect(mapStravaError({ ...context403, body: other })).toBeUndefined();
    // The token endpoint answers refreshes of an inactive app (Strava's refresh keeps working);
    // should it ever refuse one this way, it is not a wrong client id or secret.
    const token = mapStravaTokenError({
      provider: 'strava',
      status: 403,
      body: INACTIVE,
      operation: 'refresh',
    });
    expect(token).toBeInstanceOf(StravaApplicationInactiveError);
    expect(token).toMatchObject({ code: ErrorCodes.forbidden, endpoint: 'POST /oauth/token' });
    const badClient = JSON.stringify({
      message: 'Bad Request',
      errors: [{ resource: 'Application', field: 'client_id', code: 'invalid' }],
    });
    expect(
      mapStravaTokenError({
        provider: 'strava',
        status: 400,
        body: badClient,
        operation: 'refresh',
      }),
    ).toMatchObject({ name: 'AuthError', code: ErrorCodes.invalidClient });
  });
});
