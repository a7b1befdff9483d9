import { parseIngestKey, verifyIngestKey } from '@fitlink/core';
import {
  createHealthConnectApp,
  HEALTH_CONNECT_ROUTES,
  healthConnect,
} from '@fitlink/health-connect';
import { describe, expect, it } from 'vitest';

describe('createHealthConnectApp', () => {
  it('issues recognizable keys of which only the hash is stored', async () => {
    const app = createHealthConnectApp({ lookup: async () => null });
    const issued = await app.issueKey();
    expect(parseIngestKey(issued.key)).toEqual({ prefix: 'fhc', id: issued.id });
    expect(issued.hash).not.toContain(issued.key);
    expect(await verifyIngestKey(issued.key, issued.hash)).toBe(true);
    expect((await app.issueKey()).key).not.toBe(issued.key);
  });

  it('takes another prefix', async () => {
    const app = createHealthConnectApp({ lookup: async () => null, keyPrefix: 'acme' });
    expect((await app.issueKey()).key.startsWith('acme_')).toBe(true);
  });

  it('refuses a revoked key (the lookup finds nothing)', async () => {
    const app = createHealthConnectApp({ lookup: async () => null });
    const { key } = await app.issueKey();
    const request = new Request('https://app.example/', {
      headers: { authorization: `Bearer ${key}` },
    });
    await expect(app.authenticate(request)).rejects.toMatchObject({
      name: 'WebhookVerificationError',
    });
  });
});

describe('healthConnect descriptor', () => {
  it('is an api-key provider with activities, sleep, daily and push', () => {
    expect(healthConnect).toMatchObject({
      id: 'health-connect',
      authKinds: ['api-key'],
      capabilities: ['activities', 'sleep', 'daily', 'webhooks'],
    });
    expect(HEALTH_CONNECT_ROUTES.ingest).toMatchObject({ method: 'POST', response: null });
  });
});
