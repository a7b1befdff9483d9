/**
 * Garmin in the demo: OAuth 2 with PKCE (the client secret in the token form), then the push.
 * The demo starts a real HTTP endpoint on 127.0.0.1 with `createGarminWebhookHandler`, and the
 * sandbox plays Garmin: it POSTs activities and sleeps as pushes and dailies as pings (callback
 * URLs) with Garmin's `garmin-client-id` header. The pings' callbacks are fetched after the 200,
 * through the client. The returned client lists what arrived. Live, Garmin pushes to the URLs
 * configured in its endpoint tool (a public URL), so the client starts empty.
 */
import {
  createGarminApp,
  createGarminClient,
  createGarminWebhookHandler,
  fetchGarminWebhookChange,
  type GarminWebhookEvent,
} from '@fitlink/garmin';
import {
  createGarminEmitter,
  type GarminSandboxPlugin,
  garminSandboxPlugin,
} from '@fitlink/garmin/testing';
import { codeFlow } from '../../shared/code-flow.js';
import { serveFetch } from '../../shared/serve-fetch.js';
import type { ConnectContext, DemoProvider } from '../providers.js';

/** Serves the webhook handler on 127.0.0.1 until `close`. */
async function serve(handler: (request: Request) => Promise<Response>) {
  const served = await serveFetch(handler);
  return { url: `${served.origin}/webhooks/garmin`, close: served.close };
}

const credentials = (context: ConnectContext) =>
  context.live
    ? {
        clientId: context.env('GARMIN_CLIENT_ID') ?? '',
        clientSecret: context.env('GARMIN_CLIENT_SECRET') ?? '',
      }
    : { clientId: context.clientId, clientSecret: context.clientSecret };

// The plugin the demo's sandbox was built with: its data is what the emitter sends.
let plugin: GarminSandboxPlugin | undefined;

export const garminDemoProvider: DemoProvider = {
  id: 'garmin',
  name: 'Garmin',
  flow: 'OAuth 2 + PKCE (secret in form body, no scopes); data by push and ping to a local webhook',
  liveVariables: ['GARMIN_CLIENT_ID', 'GARMIN_CLIENT_SECRET'],
  plugin: (now) => {
    plugin = garminSandboxPlugin({ now });
    return plugin;
  },
  async connect(context) {
    const secrets = credentials(context);
    const app = createGarminApp({
      ...secrets,
      redirectUri: context.redirectUri,
      fetch: context.fetch,
    });
    const tokens = await codeFlow(app, (url) => context.authorize(url));
    await context.store.set('garmin', tokens);
    const client = createGarminClient({
      app,
      store: context.store,
      key: 'garmin',
      fetch: context.fetch,
    });
    if (context.live || plugin === undefined) return { tokens, client };

    // The endpoint only takes the batch (a queue in a real app); pings are fetched after.
    const queued: GarminWebhookEvent[] = [];
    const endpoint = await serve(
      createGarminWebhookHandler({
        clientId: secrets.clientId,
        deliver: ({ events }) => {
          queued.push(...client.records.apply(events));
        },
      }),
    );
    try {
      const emitter = createGarminEmitter({
        webhookUrl: endpoint.url,
        clientId: secrets.clientId,
        data: plugin.data,
        fetch: globalThis.fetch,
      });
      const answers = [
        await emitter.push('activities'),
        await emitter.push('sleeps'),
        await emitter.ping('dailies'),
        // Garmin resends what it is unsure of: the upsert keys make it harmless.
        await emitter.push('activities'),
      ];
      const refused = answers.find((answer) => answer.status !== 200);
      if (refused) throw new Error(`the Garmin webhook answered ${refused.status}`);
    } finally {
      await endpoint.close();
    }
    // Outside the request, as Garmin requires: fetch each ping's callback URL verbatim.
    for (const event of queued) {
      if (event.kind !== 'ping') continue;
      for (const push of await fetchGarminWebhookChange(client, event)) client.records.upsert(push);
    }
    return { tokens, client };
  },
};
