import { activitySchema, dailySummarySchema, samplesSchema, sleepSchema } from '@fitlink/core';
import * as googleHealth from '@fitlink/google-health';
import {
  googleHealthDailyHeartRateVariabilitySchema,
  googleHealthDailyOxygenSaturationSchema,
  googleHealthDailyRestingHeartRateSchema,
  googleHealthDailyRollupDataPointSchema,
  googleHealthExercisePointSchema,
  googleHealthHeartRateSchema,
  googleHealthSleepPointSchema,
  mapGoogleHealthDay,
  mapGoogleHealthExercise,
  mapGoogleHealthHeartRate,
  mapGoogleHealthSleep,
} from '@fitlink/google-health';
import {
  createGoogleHealthFake,
  googleHealthDayFixtures,
  googleHealthExerciseFixtures,
  googleHealthSleepFixtures,
} from '@fitlink/google-health/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { expect } from 'vitest';
import * as z from 'zod/mini';

// Property tests of every mapper: any payload gives a valid record or a ValidationError.
const fake = createGoogleHealthFake({ seed: 7, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
const exercises = (fake.dataPoints.exercise ?? []).flatMap((p) =>
  p.exercise ? [{ ...p, exercise: p.exercise }] : [],
);
const sleeps = (fake.dataPoints.sleep ?? []).flatMap((p) =>
  p.sleep ? [{ ...p, sleep: p.sleep }] : [],
);
const idOf = (name: string | undefined) => name?.slice(name.lastIndexOf('/') + 1);

describeMapperProperties('mapGoogleHealthExercise', {
  provider: 'google-health',
  schema: googleHealthExercisePointSchema,
  map: (point) => mapGoogleHealthExercise(point, { includeRaw: true }),
  model: activitySchema,
  valid: [...Object.values(googleHealthExerciseFixtures), ...exercises],
  check: (record, point) => {
    const id = idOf(point.name);
    if (id) expect((record as { externalId: string }).externalId).toBe(id);
  },
});

describeMapperProperties('mapGoogleHealthSleep', {
  provider: 'google-health',
  schema: googleHealthSleepPointSchema,
  map: (point) => mapGoogleHealthSleep(point),
  model: sleepSchema,
  valid: [...Object.values(googleHealthSleepFixtures), ...sleeps],
  check: (record, point) => {
    const id = idOf(point.name);
    if (id) expect((record as { externalId: string }).externalId).toBe(id);
  },
});

describeMapperProperties('mapGoogleHealthDay', {
  provider: 'google-health',
  schema: z.object({
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    steps: z.optional(googleHealthDailyRollupDataPointSchema),
    distance: z.optional(googleHealthDailyRollupDataPointSchema),
    totalCalories: z.optional(googleHealthDailyRollupDataPointSchema),
    activeZoneMinutes: z.optional(googleHealthDailyRollupDataPointSchema),
    heartRate: z.optional(googleHealthDailyRollupDataPointSchema),
    restingHeartRate: z.optional(googleHealthDailyRestingHeartRateSchema),
    heartRateVariability: z.optional(googleHealthDailyHeartRateVariabilitySchema),
    oxygenSaturation: z.optional(googleHealthDailyOxygenSaturationSchema),
  }),
  map: (day) => mapGoogleHealthDay(day),
  model: dailySummarySchema,
  valid: Object.values(googleHealthDayFixtures),
  check: (record, day) => expect((record as { date: string }).date).toBe(day.date),
});

const run = googleHealthExerciseFixtures.run;
describeMapperProperties('mapGoogleHealthHeartRate', {
  provider: 'google-health',
  schema: z.array(googleHealthHeartRateSchema),
  map: (samples) =>
    mapGoogleHealthHeartRate(samples, {
      activity: {
        id: 'google-health:5083141962461696123',
        startTime: run.exercise.interval.startTime,
        elapsedSeconds: 2910,
      },
    }),
  model: samplesSchema,
  valid: [
    (fake.dataPoints['heart-rate'] ?? [])
      .slice(0, 50)
      .flatMap((p) => (p.heartRate ? [p.heartRate] : [])),
    [],
  ],
});

describeMapperCoverage(googleHealth);
