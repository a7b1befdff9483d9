import { createAppleHealthClient } from '@fitlink/apple-health';
import {
  APPLE_HEALTH_SANDBOX_KEY,
  appleHealthSandboxPlugin,
  createAppleHealthFake,
  createAppleHealthHandlers,
  createAppleHealthPhone,
} from '@fitlink/apple-health/testing';
import { type Activity, activitySchema } from '@fitlink/core';
import { createSandbox, createSandboxTimeline } from '@fitlink/testing';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, serveOnLoopback } from '../helpers.js';

const clock = { now: () => NOW, sleep: async () => undefined };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function receive(units: 'metric' | 'imperial') {
  const plugin = appleHealthSandboxPlugin({ now: NOW, days: 14, units });
  createSandbox({ providers: [plugin] });
  const client = createAppleHealthClient({ lookup: plugin.auth.lookup, clock });
  const server = await serveOnLoopback(client.handler);
  closers.push(server.close);
  const answer = await plugin.pushTo(server.url);
  return { plugin, client, answer };
}

describe('the sandbox phone', () => {
  it('POSTs its export over real HTTP with the app headers, and the workouts arrive normalized', async () => {
    const { plugin, client, answer } = await receive('metric');
    expect(answer.status).toBe(200);
    expect(plugin.stats).toEqual({ sent: 1, byStatus: { 200: 1 } });
    const activities = await client.listActivities({}).toArray({ limit: Infinity });
    const timeline = createSandboxTimeline({ now: NOW, days: 14 });
    expect(activities.map((activity) => activity.startTime)).toEqual(
      timeline.workouts.map((workout) => new Date(workout.startMs).toISOString()),
    );
    for (const activity of activities) activitySchema.parse(activity);
    const first = timeline.workouts[0];
    expect(activities[0]).toMatchObject({
      elapsedSeconds: first?.elapsedSeconds,
      utcOffsetMinutes: first?.utcOffsetMinutes,
      heartRateAvgBpm: first?.averageHeartRate,
    });
    expect((await client.listSleep({}).toArray({ limit: Infinity })).length).toBe(
      timeline.sleeps.length,
    );
    expect(
      (await client.listDailySummaries({}).toArray({ limit: Infinity })).length,
    ).toBeGreaterThan(10);
  });

  it('a km/kJ/kg phone and a mi/kcal/lb phone give the same SI values', async () => {
    const metric = await receive('metric');
    const imperial = await receive('imperial');
    const read = async (client: typeof metric.client) =>
      client.listActivities({}).toArray({ limit: Infinity });
    const left = await read(metric.client);
    const right = await read(imperial.client);
    expect(right.length).toBe(left.length);
    const close = (a: number | null, b: number | null) =>
      a === null ? expect(b).toBeNull() : expect(b).toBeCloseTo(a, 2);
    left.forEach((activity: Activity, index) => {
      const other = right[index] as Activity;
      expect(other.id).toBe(activity.id);
      close(activity.distanceMetres, other.distanceMetres);
      close(activity.energyKcal, other.energyKcal);
      close(activity.elevationGainMetres, other.elevationGainMetres);
      expect(other.heartRateAvgBpm).toBe(activity.heartRateAvgBpm);
      expect(other.sport).toBe(activity.sport);
    });
    const days = async (client: typeof metric.client) =>
      client.listDailySummaries({}).toArray({ limit: Infinity });
    const leftDays = await days(metric.client);
    const rightDays = await days(imperial.client);
    leftDays.forEach((day, index) => {
      close(day.activeEnergyKcal, rightDays[index]?.activeEnergyKcal ?? null);
      close(
        day.metrics.weightKilograms as number,
        rightDays[index]?.metrics.weightKilograms as number,
      );
    });
  });

  it('a phone with a wrong key is refused and nothing arrives', async () => {
    const plugin = appleHealthSandboxPlugin({ now: NOW, days: 3 });
    const client = createAppleHealthClient({ lookup: plugin.auth.lookup, clock });
    const server = await serveOnLoopback(client.handler);
    closers.push(server.close);
    const answer = await plugin.pushTo(server.url, {
      key: `${APPLE_HEALTH_SANDBOX_KEY.slice(0, -2)}zz`,
    });
    expect(answer.status).toBe(401);
    expect(plugin.stats.byStatus).toEqual({ 401: 1 });
    expect(await client.listActivities({}).toArray({ limit: Infinity })).toEqual([]);
  });

  it('reaches an ingest handler in-process through msw', async () => {
    const url = 'https://app.example/ingest/apple-health';
    const client = createAppleHealthClient({
      lookup: appleHealthSandboxPlugin().auth.lookup,
      clock,
    });
    const server = setupServer(...createAppleHealthHandlers({ url, handler: client.handler }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const phone = createAppleHealthPhone({ url, key: APPLE_HEALTH_SANDBOX_KEY });
      const answer = await phone.send(createAppleHealthFake({ now: NOW, days: 2 }));
      expect(answer.status).toBe(200);
      expect((await client.inbox.activities()).length).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });
});
