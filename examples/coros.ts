/**
 * COROS: connect, list recent workouts, days and nights normalized, then run the push receiver
 * COROS posts new workouts to. Sandbox by default: the sandbox plays COROS and pushes to the
 * receiver on 127.0.0.1 with COROS' `Client`/`Secret` headers (then replays the push, and sends
 * one with a wrong secret). Live when COROS_CLIENT_ID and COROS_CLIENT_SECRET are set (register
 * http://127.0.0.1:8787/callback as the redirect URI); the receiver then listens on
 * COROS_PUSH_PORT (default 8788) for COROS_PUSH_WAIT_SECONDS (default 0): expose it through a
 * tunnel and register its https URL as the push URL.
 */
import {
  type CorosWebhookRecord,
  createCorosApp,
  createCorosClient,
  createCorosWebhookHandler,
} from '@fitlink/coros';
import { corosSandboxPlugin, pushCorosWorkouts } from '@fitlink/coros/testing';
import { startExample } from './shared/example-env.js';
// node:http ⇄ Fetch API, the only server-specific code (Bun, Deno, Workers take the handler as is).
import { type ServedHandler, serveFetch } from './shared/serve-fetch.js';

const ctx = await startExample({
  name: 'COROS',
  plugin: corosSandboxPlugin(),
  clientIdVariable: 'COROS_CLIENT_ID',
  clientSecretVariable: 'COROS_CLIENT_SECRET',
});
const received = new Map<string, CorosWebhookRecord>();
const handler = createCorosWebhookHandler({
  clientId: ctx.clientId,
  clientSecret: ctx.clientSecret,
  deliver: (event) => {
    // Upsert on the idempotency key (a database upsert in a real app): re-sent workouts add nothing.
    for (const record of event.records) received.set(record.idempotencyKey, record);
  },
  onRejected: ({ status, error }) => ctx.log(`push refused ${status}: ${error.code}`),
});
let served: ServedHandler | undefined;
try {
  const app = createCorosApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  const tokens = await ctx.connect(app);
  await ctx.store.set('coros-user', tokens);
  ctx.log(
    `connected: openId ${tokens.providerUserId}, token valid until ${new Date(tokens.expiresAt ?? 0).toISOString()}`,
  );

  const client = createCorosClient({ app, store: ctx.store, key: 'coros-user', fetch: ctx.fetch });
  ctx.log(`bound to the app: ${await client.user.isBound()}`);
  const since = new Date(Date.now() - 7 * 86_400_000);
  for await (const day of client.listDailySummaries({ since })) {
    ctx.log(
      `day ${day.date}: resting HR ${day.restingHeartRateBpm ?? '–'}, HRV ${day.hrvRmssdMs ?? '–'} ms, ${day.steps ?? '–'} steps`,
    );
  }
  for await (const night of client.listSleep({ since })) {
    ctx.log(
      `night ${night.startTime} → ${night.endTime} (${Math.round((night.durationSeconds ?? 0) / 60)} min)`,
    );
  }
  const workouts = await client.activities
    .list({ since, until: new Date() })
    .toArray({ limit: 50 });
  for await (const activity of client.listActivities({ since })) {
    ctx.log(
      `workout ${activity.startTime} ${activity.sport} (${activity.providerSport}) ${Math.round((activity.distanceMetres ?? 0) / 10) / 100} km, id ${activity.externalId}`,
    );
  }

  const port = ctx.live ? Number(ctx.env('COROS_PUSH_PORT') ?? 8788) : 0;
  served = await serveFetch(handler, { port });
  const pushUrl = `${served.origin}/webhooks/coros`;
  ctx.log(`push receiver: ${pushUrl}`);
  if (ctx.live) {
    const waitSeconds = Number(ctx.env('COROS_PUSH_WAIT_SECONDS') ?? 0);
    ctx.log(`waiting ${waitSeconds} s for COROS pushes (expose ${pushUrl} over https)`);
    await new Promise((done) => setTimeout(done, waitSeconds * 1000));
  } else {
    const credentials = { clientId: ctx.clientId, clientSecret: ctx.clientSecret };
    // The sandbox plays COROS: it pushes the workouts, then pushes them again.
    await pushCorosWorkouts({ url: pushUrl, workouts, ...credentials });
    const afterFirst = received.size;
    await pushCorosWorkouts({ url: pushUrl, workouts, ...credentials });
    ctx.log(
      `pushed ${workouts.length} workouts twice: ${afterFirst} stored, ${received.size} after the replay`,
    );
    const [forged] = await pushCorosWorkouts({
      url: pushUrl,
      workouts: workouts.slice(0, 1),
      clientId: ctx.clientId,
      clientSecret: 'not-the-secret',
    });
    ctx.log(`a push with a wrong Secret: ${forged?.status}`);
  }
  for (const record of received.values()) {
    ctx.log(
      `received ${record.idempotencyKey}: ${record.activity.sport} at ${record.activity.startTime}`,
    );
  }
} finally {
  await served?.close();
  await ctx.close();
}
