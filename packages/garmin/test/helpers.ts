import { createMemoryTokenStore, type FitlinkError } from '@fitlink/core';
import {
  createGarminApp,
  createGarminClient,
  createGarminRecordSet,
  createGarminWebhookHandler,
  type GarminClientSettings,
  type GarminWebhookBatch,
} from '@fitlink/garmin';
import {
  createGarminEmitter,
  type GarminSandboxOptions,
  type GarminSandboxPlugin,
  garminSandboxPlugin,
} from '@fitlink/garmin/testing';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI, seedConnection } from '@fitlink/testing';

/** The fixed "now" of every test: 2026-11-20 12:00 UTC. */
export const NOW = Date.parse('2026-11-20T12:00:00Z');

/** The app's client id, which Garmin sends in `garmin-client-id`. */
export const CLIENT_ID = SANDBOX_CLIENT.clientId;

/** The Garmin plugin with the timeline ending at {@link NOW}. */
export const garminPlugin = (options: GarminSandboxOptions = {}) =>
  garminSandboxPlugin({ now: NOW, ...options });

/** The Garmin app with the sandbox's credentials. */
export const garminApp = () =>
  createGarminApp({
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    redirectUri: SANDBOX_REDIRECT_URI,
  });

/** A client over a seeded connection (as if the user had consented). */
export async function connect(
  plugin: GarminSandboxPlugin,
  settings: Partial<GarminClientSettings> = {},
) {
  const app = garminApp();
  const { store, key, issued } = await seedConnection({
    auth: plugin.auth,
    expiresInSeconds: 86_400,
    store: createMemoryTokenStore(),
  });
  const client = createGarminClient({ app, store, key, ...settings });
  return { app, store, key, issued, client };
}

/**
 * A webhook endpoint as an app would mount it, with every delivered batch recorded, and an
 * emitter that calls it directly (no network: `fetch` is the handler).
 */
export function webhookWorld(plugin: GarminSandboxPlugin, options: { maxBodyBytes?: number } = {}) {
  const delivered: GarminWebhookBatch[] = [];
  const records = createGarminRecordSet();
  const rejections: number[] = [];
  const errors: FitlinkError[] = [];
  const handler = createGarminWebhookHandler({
    clientId: CLIENT_ID,
    deliver: (batch) => {
      delivered.push(batch);
      records.apply(batch.events);
    },
    onRejected: ({ status, error }) => {
      rejections.push(status);
      errors.push(error);
    },
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  const emitter = createGarminEmitter({
    webhookUrl: 'https://app.example.com/webhooks/garmin',
    clientId: CLIENT_ID,
    data: plugin.data,
    knobs: plugin.knobs,
    fetch: async (input, init) => handler(new Request(input, init)),
  });
  return { handler, emitter, delivered, records, rejections, errors };
}
