import { HEALTH_CONNECT_FORMATS, readHealthConnectBatch } from '@fitlink/health-connect';
import {
  createHealthConnectFake,
  healthConnectSandboxPlugin,
} from '@fitlink/health-connect/testing';
import { createSandbox } from '@fitlink/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { setUp } from '../helpers.js';
import { serve } from '../serve.js';

const now = Date.parse('2026-11-22T12:00:00Z');
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe('the sandbox phone', () => {
  it('pushes the timeline to a real local endpoint with the exporter’s headers', async () => {
    const { client, key, inbox } = await setUp();
    const server = await serve(client.handler);
    closers.push(server.close);
    const phone = healthConnectSandboxPlugin({ now, days: 14 });
    createSandbox({ providers: [phone], seed: 1 });
    const result = await phone.push({ url: server.url, key });
    expect(result.statuses).toHaveLength(phone.data.batches.length);
    expect(new Set(result.statuses)).toEqual(new Set([200]));
    expect(phone.stats.pushes).toBe(phone.data.batches.length);

    const since = new Date(now - 14 * 86_400_000);
    const activities = await inbox
      .listActivities({ since, until: new Date(now) })
      .toArray({ limit: 1000 });
    // Every workout the syncs covered (started before the last sync) arrives once, exact.
    const lastSync = Date.parse(phone.data.batches.at(-1)?.timestamp ?? '');
    const covered = phone.data.timeline.workouts.filter((workout) => workout.startMs < lastSync);
    expect(activities).toHaveLength(covered.length);
    const byStart = new Map(
      activities.map((activity) => [Date.parse(activity.startTime), activity]),
    );
    for (const workout of covered) {
      const activity = byStart.get(workout.startMs);
      expect(activity, workout.id).toBeDefined();
      expect(activity?.elapsedSeconds).toBe(workout.elapsedSeconds);
      expect(activity?.heartRateAvgBpm).toBe(workout.averageHeartRate);
      expect(activity?.heartRateMaxBpm).toBe(workout.maxHeartRate);
      expect(activity?.energyKcal).toBe(workout.energyKcal);
      expect(activity?.utcOffsetMinutes).toBeNull();
    }
    expect(activities.length).toBeGreaterThan(3);
  });

  it('the rolling window re-sends every record, and the re-sends add nothing', async () => {
    const { client, key, inbox, delivered } = await setUp();
    const server = await serve(client.handler);
    closers.push(server.close);
    const phone = healthConnectSandboxPlugin({ now, days: 10 });
    await phone.push({ url: server.url, key });
    const once = inbox.size();
    const total = delivered.reduce((sum, { batch }) => sum + batch.activities.length, 0);
    expect(total).toBeGreaterThan(once.activities);

    phone.knobs.replay = true;
    await phone.push({ url: server.url, key });
    expect(inbox.size()).toEqual(once);
  });

  it('a wrong key is refused for every batch and nothing is stored', async () => {
    const { client, inbox } = await setUp();
    const server = await serve(client.handler);
    closers.push(server.close);
    const phone = healthConnectSandboxPlugin({ now, days: 3 });
    const { statuses } = await phone.push({ url: server.url, key: 'fhc_unknown_secret' });
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(inbox.size()).toEqual({ activities: 0, sleep: 0, dailySummaries: 0 });
  });
});

describe('createHealthConnectFake', () => {
  const fake = createHealthConnectFake({ now, days: 30 });

  it('renders batches every exporter schema accepts, with UTC instants only', () => {
    for (const batch of fake.batches) {
      const read = readHealthConnectBatch(batch, HEALTH_CONNECT_FORMATS['hc-webhook']);
      expect(read.unmappedTypes).toEqual([]);
      for (const { record } of read.activities) expect(record.utcOffsetMinutes).toBeNull();
    }
    expect(JSON.stringify(fake.batches)).not.toMatch(/[+-]\d\d:\d\d"/);
  });

  it('leaves out empty arrays, as HC Webhook does', () => {
    for (const batch of fake.batches) {
      for (const value of Object.values(batch)) {
        if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
      }
    }
  });

  it('is the same for the same seed', () => {
    expect(createHealthConnectFake({ now, days: 30 }).batches).toEqual(fake.batches);
  });
});
