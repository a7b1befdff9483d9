/**
 * Google Health (the Fitbit Web API's successor): connect with PKCE, show the identity (with the
 * legacy Fitbit id), recent days, sleep and workouts, normalized. Sandbox by default; the real
 * API when GOOGLE_HEALTH_CLIENT_ID and GOOGLE_HEALTH_CLIENT_SECRET are set (register
 * http://127.0.0.1:8787/callback on the OAuth client; restricted scopes: add yourself as a test
 * user).
 */
import {
  createGoogleHealthApp,
  createGoogleHealthClient,
  linkFitbitIdentity,
} from '@fitlink/google-health';
import { googleHealthSandboxPlugin } from '@fitlink/google-health/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'Google Health',
  plugin: googleHealthSandboxPlugin(),
  clientIdVariable: 'GOOGLE_HEALTH_CLIENT_ID',
  clientSecretVariable: 'GOOGLE_HEALTH_CLIENT_SECRET',
});
try {
  const app = createGoogleHealthApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  const { url, state, codeVerifier, scopes } = await app.createAuthorization();
  const tokens = await app.exchangeCode({
    callback: await ctx.authorize(url),
    state,
    codeVerifier,
    scopes,
  });
  await ctx.store.set('google-health-user', tokens);
  ctx.log(
    `connected: ${tokens.scope?.length ?? 0} scopes, refresh token ${tokens.refreshToken ? 'yes' : 'no'}`,
  );

  const client = createGoogleHealthClient({
    app,
    store: ctx.store,
    key: 'google-health-user',
    fetch: ctx.fetch,
  });
  const link = await linkFitbitIdentity({ users: client.users });
  ctx.log(`identity: ${link.healthUserId} (legacy Fitbit id ${link.legacyUserId ?? '–'})`);

  const since = new Date(Date.now() - 4 * 86_400_000);
  for await (const day of client.listDailySummaries({ since })) {
    ctx.log(
      `day ${day.date}: steps ${day.steps ?? '– (not worn)'}, resting HR ${day.restingHeartRateBpm ?? '–'}, HRV ${day.hrvRmssdMs ?? '–'} ms`,
    );
  }
  for await (const sleep of client.listSleep({ since })) {
    const hours = ((sleep.asleepSeconds ?? 0) / 3600).toFixed(1);
    ctx.log(`sleep ${sleep.startTime}: ${hours} h asleep, deep ${sleep.deepSeconds ?? '–'} s`);
  }
  for await (const activity of client.listActivities({ since })) {
    const minutes = Math.round((activity.elapsedSeconds ?? 0) / 60);
    ctx.log(
      `workout ${activity.startTime} ${activity.sport} (${activity.providerSport}) ${minutes} min, ${activity.energyKcal ?? '–'} kcal`,
    );
  }
} finally {
  await ctx.close();
}
