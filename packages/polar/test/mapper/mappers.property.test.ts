import { activitySchema, dailySummarySchema, sleepSchema } from '@fitlink/core';
import * as polar from '@fitlink/polar';
import {
  mapPolarDay,
  mapPolarNightlyRecharge,
  mapPolarSleep,
  mapPolarTrainingSession,
  mapPolarV3Exercise,
  polarActivityDaySchema,
  polarNightlyRechargeSchema,
  polarSleepSchema,
  polarTrainingSessionSchema,
  polarV3ExerciseSchema,
  polarV3HashedExerciseSchema,
} from '@fitlink/polar';
import {
  createPolarFake,
  polarNightlyRechargeFixture,
  polarSleepFixture,
  polarTrainingSessionFixtures,
  polarV3ExerciseFixtures,
  polarV3HashedExerciseFixture,
} from '@fitlink/polar/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { expect } from 'vitest';
import * as z from 'zod/mini';

// Property tests of every Polar mapper: any payload gives a valid record or a ValidationError.
// Valid samples are the fixtures and 30 days of the fake.
const fake = createPolarFake({ seed: 7, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
const sportNames = new Map(fake.sports.map((sport) => [sport.identifier.id, sport.nameKey]));
const externalIdIs = (expected: unknown) => (record: unknown) =>
  expect((record as { externalId: string }).externalId).toBe(String(expected));

describeMapperProperties('mapPolarTrainingSession', {
  provider: 'polar',
  schema: polarTrainingSessionSchema,
  map: (session) => mapPolarTrainingSession(session, { sportNames, includeRaw: true }),
  model: activitySchema,
  valid: [...Object.values(polarTrainingSessionFixtures), ...fake.trainingSessions],
  check: (record, session) => externalIdIs(session.identifier.id)(record),
});

describeMapperProperties('mapPolarV3Exercise', {
  provider: 'polar',
  schema: polarV3ExerciseSchema,
  map: (exercise) => mapPolarV3Exercise(exercise),
  model: activitySchema,
  valid: [...Object.values(polarV3ExerciseFixtures), ...fake.v3.exercises],
  check: (record, exercise) => externalIdIs(exercise.id)(record),
});

describeMapperProperties('mapPolarV3Exercise, snake_case from /v3/exercises', {
  provider: 'polar',
  schema: polarV3HashedExerciseSchema,
  map: (exercise) => mapPolarV3Exercise(exercise),
  model: activitySchema,
  valid: [polarV3HashedExerciseFixture],
  check: (record, exercise) => externalIdIs(exercise.id)(record),
});

describeMapperProperties('mapPolarSleep', {
  provider: 'polar',
  schema: polarSleepSchema,
  map: (sleep) => mapPolarSleep(sleep),
  model: sleepSchema,
  valid: [polarSleepFixture, ...fake.sleeps],
  check: (record, sleep) => externalIdIs(sleep.sleepDate)(record),
});

describeMapperProperties('mapPolarNightlyRecharge', {
  provider: 'polar',
  schema: polarNightlyRechargeSchema,
  map: (recharge) => mapPolarNightlyRecharge(recharge),
  model: dailySummarySchema,
  valid: [polarNightlyRechargeFixture, ...fake.nightlyRecharge],
  check: (record, recharge) => externalIdIs(recharge.date)(record),
});

const activityOf = (date: string) => fake.activity.find((day) => day.date === date);
describeMapperProperties('mapPolarDay, recharge and activity of a date', {
  provider: 'polar',
  schema: z.object({
    recharge: z.optional(polarNightlyRechargeSchema),
    activity: z.optional(polarActivityDaySchema),
  }),
  map: (day) => mapPolarDay(day),
  model: dailySummarySchema,
  valid: [
    { recharge: polarNightlyRechargeFixture },
    ...fake.nightlyRecharge.map((recharge) => ({ recharge, activity: activityOf(recharge.date) })),
    ...fake.activity.map((activity) => ({ activity })),
  ],
  check: (record, day) => externalIdIs(day.recharge?.date ?? day.activity?.date)(record),
});

describeMapperCoverage(polar);
