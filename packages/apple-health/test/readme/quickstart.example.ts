import { createAppleHealthClient } from '@fitlink/apple-health';
import {
  APPLE_HEALTH_SANDBOX_KEY,
  createAppleHealthFake,
  createAppleHealthPhone,
  lookupAppleHealthSandboxKey,
} from '@fitlink/apple-health/testing';

// The app's side: an ingest endpoint that checks the user's key and keeps what arrives.
const client = createAppleHealthClient({ lookup: lookupAppleHealthSandboxKey });

// The phone's side: the sandbox plays Health Auto Export (an imperial phone: mi, kcal, lb),
// POSTing straight to the handler here; in production the handler is mounted at a URL.
const phone = createAppleHealthPhone({
  url: 'https://your.app/ingest/apple-health',
  key: APPLE_HEALTH_SANDBOX_KEY,
  fetch: async (input, init) => client.handler(new Request(input, init)),
});
const now = Date.parse('2026-11-20T12:00:00Z');
const answer = await phone.send(createAppleHealthFake({ now, days: 3, units: 'imperial' }));
console.log(answer.status, await answer.json());

for await (const activity of client.listActivities({ until: new Date(now) })) {
  console.log(activity.sport, activity.elapsedSeconds, activity.distanceMetres);
}
for await (const day of client.listDailySummaries({ until: new Date(now) })) {
  console.log(day.date, day.steps, day.restingHeartRateBpm);
}
