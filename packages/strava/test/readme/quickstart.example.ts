import { createMemoryTokenStore } from '@fitlink/core';
import { createStravaApp, createStravaClient } from '@fitlink/strava';
import { stravaSandboxPlugin } from '@fitlink/strava/testing';
import {
  createSandbox,
  followAuthorization,
  SANDBOX_CLIENT,
  SANDBOX_REDIRECT_URI,
} from '@fitlink/testing';
import { setupServer } from 'msw/node';

// The sandbox answers for www.strava.com in-process; leave it out to talk to the real Strava.
const now = Date.parse('2026-11-22T12:00:00Z');
const sandbox = createSandbox({ providers: [stravaSandboxPlugin({ now })] });
const server = setupServer(...sandbox.handlers);
server.listen({ onUnhandledRequest: 'error' });

const app = createStravaApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  scopes: ['read', 'activity:read_all'],
});
const { url, state } = await app.createAuthorization();
const callback = await followAuthorization(url); // in an app: redirect the browser, read the callback
const store = createMemoryTokenStore();
await store.set('athlete-1', await app.exchangeCode({ callback, state }));

const client = createStravaClient({ app, store, key: 'athlete-1' });
const week = { since: new Date(now - 7 * 86_400_000), until: new Date(now) };
for await (const activity of client.listActivities(week)) {
  console.log(activity.startTime, activity.sport, activity.distanceMetres);
}
server.close();
