import { createMemoryTokenStore } from '@fitlink/core';
import { createOuraApp, createOuraClient } from '@fitlink/oura';
import { ouraSandboxPlugin } from '@fitlink/oura/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox serves Oura's real hosts (moi.ouraring.com, api.ouraring.com) on 127.0.0.1;
// `sandbox.fetch` routes them there. Against Oura itself, drop it and use your portal's app.
const plugin = ouraSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
const sandbox = await startSandboxServer(createSandbox({ providers: [plugin] }));

const app = createOuraApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: sandbox.fetch,
});
// Discovery runs once, before any code exists; the code is then sent to that endpoint only.
const { url, state, codeVerifier, scopes } = await app.createAuthorization();
const callback = await followAuthorization(url, sandbox.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state, codeVerifier, scopes }));

const client = createOuraClient({ app, store, key: 'user-1', fetch: sandbox.fetch });
const range = { since: new Date('2026-11-17T00:00:00Z'), until: new Date('2026-11-20T00:00:00Z') };
for await (const day of client.listDailySummaries(range)) {
  console.log(day.date, day.readinessScore, day.steps);
}
for await (const activity of client.listActivities(range)) {
  console.log(activity.sport, activity.elapsedSeconds, activity.energyKcal);
}
await sandbox.close();
