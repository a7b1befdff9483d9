import { createMemoryTokenStore } from '@fitlink/core';
import { createPolarApp, createPolarClient } from '@fitlink/polar';
import { polarSandboxPlugin } from '@fitlink/polar/testing';
import { createSandbox, SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { followAuthorization, startSandboxServer } from '@fitlink/testing/node';

// The sandbox plays auth.polar.com and www.polaraccesslink.com on 127.0.0.1.
const sandbox = createSandbox({
  providers: [polarSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z') })],
});
const server = await startSandboxServer(sandbox);

const app = createPolarApp({
  clientId: SANDBOX_CLIENT.clientId,
  clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  redirectUri: SANDBOX_REDIRECT_URI,
  fetch: server.fetch,
});
const { url, state } = await app.createAuthorization();
const callback = await followAuthorization(url, server.fetch); // the user approves
const store = createMemoryTokenStore();
await store.set('user-1', await app.exchangeCode({ callback, state }));

const client = createPolarClient({ app, store, key: 'user-1', fetch: server.fetch });
const week = client.listActivities({
  since: new Date('2026-11-15T00:00:00Z'),
  until: new Date('2026-11-22T12:00:00Z'),
});
for await (const activity of week) {
  console.log(activity.startTime, activity.sport, activity.elapsedSeconds); // seconds
}
await server.close();
