/**
 * COROS in the demo: the OAuth code flow (the token answer's `openId` kept), then the push. The
 * demo starts a real HTTP endpoint on 127.0.0.1 with `createCorosWebhookHandler`, and the sandbox
 * plays COROS: it POSTs the workouts it holds to that endpoint with COROS' `Client`/`Secret`
 * headers. The returned client lists the workouts that arrived by push (sleep and daily data
 * come from the API). Live, it pulls from COROS' API instead (a push needs a public URL).
 */
import {
  type Activity,
  createPaginator,
  inRange,
  resolveRange,
  type SourceListOptions,
  systemClock,
} from '@fitlink/core';
import {
  type CorosWebhookRecord,
  createCorosApp,
  createCorosClient,
  createCorosWebhookHandler,
} from '@fitlink/coros';
import { corosSandboxPlugin, pushCorosWorkouts } from '@fitlink/coros/testing';
import { codeFlow } from '../../shared/code-flow.js';
import { serveFetch } from '../../shared/serve-fetch.js';
import type { ConnectContext, DemoProvider } from '../providers.js';

/** Serves the webhook handler on 127.0.0.1 until `close`. */
async function serve(handler: (request: Request) => Promise<Response>) {
  const served = await serveFetch(handler);
  return { url: `${served.origin}/webhooks/coros`, close: served.close };
}

const credentials = (context: ConnectContext) =>
  context.live
    ? {
        clientId: context.env('COROS_CLIENT_ID') ?? '',
        clientSecret: context.env('COROS_CLIENT_SECRET') ?? '',
      }
    : { clientId: context.clientId, clientSecret: context.clientSecret };

export const corosDemoProvider: DemoProvider = {
  id: 'coros',
  name: 'COROS',
  flow: 'OAuth 2 code flow (openId kept, refresh extends the same token); workouts by push',
  liveVariables: ['COROS_CLIENT_ID', 'COROS_CLIENT_SECRET'],
  plugin: (now) => corosSandboxPlugin({ now }),
  async connect(context) {
    const secrets = credentials(context);
    const app = createCorosApp({
      ...secrets,
      redirectUri: context.redirectUri,
      fetch: context.fetch,
    });
    const tokens = await codeFlow(app, (url) => context.authorize(url));
    await context.store.set('coros', tokens);
    const client = createCorosClient({
      app,
      store: context.store,
      key: 'coros',
      fetch: context.fetch,
    });
    if (context.live) return { tokens, client };

    // The sandbox plays COROS: what it holds for the user (read through its API) is pushed to a
    // real local endpoint, with COROS' headers and 64-bit ids as bare JSON numbers.
    const received = new Map<string, CorosWebhookRecord>();
    const endpoint = await serve(
      createCorosWebhookHandler({
        ...secrets,
        deliver: (event) => {
          // Upsert on the idempotency key: a re-sent workout adds nothing.
          for (const record of event.records) received.set(record.idempotencyKey, record);
        },
      }),
    );
    try {
      const until = new Date();
      const since = new Date(until.getTime() - 90 * 86_400_000);
      const workouts = await client.activities.list({ since, until }).toArray({ limit: Infinity });
      const answers = await pushCorosWorkouts({
        url: endpoint.url,
        workouts,
        ...secrets,
        fetch: globalThis.fetch,
      });
      const refused = answers.find((answer) => answer.status !== 200);
      if (refused) throw new Error(`the push endpoint answered ${refused.status}`);
    } finally {
      await endpoint.close();
    }

    const pushed: Activity[] = [...received.values()].map((record) => record.activity);
    const listActivities = (range: SourceListOptions<undefined>) => {
      const resolved = resolveRange(range, systemClock);
      return createPaginator<Activity, undefined>({
        fetchPage: async () => ({
          items: pushed.filter((activity) => inRange(activity.startTime, resolved)),
          next: undefined,
        }),
      });
    };
    return {
      tokens,
      client: {
        provider: 'coros',
        listActivities,
        listSleep: (range) => client.listSleep(range),
        listDailySummaries: (range) => client.listDailySummaries(range),
      },
    };
  },
};
