/**
 * A webhook receiver built on the Fetch API (`Request → Response`), served with node:http on
 * 127.0.0.1. The sandbox plays the providers: Strava's subscription handshake and an
 * activity event, a WHOOP workout event signed with HMAC-SHA256 (and a tampered copy that is
 * refused), and a TrainingPeaks post to the secret URL. Each verified WHOOP event is turned
 * into the API call that fetches what changed, against the sandbox.
 *
 * Run: `pnpm example webhook-receiver`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { SANDBOX_CLIENT } from '@fitlink/testing';
import { createWhoopApp, createWhoopClient, fetchWhoopWebhookChange } from '@fitlink/whoop';
import { createWhoopWebhookRequest, whoopSandboxPlugin } from '@fitlink/whoop/testing';
import { startExample } from './shared/example-env.js';
import { createWebhookHandler, type VerifiedEvent } from './webhooks/handler.js';

// node:http ⇄ Fetch API: the only server-specific code.
async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD'
      ? {}
      : { body: new Uint8Array(Buffer.concat(chunks)) }),
  });
}
async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

const ctx = await startExample({
  name: 'Webhook receiver',
  plugin: whoopSandboxPlugin(),
  clientIdVariable: '',
});
const received: VerifiedEvent[] = [];
const secrets = {
  whoopClientSecret: SANDBOX_CLIENT.clientSecret ?? '',
  stravaVerifyToken: 'a-long-random-verify-token',
  stravaSubscriptionId: 120475,
  trainingPeaksUrlToken: 'another-long-random-token',
};
const handle = createWebhookHandler(secrets, (event) => received.push(event));
let origin = '';
const server = createServer((incoming, outgoing) => {
  toRequest(incoming, origin)
    .then(handle)
    .then((response) => send(response, outgoing))
    .catch(() => outgoing.writeHead(500).end());
});
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const address = server.address();
origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
console.log(`▸ receiver listening on ${origin}/webhooks/{strava,whoop,trainingpeaks}`);

try {
  // Strava: the handshake when the subscription is created, then an event.
  const challenge = await fetch(
    `${origin}/webhooks/strava?hub.mode=subscribe&hub.challenge=15f7d1a91c1f40f8&hub.verify_token=${secrets.stravaVerifyToken}`,
  );
  console.log(`  strava handshake → ${challenge.status} ${await challenge.text()}`);
  const wrongToken = await fetch(
    `${origin}/webhooks/strava?hub.mode=subscribe&hub.challenge=x&hub.verify_token=guess`,
  );
  console.log(`  strava handshake with a wrong verify token → ${wrongToken.status}`);
  const stravaEvent = await fetch(`${origin}/webhooks/strava`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      object_type: 'activity',
      object_id: 1360128428,
      aspect_type: 'update',
      updates: { title: 'Morning Ride' },
      owner_id: 134815,
      subscription_id: secrets.stravaSubscriptionId,
      event_time: Math.floor(Date.now() / 1000),
    }),
  });
  console.log(`  strava activity update → ${stravaEvent.status}`);

  // WHOOP: a signed event for a workout the sandbox has, and a tampered copy.
  const app = createWhoopApp({
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    redirectUri: ctx.redirectUri,
    fetch: ctx.fetch,
  });
  await ctx.store.set('whoop-user', await ctx.connect(app));
  const client = createWhoopClient({ app, store: ctx.store, key: 'whoop-user', fetch: ctx.fetch });
  const [latest] = await client.workouts.list({}).toArray({ limit: 1 });
  const whoopEvent = {
    user_id: latest?.user_id ?? 0,
    id: latest?.id ?? '',
    type: 'workout.updated' as const,
    trace_id: 'trace-1',
  };
  const signed = await createWhoopWebhookRequest({
    clientSecret: secrets.whoopClientSecret,
    event: whoopEvent,
    url: `${origin}/webhooks/whoop`,
  });
  const tampered = new Request(signed.clone(), {
    body: (await signed.clone().text()).replace('workout.updated', 'sleep.updated'),
  });
  const good = await fetch(signed);
  const bad = await fetch(tampered);
  console.log(
    `  whoop workout.updated (signed) → ${good.status}; tampered body → ${bad.status} ${await bad.text()}`,
  );

  // TrainingPeaks: posts to the secret URL only.
  const tpBody = JSON.stringify({
    EventType: 'workout.updated',
    AthleteId: 4815162,
    WorkoutId: 900001,
    Timestamp: new Date().toISOString(),
  });
  const tpGood = await fetch(
    `${origin}/webhooks/trainingpeaks?token=${secrets.trainingPeaksUrlToken}`,
    { method: 'POST', body: tpBody },
  );
  const tpBad = await fetch(`${origin}/webhooks/trainingpeaks`, { method: 'POST', body: tpBody });
  console.log(
    `  trainingpeaks post to the secret URL → ${tpGood.status}; without the token → ${tpBad.status}`,
  );

  console.log(
    `▸ ${received.length} verified events: ${received.map((r) => `${r.provider}`).join(', ')}`,
  );
  // After responding: turn each event into the call that fetches what changed.
  for (const verified of received) {
    if (verified.provider !== 'whoop') continue;
    const change = await fetchWhoopWebhookChange(client, verified.event);
    if (change.type === 'workout.updated') {
      const activity = change.normalized;
      console.log(
        `  fetched ${activity.id}: ${activity.sport}, ${activity.startTime}, ${Math.round((activity.elapsedSeconds ?? 0) / 60)} min`,
      );
    }
  }
} finally {
  await new Promise<void>((done) => server.close(() => done()));
  await ctx.close();
}
