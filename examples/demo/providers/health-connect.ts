/**
 * The demo's Health Connect entry: no OAuth. `connect` issues an ingest key, starts a real
 * local HTTP endpoint (node:http on 127.0.0.1) serving the ingest handler, lets the sandbox
 * phone push the timeline's HC Webhook batches to it with `Authorization: Bearer <key>`, and
 * returns the inbox of what was received. Live: `HEALTH_CONNECT_BATCH_FILE` names a JSON body
 * saved from a real exporter, posted through the same endpoint.
 */
import { readFile } from 'node:fs/promises';
import {
  createHealthConnectApp,
  createHealthConnectClient,
  createHealthConnectInbox,
  HEALTH_CONNECT_DEFAULT_INGEST_PATH,
} from '@fitlink/health-connect';
import {
  type HealthConnectSandboxPlugin,
  healthConnectSandboxPlugin,
} from '@fitlink/health-connect/testing';
import { serveFetch } from '../../shared/serve-fetch.js';
import type { DemoProvider } from '../providers.js';

let phone: HealthConnectSandboxPlugin | undefined;

export const healthConnectDemoProvider: DemoProvider = {
  id: 'health-connect',
  name: 'Health Connect',
  flow: 'push: the HC Webhook app POSTs batches to a local endpoint with a per-user API key',
  liveVariables: ['HEALTH_CONNECT_BATCH_FILE'],
  plugin: (now) => {
    phone = healthConnectSandboxPlugin({ now });
    return phone;
  },
  async connect(context) {
    const keys = new Map<string, { hash: string; principal: string }>();
    const app = createHealthConnectApp<string>({ lookup: async (id) => keys.get(id) });
    const issued = await app.issueKey();
    keys.set(issued.id, { hash: issued.hash, principal: 'demo-user' });
    const inbox = createHealthConnectInbox();
    const client = createHealthConnectClient<string>({
      format: 'hc-webhook',
      authenticate: app.authenticate,
      deliver: (batch) => {
        inbox.add(batch);
      },
    });
    const served = await serveFetch(client.handler);
    try {
      const url = `${served.origin}${HEALTH_CONNECT_DEFAULT_INGEST_PATH}`;
      const file = context.env('HEALTH_CONNECT_BATCH_FILE');
      let statuses: readonly number[];
      if (context.live && file !== undefined) {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            authorization: `Bearer ${issued.key}`,
          },
          body: await readFile(file, 'utf8'),
        });
        statuses = [response.status];
      } else {
        if (phone === undefined) throw new Error('the Health Connect sandbox phone is not set up');
        // A real socket, so the global fetch (the sandbox's loopback fetch serves provider hosts).
        ({ statuses } = await phone.push({ url, key: issued.key, fetch: globalThis.fetch }));
      }
      const refused = statuses.filter((status) => status !== 200);
      if (refused.length > 0) throw new Error(`the endpoint refused ${refused.length} batch(es)`);
    } finally {
      await served.close();
    }
    // No OAuth token: the connection is the key's public id (the key itself is never kept).
    return {
      client: inbox,
      tokens: { accessToken: issued.id, tokenType: 'api-key', scope: ['ingest'] },
    };
  },
};
