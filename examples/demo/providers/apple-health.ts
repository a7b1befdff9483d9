/**
 * Apple Health in the demo: a push provider. Connecting starts a real HTTP endpoint on
 * 127.0.0.1, the sandbox plays Health Auto Export on the user's iPhone and POSTs its export
 * there with the app's real headers and the user's key, and the client lists what arrived.
 * Live (APPLE_HEALTH_INGEST_PORT set): the endpoint listens on that port with a new key and
 * waits for the user's phone to send one batch.
 */
import { createAppleHealthApp, createAppleHealthClient } from '@fitlink/apple-health';
import {
  type AppleHealthSandboxPlugin,
  appleHealthSandboxPlugin,
} from '@fitlink/apple-health/testing';
import type { IngestHandler } from '@fitlink/core';
import { serveFetch } from '../../shared/serve-fetch.js';
import type { DemoProvider } from '../providers.js';

/** Serves the ingest handler; `host` 0.0.0.0 lets a phone on the LAN reach it. */
async function serve(handler: IngestHandler, port: number, host: string) {
  const served = await serveFetch(handler, { port, host });
  return { url: `${served.origin}/ingest/apple-health`, close: served.close };
}

// The plugin the demo's sandbox set up: its phone is the one that pushes.
let sandboxPlugin: AppleHealthSandboxPlugin | undefined;

export const appleHealthDemoProvider: DemoProvider = {
  id: 'apple-health',
  name: 'Apple Health',
  flow: 'Health Auto Export pushes JSON to a local endpoint (per-user API key, no OAuth)',
  liveVariables: ['APPLE_HEALTH_INGEST_PORT'],
  plugin: (now) => {
    sandboxPlugin = appleHealthSandboxPlugin({ now });
    return sandboxPlugin;
  },
  async connect(context) {
    if (!context.live) {
      const plugin = sandboxPlugin ?? appleHealthSandboxPlugin();
      const client = createAppleHealthClient({ lookup: plugin.auth.lookup });
      const endpoint = await serve(client.handler, 0, '127.0.0.1');
      try {
        // The phone POSTs over real HTTP (not the sandbox's routed fetch): it is the sender.
        const answer = await plugin.pushTo(endpoint.url);
        if (answer.status !== 200) throw new Error(`the endpoint answered ${answer.status}`);
      } finally {
        await endpoint.close();
      }
      return {
        client,
        tokens: {
          accessToken: 'sandbox-ingest-key',
          obtainedAt: Date.now(),
          scope: ['metrics', 'workouts'],
        },
      };
    }
    const app = createAppleHealthApp();
    const key = await app.createIngestKey();
    let received: () => void = () => undefined;
    const arrived = new Promise<void>((done) => {
      received = done;
    });
    const client = createAppleHealthClient({
      lookup: async (id) => (id === key.id ? { hash: key.hash, principal: 'you' } : null),
      onBatch: () => received(),
    });
    const endpoint = await serve(
      client.handler,
      Number(context.env('APPLE_HEALTH_INGEST_PORT')),
      '0.0.0.0',
    );
    console.log(
      `  Health Auto Export: REST API automation to http://<this machine's LAN address>:${new URL(endpoint.url).port}/ingest/apple-health,\n  JSON, Export Version 2, header ${key.header.name}: ${key.header.value}\n  waiting for one batch (5 minutes)…`,
    );
    try {
      await Promise.race([
        arrived,
        new Promise((_, fail) =>
          setTimeout(() => fail(new Error('no batch within 5 minutes')), 300_000),
        ),
      ]);
    } finally {
      await endpoint.close();
    }
    return {
      client,
      tokens: { accessToken: key.id, obtainedAt: Date.now(), scope: ['metrics', 'workouts'] },
    };
  },
};
