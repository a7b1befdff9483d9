import {
  type AppleHealthWebhookEvent,
  createAppleHealthClient,
  createAppleHealthIngestHandler,
} from '@fitlink/apple-health';
import {
  APPLE_HEALTH_SANDBOX_KEY,
  APPLE_HEALTH_SANDBOX_USER,
  appleHealthExportFixtures,
  createAppleHealthFake,
  lookupAppleHealthSandboxKey,
} from '@fitlink/apple-health/testing';
import type { IngestRejection } from '@fitlink/core';
import { describe, expect, it } from 'vitest';

const URL = 'https://app.example/ingest/apple-health';
const NOW = Date.parse('2026-11-20T12:00:00Z');

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request(URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${APPLE_HEALTH_SANDBOX_KEY}`,
      'automation-name': 'fitlink',
      'automation-period': 'Default',
      'session-id': 's-1',
      ...headers,
    },
    body,
  });

function harness(options: { maxBodyBytes?: number; failDeliver?: boolean } = {}) {
  const delivered: { event: AppleHealthWebhookEvent; principal: string }[] = [];
  const rejected: IngestRejection[] = [];
  const handler = createAppleHealthIngestHandler<string>({
    lookup: lookupAppleHealthSandboxKey,
    deliver: (event, { principal }) => {
      if (options.failDeliver) throw new Error('queue is down');
      delivered.push({ event, principal });
    },
    onRejected: (rejection) => rejected.push(rejection),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });
  return { handler, delivered, rejected };
}

describe('createAppleHealthIngestHandler', () => {
  it('hands a valid batch to the app with the key owner and the automation headers, then answers 200 with counts', async () => {
    const { handler, delivered } = harness();
    const answer = await handler(post(JSON.stringify(appleHealthExportFixtures.metricPhone)));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      activities: 1,
      sleeps: 1,
      metricSamples: 11,
      unknownMetrics: [],
      issues: 0,
    });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.principal).toBe(APPLE_HEALTH_SANDBOX_USER);
    expect(delivered[0]?.event.automation).toEqual({
      name: 'fitlink',
      id: null,
      aggregation: null,
      period: 'Default',
      sessionId: 's-1',
    });
  });

  it('accepts and reports unknown metrics, passes other arrays through', async () => {
    const { handler, delivered } = harness();
    const answer = await handler(
      post(JSON.stringify(appleHealthExportFixtures.unknownAndPassThrough)),
    );
    expect(answer.status).toBe(200);
    const event = delivered[0]?.event;
    expect(event?.unknownMetrics).toEqual(['time_in_daylight']);
    expect(event?.unmapped.stateOfMind).toHaveLength(1);
    expect(event?.unmapped.medications).toHaveLength(1);
    expect(event?.unmapped.ecg).toEqual([]);
  });

  it.each([
    ['no key', { authorization: '' }],
    [
      'a wrong secret for the sandbox id',
      { authorization: `Bearer ${APPLE_HEALTH_SANDBOX_KEY.slice(0, -1)}x` },
    ],
    [
      'an unknown key id',
      {
        authorization: 'Bearer flhae_0000000000000000_sandbox-secret-not-for-production-use-00000',
      },
    ],
    ['not a key at all', { authorization: 'Bearer hunter2' }],
  ])('refuses %s with 401 and hands nothing over', async (_name, headers) => {
    const { handler, delivered, rejected } = harness();
    const answer = await handler(
      post(JSON.stringify(appleHealthExportFixtures.metricPhone), headers),
    );
    expect(answer.status).toBe(401);
    expect(delivered).toEqual([]);
    expect(rejected[0]?.status).toBe(401);
    expect(JSON.stringify(rejected[0]?.error)).not.toContain('sandbox-secret');
    expect(rejected[0]?.error.message).not.toContain('sandbox-secret');
  });

  it('refuses an oversized body with 413 and hands nothing over', async () => {
    const { handler, delivered } = harness({ maxBodyBytes: 1024 });
    const body = JSON.stringify(createAppleHealthFake({ now: NOW, days: 3 }));
    expect(body.length).toBeGreaterThan(1024);
    expect((await handler(post(body))).status).toBe(413);
    expect(delivered).toEqual([]);
  });

  it.each([
    ['non-JSON', 'metrics=1&workouts=2'],
    ['truncated JSON', JSON.stringify(appleHealthExportFixtures.metricPhone).slice(0, 200)],
    ['JSON that is not an export', JSON.stringify({ metrics: [] })],
    [
      'a workout without an id',
      JSON.stringify({ data: { workouts: [{ name: 'Running', start: 'x', end: 'y' }] } }),
    ],
  ])('refuses %s with 400 and hands nothing over', async (_name, body) => {
    const { handler, delivered, rejected } = harness();
    expect((await handler(post(body))).status).toBe(400);
    expect(delivered).toEqual([]);
    expect(rejected).toHaveLength(1);
  });

  it('answers 503 when the app cannot take the batch, so the phone sends it again', async () => {
    const { handler } = harness({ failDeliver: true });
    const answer = await handler(post(JSON.stringify(appleHealthExportFixtures.metricPhone)));
    expect(answer.status).toBe(503);
  });

  it('answers 405 to a GET', async () => {
    const { handler } = harness();
    expect((await handler(new Request(URL))).status).toBe(405);
  });
});

describe('createAppleHealthClient', () => {
  it('a replayed batch adds nothing', async () => {
    const client = createAppleHealthClient({
      lookup: lookupAppleHealthSandboxKey,
      clock: { now: () => NOW, sleep: async () => undefined },
    });
    const changes: unknown[] = [];
    const body = JSON.stringify(createAppleHealthFake({ now: NOW, days: 5 }));
    const again = createAppleHealthClient({
      lookup: lookupAppleHealthSandboxKey,
      inbox: client.inbox,
      onBatch: (_event, change) => changes.push(change),
    });
    expect((await again.handler(post(body))).status).toBe(200);
    const before = await client.listActivities({}).toArray({ limit: Infinity });
    const daysBefore = await client.listDailySummaries({}).toArray({ limit: Infinity });
    expect((await again.handler(post(body))).status).toBe(200);
    expect(changes[1]).toEqual({
      added: 0,
      changed: 0,
      unchanged: (changes[0] as { added: number }).added,
    });
    expect(await client.listActivities({}).toArray({ limit: Infinity })).toEqual(before);
    expect(await client.listDailySummaries({}).toArray({ limit: Infinity })).toEqual(daysBefore);
  });

  it('an overlapping period replaces what it re-sends and adds only what is new', async () => {
    const client = createAppleHealthClient({
      lookup: lookupAppleHealthSandboxKey,
      clock: { now: () => NOW, sleep: async () => undefined },
    });
    await client.handler(
      post(JSON.stringify(createAppleHealthFake({ now: NOW - 86_400_000, days: 4 }))),
    );
    const first = await client.listActivities({}).toArray({ limit: Infinity });
    await client.handler(post(JSON.stringify(createAppleHealthFake({ now: NOW, days: 4 }))));
    const second = await client.listActivities({}).toArray({ limit: Infinity });
    const ids = second.map((activity) => activity.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.length).toBeGreaterThanOrEqual(first.length);
  });

  it('lists within [since, until)', async () => {
    const client = createAppleHealthClient({
      lookup: lookupAppleHealthSandboxKey,
      clock: { now: () => NOW, sleep: async () => undefined },
    });
    await client.handler(post(JSON.stringify(createAppleHealthFake({ now: NOW, days: 10 }))));
    const since = new Date(NOW - 3 * 86_400_000);
    const recent = await client.listActivities({ since }).toArray({ limit: Infinity });
    const all = await client.listActivities({}).toArray({ limit: Infinity });
    expect(recent.length).toBeLessThan(all.length);
    expect(recent.every((activity) => Date.parse(activity.startTime) >= since.getTime())).toBe(
      true,
    );
    const sleeps = await client.listSleep({ since }).toArray({ limit: Infinity });
    expect(sleeps.every((sleep) => Date.parse(sleep.startTime) >= since.getTime())).toBe(true);
    const first = all[0];
    expect(
      first && (await client.getSamples(first.id))?.series.heartRateBpm?.length,
    ).toBeGreaterThan(0);
  });
});
