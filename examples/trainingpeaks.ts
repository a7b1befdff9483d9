/**
 * TrainingPeaks: connect an athlete, then show the profile and thresholds, the latest workouts
 * normalized, the last week's sleep / resting HR / HRV, and the changed feed. Offline against
 * the fitlink sandbox by default; set TRAININGPEAKS_CLIENT_ID and TRAININGPEAKS_CLIENT_SECRET
 * to run against TrainingPeaks' own sandbox (or production with TRAININGPEAKS_ENVIRONMENT=production).
 *
 * Run: `pnpm example trainingpeaks`
 */
import {
  createTrainingPeaksApp,
  createTrainingPeaksClient,
  mapTrainingPeaksZones,
  TrainingPeaksPremiumRequiredError,
} from '@fitlink/trainingpeaks';
import { trainingpeaksSandboxPlugin } from '@fitlink/trainingpeaks/testing';
import { startExample } from './shared/example-env.js';

const ctx = await startExample({
  name: 'TrainingPeaks',
  plugin: trainingpeaksSandboxPlugin(),
  clientIdVariable: 'TRAININGPEAKS_CLIENT_ID',
  clientSecretVariable: 'TRAININGPEAKS_CLIENT_SECRET',
});

try {
  const environment =
    ctx.live && ctx.env('TRAININGPEAKS_ENVIRONMENT') === 'production' ? 'production' : 'sandbox';
  const app = createTrainingPeaksApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    environment,
    fetch: ctx.fetch,
  });
  const authorization = await app.createAuthorization();
  const callback = await ctx.authorize(authorization.url);
  await ctx.store.set('example', await app.exchangeCode({ callback, state: authorization.state }));
  const client = createTrainingPeaksClient({
    app,
    store: ctx.store,
    key: 'example',
    userAgent: 'FitlinkExample/1.0',
    fetch: ctx.fetch,
  });

  const profile = await client.getProfile();
  ctx.log(
    `connected (${environment}): ${profile.name} (${profile.externalId}, ${profile.timeZone})`,
  );
  const thresholds = mapTrainingPeaksZones(await client.athlete.zones());
  ctx.log(
    `FTP ${thresholds.ftpWatts ?? '-'} W, threshold HR ${thresholds.thresholdHeartRateBpm ?? '-'} bpm`,
  );

  const now = Date.now();
  const recent = [];
  for await (const activity of client.listActivities({ since: new Date(now - 14 * 86_400_000) })) {
    recent.push(activity);
  }
  for (const activity of recent.slice(-4)) {
    const km = activity.distanceMetres === null ? '-' : (activity.distanceMetres / 1000).toFixed(1);
    const minutes = Math.round((activity.elapsedSeconds ?? 0) / 60);
    ctx.log(
      `${activity.startTime} ${activity.sport.padEnd(8)} ${km} km ${minutes} min TSS ${activity.metrics.tss ?? '-'}`,
    );
  }

  try {
    for await (const day of client.listDailySummaries({ since: new Date(now - 3 * 86_400_000) })) {
      ctx.log(
        `${day.date} sleep ${day.metrics.sleepHours ?? '-'} h, resting HR ${day.restingHeartRateBpm ?? '-'}, HRV ${day.hrvRmssdMs ?? '-'} ms`,
      );
    }
  } catch (error) {
    if (!(error instanceof TrainingPeaksPremiumRequiredError)) throw error;
    ctx.log('metrics need a premium athlete');
  }

  const feed = client.workouts.changed({ since: new Date(now - 7 * 86_400_000) });
  let modified = 0;
  let deleted = 0;
  for await (const change of feed) change.type === 'modified' ? modified++ : deleted++;
  ctx.log(`changed in 7 days: ${modified} modified, ${deleted} deleted`);
} finally {
  await ctx.close();
}
