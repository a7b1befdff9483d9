import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, googleHealthPlugin, NOW } from './helpers.js';

const fixedClock = { now: () => NOW, sleep: async () => {} };

describe('normalized sources', () => {
  const sandbox = useSandbox(() => [googleHealthPlugin()]);

  it('lists activities in [since, until), newest first, as the timeline has them', async () => {
    const { client } = await connect(sandbox.plugin, { clock: fixedClock });
    const since = new Date(NOW - 10 * 86_400_000);
    const activities = await client.listActivities({ since }).toArray({ limit: 500 });
    const expected = (sandbox.plugin.data.dataPoints.exercise ?? []).filter(
      (point) => Date.parse(point.exercise?.interval.startTime ?? '') >= since.getTime(),
    );
    expect(activities).toHaveLength(expected.length);
    expect(activities.map((a) => a.startTime)).toEqual(
      activities
        .map((a) => a.startTime)
        .sort()
        .reverse(),
    );
    expect(
      activities.every((a) => a.provider === 'google-health' && a.elapsedSeconds !== null),
    ).toBe(true);
  });

  it('lists sleep with stages (classic nights without light/deep/REM)', async () => {
    const { client } = await connect(sandbox.plugin, { clock: fixedClock });
    const nights = await client
      .listSleep({ since: new Date(NOW - 30 * 86_400_000) })
      .toArray({ limit: 100 });
    expect(nights.length).toBeGreaterThanOrEqual(29);
    const classic = nights.filter((night) => night.metrics.sleepType === 'CLASSIC');
    expect(classic.length).toBeGreaterThan(0);
    expect(classic.every((night) => night.deepSeconds === null)).toBe(true);
    const stages = nights.filter((night) => night.metrics.sleepType === 'STAGES');
    expect(stages.every((night) => (night.deepSeconds ?? 0) > 0)).toBe(true);
  });

  it('daily summaries keep true zeros (worn, still) apart from no data (not worn)', async () => {
    const { client } = await connect(sandbox.plugin, { clock: fixedClock });
    const days = await client
      .listDailySummaries({ since: new Date('2026-10-24T00:00:00Z') })
      .toArray({ limit: 100 });
    expect(days.length).toBeGreaterThanOrEqual(27);
    expect(days.map((d) => d.date)).toEqual(
      days
        .map((d) => d.date)
        .sort()
        .reverse(),
    );
    const still = days.filter((day) => day.steps === 0);
    const notWorn = days.filter((day) => day.steps === null);
    expect(still.length).toBeGreaterThan(0);
    expect(notWorn.length).toBeGreaterThan(0);
    expect(still.every((day) => day.distanceMetres === 0 && day.energyKcal !== null)).toBe(true);
    expect(notWorn.every((day) => day.distanceMetres === null && day.energyKcal === null)).toBe(
      true,
    );
    // Resting heart rate comes from the daily points whether or not steps were counted.
    expect(days.every((day) => day.restingHeartRateBpm !== null)).toBe(true);
    // 2026-10-24 to the end of 2026-11-20 is 28 days: two 14-day windows of 5 roll-ups and
    // 3 daily lists each.
    expect(sandbox.plugin.stats.byRoute.dailyRollUp).toBe(10);
    expect(sandbox.plugin.stats.byRoute.dataPoints).toBe(6);
  });

  it('reads the heart-rate samples of one exercise', async () => {
    const { client } = await connect(sandbox.plugin, { clock: fixedClock });
    const [activity] = await client
      .listActivities({ since: new Date(NOW - 5 * 86_400_000) })
      .toArray({ limit: 1 });
    expect(activity).toBeDefined();
    const samples = await client.getSamples(activity?.externalId ?? '');
    expect(samples?.activityId).toBe(activity?.id);
    const minutes = Math.floor((activity?.elapsedSeconds ?? 0) / 60) + 1;
    expect(samples?.series.offsetsSeconds).toHaveLength(minutes);
    expect(samples?.series.offsetsSeconds[1]).toBe(60);
    await expect(client.getSamples('1234567890123456789')).resolves.toBeNull();
  });
});
