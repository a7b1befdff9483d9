import { createMemoryTokenStore } from '@fitlink/core';
import { createPelotonApp, createPelotonClient } from '@fitlink/peloton';
import {
  PELOTON_SANDBOX_PASSWORD,
  PELOTON_SANDBOX_USERNAME,
  pelotonSandboxPlugin,
} from '@fitlink/peloton/testing';
import { createSandbox } from '@fitlink/testing';
import { startSandboxServer } from '@fitlink/testing/node';

// Offline: the sandbox plays auth.onepeloton.com and api.onepeloton.com on 127.0.0.1.
// Against the real API, drop the sandbox and the `fetch` options and use real credentials.
const now = Date.parse('2026-11-22T12:00:00Z');
const sandbox = createSandbox({ providers: [pelotonSandboxPlugin({ now })] });
const loopback = await startSandboxServer(sandbox);

const app = createPelotonApp({ fetch: loopback.fetch });
const store = createMemoryTokenStore();
// The password goes to Peloton's Auth0 once; only the tokens are stored.
const tokens = await app.login({
  username: PELOTON_SANDBOX_USERNAME,
  password: PELOTON_SANDBOX_PASSWORD,
});
await store.set('peloton:member-1', tokens);

const client = createPelotonClient({ app, store, key: 'peloton:member-1', fetch: loopback.fetch });
console.log((await client.getProfile()).name); // Sandy Box
for await (const activity of client.listActivities({ since: new Date(now - 3 * 86_400_000) })) {
  console.log(activity.sport, activity.startTime, activity.utcOffsetMinutes);
}
await loopback.close();
