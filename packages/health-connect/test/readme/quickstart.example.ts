import {
  createHealthConnectApp,
  createHealthConnectClient,
  createHealthConnectInbox,
} from '@fitlink/health-connect';
import { healthConnectSandboxPlugin } from '@fitlink/health-connect/testing';

// Your storage of ingest keys: the key id → its hash and whose it is (never the key itself).
const keys = new Map<string, { hash: string; principal: string }>();
const app = createHealthConnectApp<string>({ lookup: async (id) => keys.get(id) });
const issued = await app.issueKey(); // show issued.key to the user once
keys.set(issued.id, { hash: issued.hash, principal: 'user-1' });

const inbox = createHealthConnectInbox(); // your database in a real app
const client = createHealthConnectClient<string>({
  format: 'hc-webhook',
  authenticate: app.authenticate,
  deliver: (batch, { principal }) => {
    const { added, skipped } = inbox.add(batch);
    console.log(principal, batch.format, { added, skipped });
  },
});

// The sandbox plays the HC Webhook app: a week of daily syncs, each re-sending 48 hours.
const phone = healthConnectSandboxPlugin({ now: Date.parse('2026-11-22T12:00:00Z'), days: 7 });
const { statuses } = await phone.push({
  url: 'https://app.example/ingest/health-connect',
  key: issued.key, // sent as `Authorization: Bearer fhc_…`, as the user set it up in the app
  fetch: async (input, init) => client.handler(new Request(input, init)), // in-process
});
console.log(statuses.every((status) => status === 200)); // true

for await (const activity of inbox.listActivities({ since: new Date('2026-11-15T00:00:00Z') })) {
  console.log(activity.startTime, activity.sport, activity.utcOffsetMinutes); // offset: null
}
