/**
 * Strava: connect an athlete, show the profile, the latest activities normalized and the
 * streams of the newest one. Sandbox by default; the real API when STRAVA_CLIENT_ID and
 * STRAVA_CLIENT_SECRET are set (register http://127.0.0.1:8787 as the callback domain).
 */
import { createStravaApp, createStravaClient } from '@fitlink/strava';
import { stravaSandboxPlugin } from '@fitlink/strava/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'Strava',
  plugin: stravaSandboxPlugin(),
  clientIdVariable: 'STRAVA_CLIENT_ID',
  clientSecretVariable: 'STRAVA_CLIENT_SECRET',
});
try {
  const app = createStravaApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    scopes: ['read', 'profile:read_all', 'activity:read_all'],
    fetch: ctx.fetch,
  });
  const { url, state } = await app.createAuthorization();
  const tokens = await app.exchangeCode({ callback: await ctx.authorize(url), state });
  await ctx.store.set('athlete', tokens);
  ctx.log(`connected athlete ${tokens.providerUserId} with scopes ${tokens.scope?.join(',')}`);

  const client = createStravaClient({ app, store: ctx.store, key: 'athlete', fetch: ctx.fetch });
  const profile = await client.getProfile();
  ctx.log(
    `profile: ${profile.name} (${profile.units ?? 'units unknown'}, ${profile.weightKg ?? '?'} kg)`,
  );

  const since = new Date(Date.now() - 14 * 86_400_000);
  const latest = [];
  for await (const activity of client.listActivities({ since })) latest.push(activity);
  latest.sort((a, b) => b.startTime.localeCompare(a.startTime));
  ctx.log(`${latest.length} activities in the last 14 days; the latest five:`);
  for (const activity of latest.slice(0, 5)) {
    const km =
      activity.distanceMetres === null ? '—' : `${(activity.distanceMetres / 1000).toFixed(1)} km`;
    ctx.log(
      `  ${activity.startTime} ${activity.sport.padEnd(14)} ${km.padStart(8)}  ${activity.name}`,
    );
  }
  const newest = latest[0];
  if (newest) {
    const samples = await client.getSamples(newest.externalId);
    const heartRate = samples.series.heartRateBpm?.filter((value) => value !== null) ?? [];
    ctx.log(
      `streams of ${newest.id}: ${samples.series.offsetsSeconds.length} samples, heart rate ${Math.min(...heartRate)}–${Math.max(...heartRate)} bpm`,
    );
  }
} finally {
  await ctx.close();
}
