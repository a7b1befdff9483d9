import { createMemoryTokenStore } from '@fitlink/core';
import { createSmashrunApp, createSmashrunClient } from '@fitlink/smashrun';
import { smashrunSandboxPlugin } from '@fitlink/smashrun/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox plays secure.smashrun.com and api.smashrun.com on 127.0.0.1.
const sandbox = createSandbox({
  providers: [smashrunSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') })],
});
const server = await startSandboxServer(sandbox);

const app = createSmashrunApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: server.fetch,
});
const { url, state } = await app.createAuthorization({ scopes: ['read_activity'] });
const callback = await followAuthorization(url, server.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state }));

const client = createSmashrunClient({ app, store, key: 'user-1', fetch: server.fetch });
const me = await client.user.get();
console.log(me.firstName, me.lastName); // Sandy Box
const week = client.listActivities({
  since: new Date('2026-11-15T00:00:00Z'),
  until: new Date('2026-11-22T12:00:00Z'),
});
for await (const run of week) {
  console.log(run.startTime, run.sport, Math.round(run.distanceMetres ?? 0)); // metres
}
await server.close();
