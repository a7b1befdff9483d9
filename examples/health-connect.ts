/**
 * Health Connect: a webhook receiver a phone's exporter app (HC Webhook) can be pointed at.
 * It issues an ingest key, serves the Fetch-API ingest handler with node:http, stores what
 * arrives once per idempotency key, and prints the normalized workouts, nights and days.
 *
 * Sandbox (default): the sandbox plays the phone and pushes a week of daily syncs over real
 * HTTP (each batch re-sends 48 hours), then a replay, a wrong key and an oversized body.
 * Real phone: `HEALTH_CONNECT_LISTEN=1 pnpm example health-connect` listens on
 * 0.0.0.0:`HEALTH_CONNECT_PORT` (default 8788) and prints the URL and header to enter in the
 * app (Webhooks → URL, custom header, JSON delivery); Ctrl-C stops it.
 */
import {
  createHealthConnectApp,
  createHealthConnectClient,
  createHealthConnectInbox,
  HEALTH_CONNECT_DEFAULT_INGEST_PATH,
} from '@fitlink/health-connect';
import { healthConnectSandboxPlugin } from '@fitlink/health-connect/testing';
import { loadDotEnv } from './shared/load-env.js';
// node:http ⇄ Fetch API, the only server-specific code; it streams the body, so the handler's
// size limit stops an oversized upload while it arrives.
import { serveFetch } from './shared/serve-fetch.js';

loadDotEnv();
const live = (process.env.HEALTH_CONNECT_LISTEN ?? '') !== '';
const log = (text: string) => console.log(`  ${text}`);

// Keys: id → hash and owner. A real app keeps these in its database.
const keys = new Map<string, { hash: string; principal: string }>();
const app = createHealthConnectApp<string>({ lookup: async (id) => keys.get(id) });
const issued = await app.issueKey();
keys.set(issued.id, { hash: issued.hash, principal: 'user-1' });

const inbox = createHealthConnectInbox();
const client = createHealthConnectClient<string>({
  format: 'hc-webhook',
  authenticate: app.authenticate,
  maxBodyBytes: 1024 * 1024,
  deliver: (batch, { principal }) => {
    // Enqueue quickly in a real app: the phone waits for the answer.
    const { added, skipped } = inbox.add(batch);
    log(
      `batch for ${principal}: ${batch.activities.length} workouts, ${batch.sleep.length} nights, ${batch.dailySummaries.length} days → ${added} new, ${skipped} already stored${batch.unmappedTypes.length ? `; not mapped: ${batch.unmappedTypes.join(', ')}` : ''}`,
    );
  },
  onRejected: ({ status, error }) => log(`rejected ${status}: ${error.code}`),
});

const host = live ? '0.0.0.0' : '127.0.0.1';
const port = live ? Number(process.env.HEALTH_CONNECT_PORT ?? 8788) : 0;
const served = await serveFetch(
  async (request) =>
    new URL(request.url).pathname === HEALTH_CONNECT_DEFAULT_INGEST_PATH
      ? client.handler(request)
      : new Response(null, { status: 404 }),
  { host, port },
);
const address = { port: Number(new URL(served.origin).port) };
const url = `${served.origin}${HEALTH_CONNECT_DEFAULT_INGEST_PATH}`;

console.log(`Health Connect receiver (${live ? 'waiting for a phone' : 'sandbox phone'})`);
if (live) {
  log(
    `URL:    http://<this machine's LAN address>:${address.port}${HEALTH_CONNECT_DEFAULT_INGEST_PATH}`,
  );
  log(`Header: Authorization: Bearer ${issued.key}`);
  log('Delivery format: JSON. Press Ctrl-C to stop.');
} else {
  try {
    const now = Date.now();
    const phone = healthConnectSandboxPlugin({ now, days: 7 });
    const { statuses } = await phone.push({ url, key: issued.key });
    log(`pushed ${statuses.length} daily syncs: ${[...new Set(statuses)].join(', ')}`);

    phone.knobs.replay = true;
    const before = inbox.size();
    await phone.push({ url, key: issued.key, batches: phone.data.batches.slice(-2) });
    log(
      `replayed the last two syncs: ${JSON.stringify(before) === JSON.stringify(inbox.size()) ? 'nothing added' : 'ADDED RECORDS'}`,
    );
    phone.knobs.replay = false;

    const wrong = await phone.push({
      url,
      key: 'fhc_unknown_nope',
      batches: phone.data.batches.slice(-1),
    });
    log(`a wrong key: ${wrong.statuses.join(', ')}`);
    const huge = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${issued.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        timestamp: new Date(now).toISOString(),
        padding: 'x'.repeat(2 * 1024 * 1024),
      }),
    });
    log(`an oversized body: ${huge.status}`);

    const since = new Date(now - 7 * 86_400_000);
    for await (const activity of inbox.listActivities({ since })) {
      const minutes = Math.round((activity.elapsedSeconds ?? 0) / 60);
      log(
        `workout ${activity.startTime} ${activity.sport} (${activity.providerSport}) ${minutes} min, HR ${activity.heartRateAvgBpm ?? '–'}/${activity.heartRateMaxBpm ?? '–'}, ${activity.energyKcal ?? '–'} kcal, offset ${activity.utcOffsetMinutes ?? 'unknown (UTC only)'}`,
      );
    }
    for await (const night of inbox.listSleep({ since })) {
      log(
        `night ${night.startTime}: ${Math.round((night.asleepSeconds ?? 0) / 60)} min asleep, deep ${Math.round((night.deepSeconds ?? 0) / 60)} min`,
      );
    }
    for await (const day of inbox.listDailySummaries({ since })) {
      log(
        `day ${day.date} (UTC): ${day.steps ?? '–'} steps, resting HR ${day.restingHeartRateBpm ?? '–'}, HRV ${day.hrvRmssdMs ?? '–'} ms`,
      );
    }
  } finally {
    await served.close();
  }
}
