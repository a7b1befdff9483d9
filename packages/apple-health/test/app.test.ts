import { appleHealth, createAppleHealthApp } from '@fitlink/apple-health';
import { parseIngestKey } from '@fitlink/core';
import { describe, expect, it } from 'vitest';

describe('createAppleHealthApp', () => {
  it('creates a recognisable key, gives only its id and hash to store, and verifies it', async () => {
    const app = createAppleHealthApp();
    const created = await app.createIngestKey();
    expect(parseIngestKey(created.key)).toEqual({ prefix: 'flhae', id: created.id });
    expect(created.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.hash).not.toContain(created.key);
    expect(created.header).toEqual({ name: 'authorization', value: `Bearer ${created.key}` });
    expect(await app.verifyIngestKey(created.key, created.hash)).toBe(true);
    expect(await app.verifyIngestKey(`${created.key.slice(0, -1)}_`, created.hash)).toBe(false);
    const other = await app.createIngestKey();
    expect(other.key).not.toBe(created.key);
  });

  it('sends the bare key in a custom header', async () => {
    const app = createAppleHealthApp({ header: 'X-API-Key', keyPrefix: 'myapp' });
    const created = await app.createIngestKey();
    expect(created.header).toEqual({ name: 'x-api-key', value: created.key });
    expect(created.key.startsWith('myapp_')).toBe(true);
  });

  it('builds the deep link that fills the automation in', () => {
    const link = createAppleHealthApp().automationLink({
      url: 'https://example.com/ingest/apple-health?u=1',
      name: 'My app',
    });
    expect(link).toBe(
      'com.HealthExport://automation?url=https%3A%2F%2Fexample.com%2Fingest%2Fapple-health%3Fu%3D1&name=My+app',
    );
  });
});

describe('appleHealth descriptor', () => {
  it('is an api-key provider with what it maps', () => {
    expect(appleHealth).toMatchObject({
      id: 'apple-health',
      authKinds: ['api-key'],
      capabilities: ['activities', 'sleep', 'daily', 'streams', 'webhooks'],
      defaultScopes: ['metrics', 'workouts'],
    });
  });
});
