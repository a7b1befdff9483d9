import {
  createHealthConnectApp,
  createHealthConnectClient,
  createHealthConnectInbox,
  type HealthConnectBatch,
  type HealthConnectFormat,
  type HealthConnectFormatName,
} from '@fitlink/health-connect';

/** An app with one user's key, a client on it, and what it delivered. */
export async function setUp(
  options: {
    format?: HealthConnectFormatName | HealthConnectFormat<unknown>;
    maxBodyBytes?: number;
    header?: string;
    failDelivery?: boolean;
  } = {},
) {
  const keys = new Map<string, { hash: string; principal: string }>();
  const app = createHealthConnectApp<string>({
    lookup: async (id) => keys.get(id),
    ...(options.header ? { header: options.header } : {}),
  });
  const issued = await app.issueKey();
  keys.set(issued.id, { hash: issued.hash, principal: 'user-1' });
  const delivered: Array<{ principal: string; batch: HealthConnectBatch }> = [];
  const inbox = createHealthConnectInbox({
    clock: { now: () => Date.parse('2026-12-01T00:00:00Z'), sleep: async () => undefined },
  });
  const rejected: number[] = [];
  const client = createHealthConnectClient<string>({
    format: options.format ?? 'hc-webhook',
    authenticate: app.authenticate,
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    deliver: (batch, { principal }) => {
      if (options.failDelivery) throw new Error('queue down');
      delivered.push({ principal, batch });
      inbox.add(batch);
    },
    onRejected: ({ status }) => rejected.push(status),
  });
  const post = (body: string | object, headers: Record<string, string> = {}) =>
    client.handler(
      new Request('https://app.example/ingest/health-connect', {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          authorization: `Bearer ${issued.key}`,
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return { app, client, key: issued.key, delivered, inbox, rejected, post };
}
