/**
 * Oura: discover the endpoints, connect, then show the profile, recent days (readiness, steps,
 * HRV), sleep periods and workouts, normalized. Sandbox by default; the real API when
 * OURA_CLIENT_ID and OURA_CLIENT_SECRET are set (register http://127.0.0.1:8787/callback as a
 * redirect URI in the Oura developer portal, exactly).
 */
import { createOuraApp, createOuraClient } from '@fitlink/oura';
import { ouraSandboxPlugin } from '@fitlink/oura/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'Oura',
  plugin: ouraSandboxPlugin(),
  clientIdVariable: 'OURA_CLIENT_ID',
  clientSecretVariable: 'OURA_CLIENT_SECRET',
});
try {
  const app = createOuraApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  // Resolved once, before any code exists: a single-use code is never sent to a guessed endpoint.
  const endpoints = await app.discover();
  ctx.log(`token endpoint: ${endpoints.tokenEndpoint}`);
  const { url, state, codeVerifier, scopes } = await app.createAuthorization();
  const tokens = await app.exchangeCode({
    callback: await ctx.authorize(url),
    state,
    codeVerifier,
    scopes,
  });
  await ctx.store.set('oura-user', tokens);
  ctx.log(`connected: scopes ${tokens.scope?.join(' ')}`);

  const client = createOuraClient({ app, store: ctx.store, key: 'oura-user', fetch: ctx.fetch });
  const profile = await client.getProfile();
  ctx.log(`profile: ${profile.id}, ${profile.heightMetres} m, ${profile.weightKg} kg`);

  const since = new Date(Date.now() - 4 * 86_400_000);
  for await (const day of client.listDailySummaries({ since })) {
    ctx.log(
      `day ${day.date}: readiness ${day.readinessScore ?? '–'}, steps ${day.steps ?? '–'}, HRV ${day.hrvRmssdMs ?? '–'} ms, SpO2 ${day.spo2Percent ?? '–'} %`,
    );
  }
  for await (const sleep of client.listSleep({ since })) {
    const hours = ((sleep.asleepSeconds ?? 0) / 3600).toFixed(1);
    ctx.log(
      `sleep ${sleep.startTime}${sleep.isNap ? ' (nap)' : ''}: ${hours} h asleep, deep ${sleep.deepSeconds ?? '–'} s, lowest HR ${sleep.heartRateLowestBpm ?? '–'}`,
    );
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
