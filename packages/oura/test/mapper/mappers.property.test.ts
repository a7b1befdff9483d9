import {
  activitySchema,
  dailySummarySchema,
  profileSchema,
  samplesSchema,
  sleepSchema,
} from '@fitlink/core';
import * as oura from '@fitlink/oura';
import {
  mapOuraDay,
  mapOuraHeartRate,
  mapOuraPersonalInfo,
  mapOuraSleep,
  mapOuraWorkout,
  ouraDailyActivitySchema,
  ouraDailyReadinessSchema,
  ouraHeartRateSchema,
  ouraPersonalInfoSchema,
  ouraSleepSchema,
  ouraWorkoutSchema,
} from '@fitlink/oura';
import {
  createOuraFake,
  ouraDayFixture,
  ouraSleepFixtures,
  ouraWorkoutFixtures,
} from '@fitlink/oura/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { describe, expect } from 'vitest';
import * as z from 'zod/mini';

// Any payload gives a valid record or a ValidationError. Valid samples: fixtures and the fake.
const fake = createOuraFake({ seed: 7, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
const externalIdIs = (expected: unknown) => (record: unknown) =>
  expect((record as { externalId: string }).externalId).toBe(String(expected));

describeMapperProperties('mapOuraWorkout', {
  provider: 'oura',
  schema: ouraWorkoutSchema,
  map: (workout) => mapOuraWorkout(workout, { includeRaw: true }),
  model: activitySchema,
  valid: [...Object.values(ouraWorkoutFixtures), ...fake.workouts],
  check: (record, workout) => externalIdIs(workout.id)(record),
});

describeMapperProperties('mapOuraSleep', {
  provider: 'oura',
  schema: ouraSleepSchema,
  map: (sleep) => mapOuraSleep(sleep),
  model: sleepSchema,
  valid: [...Object.values(ouraSleepFixtures), ...fake.sleeps],
  check: (record, sleep) => externalIdIs(sleep.id)(record),
});

describeMapperProperties('mapOuraDay', {
  provider: 'oura',
  schema: z.object({
    day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    readiness: z.optional(ouraDailyReadinessSchema),
    activity: z.optional(ouraDailyActivitySchema),
    mainSleep: z.optional(ouraSleepSchema),
  }),
  map: (documents) => mapOuraDay(documents),
  model: dailySummarySchema,
  valid: [
    ouraDayFixture,
    ...fake.dailyReadinesses.map((readiness, index) => ({
      day: readiness.day,
      readiness,
      activity: fake.dailyActivities[index],
    })),
  ],
  check: (record, documents) => externalIdIs(documents.day)(record),
});

describeMapperProperties('mapOuraPersonalInfo', {
  provider: 'oura',
  schema: ouraPersonalInfoSchema,
  map: (info) => mapOuraPersonalInfo(info),
  model: profileSchema,
  valid: [fake.personalInfo, { id: 'u2' }],
  check: (record, info) => externalIdIs(info.id)(record),
});

const activity = mapOuraWorkout(ouraWorkoutFixtures.ride);
describeMapperProperties('mapOuraHeartRate', {
  provider: 'oura',
  schema: z.array(ouraHeartRateSchema),
  map: (readings) => mapOuraHeartRate(readings, { activity }),
  model: samplesSchema,
  valid: [
    [{ bpm: 124, source: 'workout', timestamp: '2026-11-19T00:30:00+00:00' }],
    fake.heartRate.slice(0, 40),
  ],
});

describe('mapper coverage', () => {
  describeMapperCoverage(oura);
});
