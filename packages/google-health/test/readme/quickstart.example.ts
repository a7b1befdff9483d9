import { createMemoryTokenStore } from '@fitlink/core';
import { createGoogleHealthApp, createGoogleHealthClient } from '@fitlink/google-health';
import { googleHealthSandboxPlugin } from '@fitlink/google-health/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox plays accounts.google.com, oauth2.googleapis.com and health.googleapis.com.
const sandbox = createSandbox({
  providers: [googleHealthSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') })],
});
const server = await startSandboxServer(sandbox);

const app = createGoogleHealthApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: server.fetch,
});
// PKCE S256 and state; keep state, codeVerifier and scopes in the user's session.
const { url, state, codeVerifier, scopes } = await app.createAuthorization();
const callback = await followAuthorization(url, server.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state, codeVerifier, scopes }));

const client = createGoogleHealthClient({ app, store, key: 'user-1', fetch: server.fetch });
const { healthUserId, legacyUserId } = await client.users.getIdentity();
console.log(healthUserId, legacyUserId); // 1d4e9c2ab7f04e55 7QXB2K (a former Fitbit user)
const since = new Date('2026-11-17T00:00:00Z');
const until = new Date('2026-11-20T12:00:00Z');
for await (const activity of client.listActivities({ since, until })) {
  console.log(activity.startTime, activity.sport, Math.round(activity.distanceMetres ?? 0));
}
for await (const day of client.listDailySummaries({ since, until })) {
  console.log(day.date, day.steps, day.restingHeartRateBpm); // steps null = watch not worn
}
await server.close();
