import { createMemoryTokenStore } from '@fitlink/core';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';
import { createWhoopApp, createWhoopClient } from '@fitlink/whoop';
import { whoopSandboxPlugin } from '@fitlink/whoop/testing';

// The sandbox serves WHOOP's real hosts on 127.0.0.1; `sandbox.fetch` routes them there.
// Against WHOOP itself, drop it and use your dashboard's client id, secret and redirect URL.
const plugin = whoopSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
const sandbox = await startSandboxServer(createSandbox({ providers: [plugin] }));

const app = createWhoopApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: sandbox.fetch,
});
const { url, state } = await app.createAuthorization(); // every read scope + offline
const callback = await followAuthorization(url, sandbox.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state }));

const client = createWhoopClient({ app, store, key: 'user-1', fetch: sandbox.fetch });
const since = new Date('2026-11-16T00:00:00Z');
for await (const day of client.listDailySummaries({ since })) {
  console.log(day.date, day.recoveryScore, day.strain);
}
for await (const activity of client.listActivities({ since })) {
  console.log(activity.sport, activity.elapsedSeconds, activity.energyKcal);
}
await sandbox.close();
