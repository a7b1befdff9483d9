import { createMemoryTokenStore } from '@fitlink/core';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';
import { createTrainingPeaksApp, createTrainingPeaksClient } from '@fitlink/trainingpeaks';
import { trainingpeaksSandboxPlugin } from '@fitlink/trainingpeaks/testing';

// The sandbox serves oauth.sandbox.trainingpeaks.com and api.sandbox.trainingpeaks.com locally.
const now = Date.parse('2026-11-15T18:00:00Z');
const sandbox = await startSandboxServer(
  createSandbox({ providers: [trainingpeaksSandboxPlugin({ now })] }),
);

const app = createTrainingPeaksApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  environment: 'sandbox', // 'production' once TrainingPeaks promotes your credentials
  fetch: sandbox.fetch,
});

// Send the user to `url`; the sandbox's consent screen approves at once.
const { url, state } = await app.createAuthorization();
const callback = await followAuthorization(url, sandbox.fetch);
const store = createMemoryTokenStore();
await store.set('athlete-1', await app.exchangeCode({ callback, state }));

const client = createTrainingPeaksClient({
  app,
  store,
  key: 'athlete-1',
  userAgent: 'MyTrainingApp/1.0', // TrainingPeaks requires <app>/<version>
  fetch: sandbox.fetch,
});
const week = { since: new Date(now - 7 * 86_400_000), until: new Date(now) };
for await (const activity of client.listActivities(week)) {
  console.log(activity.sport, activity.startTime, activity.elapsedSeconds, activity.metrics.tss);
}
for await (const day of client.listDailySummaries(week)) {
  console.log(day.date, day.restingHeartRateBpm, day.hrvRmssdMs, day.metrics.sleepHours);
}
await sandbox.close();
