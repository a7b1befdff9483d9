import {
  polarActivityDaySchema,
  polarContinuousSamplesSchema,
  polarNightlyRechargeSchema,
  polarSleepSchema,
  polarSportSchema,
  polarTrainingSessionSchema,
  polarV3ExerciseSchema,
} from '@fitlink/polar';
import { createPolarFake } from '@fitlink/polar/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

describe('createPolarFake', () => {
  const fake = createPolarFake({ seed: 3, now: Date.parse('2026-11-20T12:00:00Z'), days: 60 });

  it('renders every record valid against the package schemas', () => {
    const check = (schema: z.ZodMiniType, records: readonly unknown[]) => {
      for (const record of records) expect(z.safeParse(schema, record).success).toBe(true);
    };
    check(polarTrainingSessionSchema, fake.trainingSessions);
    check(polarSleepSchema, fake.sleeps);
    check(polarNightlyRechargeSchema, fake.nightlyRecharge);
    check(polarActivityDaySchema, fake.activity);
    check(polarContinuousSamplesSchema, fake.continuousSamples);
    check(polarSportSchema, fake.sports);
    check(polarV3ExerciseSchema, fake.v3.exercises);
  });

  it('has Polar’s quirks: zone-less local starts, nanosecond durations, ISO 8601 in v3', () => {
    expect(
      fake.trainingSessions.every((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(s.startTime)),
    ).toBe(true);
    expect(fake.trainingSessions.some((s) => /\.\d{9}s$/.test(s.duration ?? ''))).toBe(true);
    expect(fake.v3.exercises.every((e) => /^PT/.test(e.duration ?? ''))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const again = createPolarFake({ seed: 3, now: Date.parse('2026-11-20T12:00:00Z'), days: 60 });
    expect(again.trainingSessions).toEqual(fake.trainingSessions);
  });
});
