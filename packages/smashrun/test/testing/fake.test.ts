import {
  mapSmashrunActivity,
  smashrunActivitySchema,
  smashrunUserInfoSchema,
} from '@fitlink/smashrun';
import { createSmashrunFake, renderSmashrunSplits } from '@fitlink/smashrun/testing';
import { createSandboxTimeline } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { NOW } from '../helpers.js';

describe('createSmashrunFake', () => {
  const data = createSmashrunFake({ seed: 1, now: NOW });

  it('renders only runs and treadmill runs, schema-valid, newest first', () => {
    const timeline = createSandboxTimeline({ seed: 1, now: NOW });
    const runs = timeline.workouts.filter((w) => w.sport === 'run' || w.sport === 'treadmill_run');
    expect(data.activities).toHaveLength(runs.length);
    expect(z.safeParse(z.array(smashrunActivitySchema), data.activities).success).toBe(true);
    expect(z.safeParse(smashrunUserInfoSchema, data.userInfo).success).toBe(true);
    const starts = data.activities.map((run) => Date.parse(run.startDateTimeLocal));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('uses SmashRun units and quirks and matches the timeline workout', () => {
    for (const run of data.activities) {
      const workout = data.workouts.get(run.activityId);
      expect(run.startDateTimeLocal).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
      );
      expect(run.distance).toBeCloseTo((workout?.distanceMeters ?? 0) / 1000, 4);
      expect(run.isTreadmill).toBe(workout?.sport === 'treadmill_run' ? 1 : 0);
      expect(run.dateCreatedUTC).not.toMatch(/Z$/);
      const activity = mapSmashrunActivity(run);
      expect(Date.parse(activity.startTime)).toBe(workout?.startMs);
      expect(activity.utcOffsetMinutes).toBe(workout?.utcOffsetMinutes);
      const values = run.recordingValues ?? [];
      expect(new Set(values.map((series) => series.length)).size).toBe(1);
      if (run.isTreadmill === 1) expect(run.recordingKeys).not.toContain('latitude');
    }
  });

  it('is deterministic and splits add up to the distance', () => {
    expect(createSmashrunFake({ seed: 1, now: NOW }).activities[0]).toEqual(data.activities[0]);
    const run = data.activities[0];
    if (!run) throw new Error('no run');
    const splits = renderSmashrunSplits(run, 'km');
    expect(splits.at(-1)?.cumulativeDistance).toBeCloseTo(run.recordingValues?.[1]?.at(-1) ?? 0, 3);
  });
});
