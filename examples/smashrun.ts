/**
 * SmashRun: connect a user, then show the profile, the latest runs normalized, this month's
 * stats and one run's splits and route. Offline against the sandbox by default; set
 * SMASHRUN_CLIENT_ID and SMASHRUN_CLIENT_SECRET to run against the real API.
 *
 * Run: `pnpm example smashrun`
 */
import {
  createSmashrunApp,
  createSmashrunClient,
  decodeSmashrunPolyline,
  mapSmashrunActivity,
} from '@fitlink/smashrun';
import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'SmashRun',
  plugin: smashrunSandboxPlugin(),
  clientIdVariable: 'SMASHRUN_CLIENT_ID',
  clientSecretVariable: 'SMASHRUN_CLIENT_SECRET',
});

try {
  const app = createSmashrunApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  const authorization = await app.createAuthorization({ scopes: ['read_activity'] });
  const callback = await ctx.authorize(authorization.url);
  await ctx.store.set('example', await app.exchangeCode({ callback, state: authorization.state }));
  const client = createSmashrunClient({ app, store: ctx.store, key: 'example', fetch: ctx.fetch });

  const profile = await client.getProfile();
  ctx.log(`connected: ${profile.name} (${profile.id}, ${profile.units ?? 'unknown'} units)`);

  const runs = await client.activities.list().toArray({ limit: 3 });
  for (const run of runs) {
    const activity = mapSmashrunActivity(run);
    const km = ((activity.distanceMetres ?? 0) / 1000).toFixed(2);
    ctx.log(
      `${activity.startTime} ${activity.sport} ${km} km in ${Math.round((activity.movingSeconds ?? 0) / 60)} min`,
    );
  }

  const now = new Date();
  const month = await client.stats.get({
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
  });
  ctx.log(
    `this month: ${month.runCount ?? 0} runs, ${month.totalDistance ?? 0} km, pace ${month.averagePace ?? '-'}/km`,
  );

  const outdoor = runs.find((run) => run.hasDetailsGPS === 1);
  if (outdoor) {
    const splits = await client.activities.splits(outdoor.activityId);
    const route = decodeSmashrunPolyline(
      (await client.activities.polyline(outdoor.activityId)) ?? '',
    );
    ctx.log(
      `run ${outdoor.activityId}: ${splits.length} km splits, route of ${route.length} points`,
    );
  }
} finally {
  await ctx.close();
}
