import { createOuraFake } from '@fitlink/oura/testing';
import { describe, expect, it } from 'vitest';
import {
  ouraDailyActivitySchema,
  ouraSleepSchema,
  ouraWorkoutSchema,
  validatePayloadForTest,
} from './schemas.js';

describe('createOuraFake', () => {
  const data = createOuraFake({ seed: 3, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });

  it('renders schema-valid documents with local offsets and UTC heart rate', () => {
    for (const workout of data.workouts) validatePayloadForTest(ouraWorkoutSchema, workout);
    for (const sleep of data.sleeps) validatePayloadForTest(ouraSleepSchema, sleep);
    for (const day of data.dailyActivities) validatePayloadForTest(ouraDailyActivitySchema, day);
    expect(data.workouts.every((workout) => /[+-]\d{2}:\d{2}$/.test(workout.start_datetime))).toBe(
      true,
    );
    expect(data.heartRate.every((row) => row.timestamp.endsWith('+00:00'))).toBe(true);
    // The athlete travels: some documents carry a European offset.
    expect(data.workouts.some((workout) => workout.start_datetime.endsWith('+01:00'))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const again = createOuraFake({ seed: 3, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
    expect(again.workouts).toEqual(data.workouts);
  });
});
