/**
 * Garmin: connect with OAuth 2 + PKCE, read the stable user id and the permissions, receive
 * pushes and pings on a webhook receiver (Fetch API, served with node:http on 127.0.0.1), fetch
 * the pings' callbacks after answering, and ask for a backfill whose data arrives as pushes.
 *
 * Sandbox by default: the sandbox plays Garmin and POSTs to the receiver, replays a push and
 * sends a request with a wrong `garmin-client-id` (refused). Live when GARMIN_CLIENT_ID and
 * GARMIN_CLIENT_SECRET are set: register http://127.0.0.1:8787/callback as the redirect URI;
 * Garmin can only push to a public URL, so expose the receiver (GARMIN_WEBHOOK_PORT, a tunnel)
 * and set it in Garmin's endpoint tool; the example then waits GARMIN_WAIT_SECONDS (default 60)
 * for what the backfill brings.
 *
 * Run: `pnpm example garmin`.
 */
import {
  createGarminApp,
  createGarminClient,
  createGarminWebhookHandler,
  fetchGarminWebhookChange,
  GarminMissingPermissionError,
  type GarminWebhookEvent,
} from '@fitlink/garmin';
import { createGarminEmitter, garminSandboxPlugin } from '@fitlink/garmin/testing';
import { startExample } from './shared/example-env.js';
// node:http ⇄ Fetch API, the only server-specific code (Bun, Deno, Workers take the handler as is).
import { serveFetch } from './shared/serve-fetch.js';

const plugin = garminSandboxPlugin();
const ctx = await startExample({
  name: 'Garmin',
  plugin,
  clientIdVariable: 'GARMIN_CLIENT_ID',
  clientSecretVariable: 'GARMIN_CLIENT_SECRET',
});
const app = createGarminApp({
  clientId: ctx.clientId,
  clientSecret: ctx.clientSecret,
  redirectUri: ctx.redirectUri,
  fetch: ctx.fetch,
});
const tokens = await ctx.connect(app);
await ctx.store.set('garmin-user', tokens);
const client = createGarminClient({ app, store: ctx.store, key: 'garmin-user', fetch: ctx.fetch });
const userId = await client.user.id();
ctx.log(
  `connected: Garmin user ${userId}, permissions ${(await client.user.permissions()).join(', ')}`,
);

// The receiver: check, validate, hand over, answer 200. Nothing slow happens in the request.
const queue: GarminWebhookEvent[] = [];
const handler = createGarminWebhookHandler({
  clientId: ctx.clientId,
  deliver: ({ events }) => {
    queue.push(...client.records.apply(events));
    ctx.log(
      `received ${events.length} event(s): ${[...new Set(events.map((e) => `${e.kind} ${e.type}`))].join(', ')}`,
    );
  },
  onRejected: ({ status, error }) => ctx.log(`refused ${status}: ${error.code}`),
});
const port = Number(ctx.env('GARMIN_WEBHOOK_PORT') ?? 0);
const served = await serveFetch(handler, { port });
const webhookUrl = `${served.origin}/webhooks/garmin`;
ctx.log(`webhook receiver on ${webhookUrl}`);

try {
  // Backfill: 202 now, pushes later. It needs HISTORICAL_DATA_EXPORT (off by default). 45 days
  // of two types is 90 days of data: within an evaluation key's 100 per minute, so no wait
  // (a longer range waits for the next minute, as Garmin requires).
  const until = new Date();
  const since = new Date(until.getTime() - 45 * 86_400_000);
  try {
    const windows = await client.backfill.request({
      types: ['activities', 'sleeps'],
      since,
      until,
    });
    ctx.log(
      `backfill: ${windows.map((w) => `${w.type} ${w.since.toISOString().slice(0, 10)}…${w.status}`).join('; ')}`,
    );
  } catch (error) {
    if (!(error instanceof GarminMissingPermissionError)) throw error;
    ctx.log(`backfill skipped: ${error.message}`);
  }

  if (ctx.sandbox) {
    const emitter = createGarminEmitter({
      webhookUrl,
      clientId: ctx.clientId,
      data: plugin.data,
      knobs: plugin.knobs,
      fetch: globalThis.fetch,
    });
    await emitter.flushBackfill();
    await emitter.ping('dailies');
    await emitter.push('activities');
    await emitter.replay();
    await emitter.send({ activities: [] }, { headers: { 'garmin-client-id': 'someone-else' } });
  } else {
    const seconds = Number(ctx.env('GARMIN_WAIT_SECONDS') ?? 60);
    ctx.log(`waiting ${seconds} s for Garmin's notifications…`);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }

  // After the 200s: fetch each ping's callback URL verbatim (a job queue in a real app).
  for (const event of queue.splice(0)) {
    if (event.kind === 'ping') {
      for (const push of await fetchGarminWebhookChange(client, event)) client.records.upsert(push);
    }
  }
  ctx.log(`stored ${client.records.size} summaries (replays and updates upserted, not appended)`);
  for await (const activity of client.listActivities({
    since: new Date(until.getTime() - 7 * 86_400_000),
  })) {
    ctx.log(
      `activity ${activity.startTime} ${activity.sport} (${activity.providerSport}) ${Math.round((activity.distanceMetres ?? 0) / 100) / 10} km, offset ${activity.utcOffsetMinutes} min`,
    );
  }
  for await (const night of client.listSleep({
    since: new Date(until.getTime() - 3 * 86_400_000),
  })) {
    ctx.log(
      `sleep ${night.startTime}: ${Math.round((night.asleepSeconds ?? 0) / 60)} min asleep, ${String(night.metrics.validation)}`,
    );
  }
  for await (const day of client.listDailySummaries({
    since: new Date(until.getTime() - 3 * 86_400_000),
  })) {
    ctx.log(
      `day ${day.date}: ${day.steps} steps, resting HR ${day.restingHeartRateBpm}, stress ${String(day.metrics.stressAvg ?? '–')}`,
    );
  }
} finally {
  await served.close();
  await ctx.close();
}
