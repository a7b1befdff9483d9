import { dedupeActivities } from '@fitlink/core';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, NOW, ouraPlugin } from './helpers.js';

const since = new Date(NOW - 30 * 86_400_000);
const until = new Date(NOW);

describe('Oura normalized sources', () => {
  const sandbox = useSandbox(() => [ouraPlugin()]);

  it('lists activities in [since, until) with offsets kept', async () => {
    const { client } = await connect(sandbox.plugin);
    const activities = await client.listActivities({ since, until }).toArray({ limit: 1000 });
    expect(activities.length).toBe(sandbox.plugin.data.workouts.length);
    for (const activity of activities) {
      expect(Date.parse(activity.startTime)).toBeGreaterThanOrEqual(since.getTime());
      expect(activity.utcOffsetMinutes).not.toBeNull();
    }
    expect(dedupeActivities).toBeTypeOf('function');
  });

  it('lists sleep periods with their day’s sleep score; naps are naps', async () => {
    const { client } = await connect(sandbox.plugin);
    const sleeps = await client.listSleep({ since, until }).toArray({ limit: 1000 });
    expect(sleeps.length).toBeGreaterThan(25);
    expect(sleeps.some((sleep) => sleep.isNap)).toBe(true);
    expect(sleeps.every((sleep) => sleep.score !== null)).toBe(true);
  });

  it('joins daily documents into one summary per local day, 30 days per window', async () => {
    const { client } = await connect(sandbox.plugin);
    const days = await client.listDailySummaries({ since, until }).toArray({ limit: 1000 });
    expect(days.length).toBeGreaterThan(25);
    const last = days[days.length - 1];
    expect(last).toMatchObject({
      readinessScore: expect.any(Number),
      steps: expect.any(Number),
      hrvRmssdMs: expect.any(Number),
    });
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
    // 30 days from noon to noon cover 31 UTC dates: two windows, one request per collection each.
    expect(sandbox.plugin.stats.byRoute.dailyReadinesses).toBe(2);
  });

  it('daily summaries go on without the SpO2 and stress scopes', async () => {
    const { client } = await connect(sandbox.plugin, { scope: ['personal', 'daily'] });
    const days = await client.listDailySummaries({ since, until }).toArray({ limit: 1000 });
    expect(days.length).toBeGreaterThan(25);
    expect(days.every((day) => day.spo2Percent === null)).toBe(true);
  });

  it('gets a workout’s heart rate as samples, and the profile', async () => {
    const { client } = await connect(sandbox.plugin);
    const workout = sandbox.plugin.data.workouts[0];
    const samples = await client.getSamples(workout?.id ?? '');
    expect(samples?.activityId).toBe(`oura:${workout?.id}`);
    expect(samples?.series.heartRateBpm?.length).toBeGreaterThan(10);
    expect(await client.getProfile()).toMatchObject({
      externalId: 'sandbox-user-1',
      weightKg: 71.5,
    });
  });
});
