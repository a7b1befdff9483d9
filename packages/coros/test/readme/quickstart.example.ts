import { createMemoryTokenStore } from '@fitlink/core';
import { createCorosApp, createCorosClient, createCorosWebhookHandler } from '@fitlink/coros';
import { corosSandboxPlugin, createCorosPushRequest } from '@fitlink/coros/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox plays open.coros.com on 127.0.0.1.
const plugin = corosSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') });
const server = await startSandboxServer(createSandbox({ providers: [plugin] }));

const app = createCorosApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: server.fetch,
});
const { url, state } = await app.createAuthorization();
const callback = await followAuthorization(url, server.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state })); // keeps the openId

const client = createCorosClient({ app, store, key: 'user-1', fetch: server.fetch });
const week = client.listActivities({
  since: new Date('2026-11-15T00:00:00Z'),
  until: new Date('2026-11-22T12:00:00Z'),
});
for await (const workout of week) {
  console.log(workout.startTime, workout.sport, Math.round(workout.distanceMetres ?? 0)); // metres
}

// The push URL you give COROS: Client/Secret headers checked, then your callback, then the ack.
const handler = createCorosWebhookHandler({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  deliver: (event) => {
    for (const record of event.records) console.log(record.idempotencyKey, record.activity.sport);
  },
});
const pushed = plugin.data.activities.slice(-1).map((workout) => ({ ...workout, labelId: '42' }));
const answer = await handler(
  createCorosPushRequest({ url: 'https://your.app/coros', workouts: pushed }),
);
console.log(answer.status, await answer.json()); // 200 { message: 'ok', result: '0000' }
await server.close();
