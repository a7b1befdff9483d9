import { createMemoryTokenStore } from '@fitlink/core';
import {
  createGarminApp,
  createGarminClient,
  createGarminWebhookHandler,
  fetchGarminWebhookChange,
  type GarminWebhookEvent,
} from '@fitlink/garmin';
import { createGarminEmitter, garminSandboxPlugin } from '@fitlink/garmin/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox plays connect.garmin.com, diauth.garmin.com and apis.garmin.com on 127.0.0.1.
const plugin = garminSandboxPlugin({ now: Date.parse('2026-11-20T12:00:00Z') });
const server = await startSandboxServer(createSandbox({ providers: [plugin] }));

// OAuth 2 with PKCE: no scopes; the user grants permissions on Garmin's consent screen.
const app = createGarminApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: server.fetch,
});
const { url, state, codeVerifier } = await app.createAuthorization();
const callback = await followAuthorization(url, server.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state, codeVerifier }));
const client = createGarminClient({ app, store, key: 'user-1', fetch: server.fetch });
console.log(await client.user.id()); // the stable Garmin user id: key connections by it

// The webhook endpoint (Request → Response): checks garmin-client-id, validates, hands over.
const later: GarminWebhookEvent[] = [];
const webhook = createGarminWebhookHandler({
  clientId: SANDBOX_CLIENT.clientId,
  deliver: ({ events }) => {
    later.push(...client.records.apply(events)); // pushes upserted, pings kept for later
  },
});

// The sandbox plays Garmin's notifications: activities pushed, sleeps pinged.
const emitter = createGarminEmitter({
  webhookUrl: 'https://app.example.com/webhooks/garmin',
  clientId: SANDBOX_CLIENT.clientId,
  data: plugin.data,
  fetch: async (input, init) => webhook(new Request(input, init)),
});
await emitter.push('activities');
await emitter.ping('sleeps');

// After the 200: fetch each ping's callback URL verbatim.
for (const event of later) {
  if (event.kind !== 'ping') continue;
  for (const push of await fetchGarminWebhookChange(client, event)) client.records.upsert(push);
}
const week = { since: new Date('2026-11-13T00:00:00Z'), until: new Date('2026-11-20T12:00:00Z') };
for await (const activity of client.listActivities(week)) {
  console.log(activity.startTime, activity.sport, activity.utcOffsetMinutes);
}
for await (const night of client.listSleep(week)) {
  console.log(night.startTime, night.asleepSeconds, night.metrics.validation);
}
await server.close();
