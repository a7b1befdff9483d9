import { healthConnectWebhookBatchFixtures } from '@fitlink/health-connect/testing';
import { describe, expect, it } from 'vitest';
import { setUp } from './helpers.js';

const batch = healthConnectWebhookBatchFixtures.day;

describe('createHealthConnectClient: the ingest endpoint', () => {
  it('accepts a batch with the user’s key, hands it over normalized, then answers 200', async () => {
    const { post, delivered } = await setUp();
    const response = await post(batch);
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
    const [{ principal, batch: received }] = delivered as [(typeof delivered)[number]];
    expect(principal).toBe('user-1');
    expect(received.format).toBe('hc-webhook');
    expect(received.activities.map(({ record }) => record.sport)).toEqual(['run']);
    expect(received.sleep).toHaveLength(1);
    expect(received.dailySummaries.map(({ record }) => record.date)).toEqual(['2026-05-09']);
    expect(received.unmappedTypes).toEqual(['blood_pressure', 'height']);
  });

  it('accepts the key in a custom header the user configured (x-api-key)', async () => {
    const { post, key, delivered } = await setUp({ header: 'x-api-key' });
    const response = await post(batch, { authorization: '', 'x-api-key': key });
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
  });

  it.each([
    ['a wrong key', { authorization: 'Bearer fhc_nope_nope' }],
    ['no key', { authorization: '' }],
  ])('rejects %s with 401 and hands nothing over', async (_name, headers) => {
    const { post, delivered, rejected } = await setUp();
    const response = await post(batch, headers);
    expect(response.status).toBe(401);
    expect(delivered).toEqual([]);
    expect(rejected).toEqual([401]);
  });

  it('rejects a tampered key (right id, wrong secret) with 401', async () => {
    const { post, key, delivered } = await setUp();
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect((await post(batch, { authorization: `Bearer ${tampered}` })).status).toBe(401);
    expect(delivered).toEqual([]);
  });

  it('rejects an oversized body with 413 and hands nothing over', async () => {
    const { post, delivered } = await setUp({ maxBodyBytes: 512 });
    const response = await post(batch);
    expect(response.status).toBe(413);
    expect(delivered).toEqual([]);
  });

  it.each([
    ['non-JSON', 'steps=8421'],
    ['truncated JSON', JSON.stringify(batch).slice(0, 200)],
    ['a body of the wrong shape', JSON.stringify({ records: [] })],
    ['a record with a mistyped field', JSON.stringify({ ...batch, steps: [{ count: 'many' }] })],
    ['an instant without a zone', JSON.stringify({ ...batch, timestamp: '2026-05-09 14:00:00' })],
  ])('rejects %s with 400 and hands nothing over', async (_name, body) => {
    const { post, delivered } = await setUp();
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(delivered).toEqual([]);
  });

  it('answers 503 when delivery fails, so the exporter sends the batch again', async () => {
    const { post, delivered } = await setUp({ failDelivery: true });
    expect((await post(batch)).status).toBe(503);
    expect(delivered).toEqual([]);
  });

  it('answers 405 to a GET', async () => {
    const { client } = await setUp();
    const response = await client.handler(
      new Request('https://app.example/ingest', { method: 'GET' }),
    );
    expect(response.status).toBe(405);
  });

  it('never puts the key in a rejection', async () => {
    const { client, key } = await setUp({ maxBodyBytes: 10 });
    const response = await client.handler(
      new Request('https://app.example/ingest', {
        method: 'POST',
        headers: { authorization: `Bearer ${key}x` },
        body: '{}',
      }),
    );
    expect(await response.text()).not.toContain(key);
  });

  it('reads a stored body the same way (client.read)', async () => {
    const { client } = await setUp();
    expect(client.read(batch).activities).toHaveLength(1);
  });
});

describe('replays', () => {
  it('a replayed batch adds nothing', async () => {
    const { post, inbox } = await setUp();
    await post(batch);
    const first = inbox.size();
    expect(first).toEqual({ activities: 1, sleep: 1, dailySummaries: 1 });
    await post(batch);
    expect(inbox.size()).toEqual(first);
  });

  it('the same batch gives the same idempotency keys', async () => {
    const { post, delivered } = await setUp();
    await post(batch);
    await post(batch);
    const keys = delivered.map(({ batch: received }) => [
      ...received.activities.map(({ key }) => key),
      ...received.sleep.map(({ key }) => key),
      ...received.dailySummaries.map(({ key }) => key),
    ]);
    expect(keys[0]).toEqual(keys[1]);
    expect(new Set(keys[0]).size).toBe(3);
  });
});
