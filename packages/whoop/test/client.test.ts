import { activitySchema, dailySummarySchema, sleepSchema } from '@fitlink/core';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, NOW, whoopPlugin } from './helpers.js';

const DAY = 86_400_000;

describe('normalized lists', () => {
  const sandbox = useSandbox(() => [whoopPlugin()]);

  it('lists every workout in [since, until) as activities', async () => {
    const { client } = await connect(sandbox.plugin);
    const since = new Date(NOW - 14 * DAY);
    const until = new Date(NOW - 7 * DAY);
    const activities = [];
    for await (const activity of client.listActivities({ since, until })) activities.push(activity);
    const expected = (sandbox.plugin.data?.workouts ?? []).filter((workout) => {
      const start = Date.parse(workout.start);
      return start >= since.getTime() && start < until.getTime();
    });
    expect(activities.map((activity) => activity.externalId)).toEqual(
      expected.reverse().map((workout) => workout.id),
    );
    for (const activity of activities)
      expect(activitySchema.safeParse(activity).success).toBe(true);
    // Denver in November and the trip to Berlin in the middle of the timeline.
    expect(new Set(activities.map((activity) => activity.utcOffsetMinutes))).toEqual(
      new Set([-420, 60]),
    );
  });

  it('lists sleeps, including unscored ones with null values', async () => {
    const { client } = await connect(sandbox.plugin);
    const sleeps = [];
    for await (const sleep of client.listSleep({ since: new Date(NOW - 30 * DAY) }))
      sleeps.push(sleep);
    expect(sleeps.length).toBe(sandbox.plugin.data?.sleeps.length);
    for (const sleep of sleeps) expect(sleepSchema.safeParse(sleep).success).toBe(true);
    const unscored = sleeps.filter((sleep) => sleep.metrics.scoreState === 'UNSCORABLE');
    expect(unscored.length).toBeGreaterThan(0);
    expect(unscored.every((sleep) => sleep.deepSeconds === null && sleep.score === null)).toBe(
      true,
    );
  });

  it('joins each cycle with its recovery into one daily summary', async () => {
    const { client } = await connect(sandbox.plugin);
    const days = [];
    for await (const day of client.listDailySummaries({ since: new Date(NOW - 30 * DAY) }))
      days.push(day);
    const data = sandbox.plugin.data;
    expect(days.length).toBe(data?.cycles.length);
    for (const day of days) expect(dailySummarySchema.safeParse(day).success).toBe(true);
    const scored = days.filter((day) => day.recoveryScore !== null && day.strain !== null);
    expect(scored.length).toBeGreaterThan(20);
    // The current cycle is open, and its recovery is still pending.
    expect(days[0]?.endTime).toBeNull();
    expect(days[0]?.metrics.recoveryScoreState).toBe('PENDING_SCORE');
    // Dates are the mornings the shared timeline names.
    const timeline = (await import('@fitlink/testing')).createSandboxTimeline({
      seed: 1,
      now: NOW,
      days: 30,
    });
    expect(days.map((day) => day.date).reverse()).toEqual(timeline.recovery.map((day) => day.date));
    const first = timeline.recovery.at(-2);
    const mapped = days[1];
    expect(mapped?.recoveryScore).toBe(first?.recoveryScore);
    expect(mapped?.hrvRmssdMs).toBe(first?.hrvRmssdMs);
  });
});
