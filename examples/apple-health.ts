/**
 * Apple Health through Health Auto Export: a receiver a phone can be pointed at. It serves the
 * ingest handler over node:http, creates the user's key, and prints each batch as it arrives,
 * normalized (workouts, sleep, days).
 *
 * Sandbox (default): the receiver listens on 127.0.0.1 and the sandbox plays the iPhone app,
 * POSTing with the app's headers: a metric phone (km, kJ), the same period again (a replay adds
 * nothing), an imperial phone (mi, kcal: the same SI values), then a wrong key and a broken
 * body, both refused.
 *
 * Live: `APPLE_HEALTH_INGEST_PORT=8787 pnpm example apple-health` listens on 0.0.0.0:8787, prints
 * the header to add to the automation and the deep link, and receives until Ctrl-C. Point the
 * REST API automation (JSON, Export Version 2) at http://<this machine's LAN address>:8787/ingest/apple-health.
 */
import {
  type AppleHealthWebhookEvent,
  createAppleHealthApp,
  createAppleHealthClient,
} from '@fitlink/apple-health';
import {
  APPLE_HEALTH_SANDBOX_KEY,
  createAppleHealthFake,
  createAppleHealthPhone,
  lookupAppleHealthSandboxKey,
} from '@fitlink/apple-health/testing';
import type { IngestHandler, StoredIngestKey } from '@fitlink/core';
// node:http ⇄ Fetch API, the only server-specific code: shared/serve-fetch.ts.
import { serveFetch } from './shared/serve-fetch.js';

/** Serves the ingest handler; `host` 0.0.0.0 lets a phone on the LAN reach it. */
async function serve(handler: IngestHandler, port: number, host: string) {
  const served = await serveFetch(handler, { port, host });
  return {
    url: `${served.origin}/ingest/apple-health`,
    port: new URL(served.origin).port,
    close: served.close,
  };
}

const livePort = process.env.APPLE_HEALTH_INGEST_PORT;
const live = livePort !== undefined && livePort !== '';

// The key: the sandbox's fixed one, or a new one (store id + hash, show the header once).
let lookup: (id: string) => Promise<StoredIngestKey<string> | null>;
if (live) {
  const app = createAppleHealthApp();
  const key = await app.createIngestKey();
  lookup = async (id) => (id === key.id ? { hash: key.hash, principal: 'you' } : null);
  console.log(`▸ add this header to the automation: ${key.header.name}: ${key.header.value}`);
  console.log(
    `▸ or open on the phone: ${app.automationLink({ url: `http://<LAN address>:${livePort}/ingest/apple-health`, name: 'fitlink' })}`,
  );
} else {
  lookup = lookupAppleHealthSandboxKey;
}

const report = (event: AppleHealthWebhookEvent) => {
  const period = event.automation.period ?? '–';
  console.log(
    `  batch (${period}): ${event.activities.length} workouts, ${event.sleeps.length} sleeps, ${event.metricSamples.length} metric samples${event.unknownMetrics.length > 0 ? `, unknown metrics: ${event.unknownMetrics.join(', ')}` : ''}${event.issues.length > 0 ? `, ${event.issues.length} entries unreadable` : ''}`,
  );
};
const client = createAppleHealthClient({
  lookup,
  onBatch: (event, changes) => {
    report(event);
    console.log(
      `    stored: ${changes.added} new, ${changes.changed} changed, ${changes.unchanged} already there`,
    );
  },
  onRejected: ({ status, error }) => console.log(`  refused ${status}: ${error.code}`),
});
const endpoint = await serve(
  client.handler,
  live ? Number(livePort) : 0,
  live ? '0.0.0.0' : '127.0.0.1',
);
console.log(`▸ receiver listening on ${live ? `0.0.0.0:${endpoint.port}` : endpoint.url}`);

if (live) {
  console.log('  waiting for the phone (Ctrl-C to stop)…');
  process.on('SIGINT', () => {
    void endpoint.close().then(() => process.exit(0));
  });
} else {
  try {
    const now = Date.now();
    const phone = createAppleHealthPhone({ url: endpoint.url, key: APPLE_HEALTH_SANDBOX_KEY });
    const metricPhone = createAppleHealthFake({ now, days: 2, units: 'metric' });
    console.log(`  metric phone → ${(await phone.send(metricPhone)).status}`);
    console.log(`  the same period again → ${(await phone.send(metricPhone)).status}`);
    const imperial = await phone.send(createAppleHealthFake({ now, days: 2, units: 'imperial' }));
    console.log(`  imperial phone, same days → ${imperial.status}`);
    const stranger = createAppleHealthPhone({
      url: endpoint.url,
      key: `${APPLE_HEALTH_SANDBOX_KEY.slice(0, -4)}oops`,
    });
    console.log(`  wrong key → ${(await stranger.send(metricPhone)).status}`);
    console.log(
      `  truncated body → ${(await phone.send(metricPhone, { rawBody: JSON.stringify(metricPhone).slice(0, 300) })).status}`,
    );

    console.log('▸ what arrived, normalized');
    for await (const activity of client.listActivities({})) {
      const km =
        activity.distanceMetres === null ? '–' : (activity.distanceMetres / 1000).toFixed(2);
      console.log(
        `  workout ${activity.startTime} (UTC${(activity.utcOffsetMinutes ?? 0) / 60 >= 0 ? '+' : ''}${(activity.utcOffsetMinutes ?? 0) / 60}) ${activity.sport} ${Math.round((activity.elapsedSeconds ?? 0) / 60)} min, ${km} km, ${Math.round(activity.energyKcal ?? 0)} kcal, HR ${activity.heartRateAvgBpm ?? '–'}`,
      );
    }
    for await (const sleep of client.listSleep({})) {
      console.log(
        `  sleep ${sleep.startTime} ${((sleep.asleepSeconds ?? 0) / 3600).toFixed(2)} h asleep, deep ${Math.round((sleep.deepSeconds ?? 0) / 60)} min`,
      );
    }
    for await (const day of client.listDailySummaries({})) {
      console.log(
        `  day ${day.date}: ${day.steps ?? '–'} steps, resting HR ${day.restingHeartRateBpm ?? '–'}, SpO2 ${day.spo2Percent ?? '–'} %, weight ${day.metrics.weightKilograms ?? '–'} kg`,
      );
    }
  } finally {
    await endpoint.close();
  }
}
