import { AuthError, createMemoryTokenStore } from '@fitlink/core';
import {
  createGoogleHealthClient,
  FITBIT_SHUTDOWN_DATE,
  FitbitShutdownError,
  isFitbitShutdownError,
  linkFitbitIdentity,
  withFitbitShutdown,
} from '@fitlink/google-health';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, googleHealthApp, googleHealthPlugin } from './helpers.js';

// A stored legacy Fitbit token (a JWT-shaped string), never a real one.
const FITBIT_ACCESS_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJGaXRiaXQifQ.fitbit-legacy-signature';

describe('the Fitbit shutdown (410 since 2026-11-02)', () => {
  const sandbox = useSandbox(() => [googleHealthPlugin()]);

  it('a stored Fitbit token meeting the Fitbit API’s 410 gives the typed reconnect error, without the token', async () => {
    const fitbitFetch = withFitbitShutdown(fetch);
    const error = await fitbitFetch(
      'https://api.fitbit.com/1/user/-/activities/list.json?limit=20',
      {
        headers: { authorization: `Bearer ${FITBIT_ACCESS_TOKEN}` },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FitbitShutdownError);
    expect(error).toBeInstanceOf(AuthError);
    expect(isFitbitShutdownError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'invalid_grant',
      reconnect: true,
      shutdownDate: FITBIT_SHUTDOWN_DATE,
      endpoint: 'GET /1/user/-/activities/list.json',
    });
    expect(JSON.stringify((error as FitbitShutdownError).toJSON())).not.toContain(
      FITBIT_ACCESS_TOKEN,
    );
    expect(String((error as Error).message)).not.toContain(FITBIT_ACCESS_TOKEN);
  });

  it('a refresh of a stored Fitbit token at Fitbit’s token endpoint gives the typed error too', async () => {
    const fitbitFetch = withFitbitShutdown(fetch);
    await expect(
      fitbitFetch('https://api.fitbit.com/oauth2/token', {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'fitbit-refresh' }),
      }),
    ).rejects.toBeInstanceOf(FitbitShutdownError);
  });

  it('a client pointed at the Fitbit host with a Fitbit token maps the 410 the same way', async () => {
    const store = createMemoryTokenStore();
    await store.set('legacy', {
      accessToken: FITBIT_ACCESS_TOKEN,
      expiresAt: Date.now() + 3_600_000,
    });
    const client = createGoogleHealthClient({
      app: googleHealthApp(),
      store,
      key: 'legacy',
      baseUrl: 'https://api.fitbit.com/1/',
    });
    const error = await client.users.getIdentity().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FitbitShutdownError);
    expect(JSON.stringify((error as FitbitShutdownError).toJSON())).not.toContain(
      FITBIT_ACCESS_TOKEN,
    );
  });

  it('other hosts’ answers pass through untouched', async () => {
    const { issued } = await connect(sandbox.plugin);
    const response = await withFitbitShutdown(fetch)(
      'https://health.googleapis.com/v4/users/me/identity',
      {
        headers: { authorization: `Bearer ${issued.accessToken}` },
      },
    );
    expect(response.status).toBe(200);
  });

  it('links the legacy Fitbit user id to the Google Health identity', async () => {
    const { client } = await connect(sandbox.plugin);
    await expect(
      linkFitbitIdentity({ users: client.users, legacyUserId: '7QXB2K' }),
    ).resolves.toEqual({
      healthUserId: '1d4e9c2ab7f04e55',
      legacyUserId: '7QXB2K',
      matches: true,
    });
    await expect(
      linkFitbitIdentity({ users: client.users, legacyUserId: 'ZZZZZZ' }),
    ).resolves.toMatchObject({
      matches: false,
    });
    await expect(linkFitbitIdentity({ users: client.users })).resolves.toMatchObject({
      matches: null,
    });
  });
});
