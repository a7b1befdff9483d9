import { activitySchema, profileSchema, samplesSchema, ValidationError } from '@fitlink/core';
import * as peloton from '@fitlink/peloton';
import {
  mapPelotonPerformanceGraph,
  mapPelotonUser,
  mapPelotonWorkout,
  pelotonPerformanceGraphSchema,
  pelotonUserSchema,
  pelotonWorkoutSchema,
  pelotonWorkoutSummarySchema,
} from '@fitlink/peloton';
import {
  createPelotonFake,
  pelotonCyclingKilometresFixture,
  pelotonCyclingMilesFixture,
  pelotonMeditationFixture,
  pelotonOutdoorRunFixture,
  pelotonRowFixture,
  pelotonStrengthFixture,
} from '@fitlink/peloton/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// Property tests of every Peloton mapper (see describeMapperProperties): any payload gives valid
// records or a ValidationError. Valid samples are the fixtures and 14 days of the fake.
const fake = createPelotonFake({ seed: 9, now: Date.parse('2026-11-22T12:00:00Z'), days: 14 });
const fixtures = [
  pelotonCyclingMilesFixture,
  pelotonCyclingKilometresFixture,
  pelotonRowFixture,
  pelotonOutdoorRunFixture,
  pelotonMeditationFixture,
  pelotonStrengthFixture,
];
const recorded = fake.workouts.slice(0, 6);

describeMapperProperties('mapPelotonWorkout with its graph and summary', {
  provider: 'peloton',
  schema: z.object({
    workout: pelotonWorkoutSchema,
    performanceGraph: z.nullish(pelotonPerformanceGraphSchema),
    summary: z.nullish(pelotonWorkoutSummarySchema),
    distanceUnit: z.optional(z.enum(['mi', 'km'])),
  }),
  map: ({ workout, performanceGraph, summary, distanceUnit }) =>
    mapPelotonWorkout(workout, {
      performanceGraph: performanceGraph ?? null,
      summary: summary ?? null,
      ...(distanceUnit ? { distanceUnit } : {}),
      includeRaw: true,
    }),
  model: activitySchema,
  valid: [
    ...fixtures,
    ...fixtures.map(({ workout, summary }) => ({ workout, summary, distanceUnit: 'km' })),
    ...fake.workouts.map((workout) => ({ workout })),
    ...recorded.map((workout) => ({
      workout,
      performanceGraph: fake.performanceGraph(workout.id, 60, true),
      summary: fake.summary(workout.id),
      distanceUnit: 'mi',
    })),
  ],
  check: (record, { workout }) =>
    expect((record as { externalId: string }).externalId).toBe(workout.id),
});

describeMapperProperties('mapPelotonPerformanceGraph', {
  provider: 'peloton',
  schema: z.object({ graph: pelotonPerformanceGraphSchema, startTime: z.number() }),
  map: ({ graph, startTime }) =>
    mapPelotonPerformanceGraph(graph, { workoutId: 'abc', startTime: startTime * 1000 }),
  model: samplesSchema,
  valid: [
    ...fixtures.map(({ workout, performanceGraph }) => ({
      graph: performanceGraph,
      startTime: workout.start_time,
    })),
    ...recorded.map((workout) => ({
      graph: fake.performanceGraph(workout.id, 30, true),
      startTime: workout.start_time,
    })),
  ],
});

describeMapperProperties('mapPelotonUser', {
  provider: 'peloton',
  schema: pelotonUserSchema,
  map: (user) => mapPelotonUser(user),
  model: profileSchema,
  valid: [fake.user, { id: '5a1b2c3d4e5f60718293a4b5c6d7e8f9' }],
  check: (record, user) => expect((record as { externalId: string }).externalId).toBe(user.id),
});

describeMapperCoverage(peloton);

// What the properties found, kept as a plain case: a birthday beyond the dates JavaScript can
// hold made mapPelotonUser throw `RangeError: Invalid time value`.
describe('mapPelotonUser birthday', () => {
  it.each([1e308, 8.64e12 + 1])('an unreadable birthday (%s) is a ValidationError', (birthday) => {
    const run = () => mapPelotonUser({ ...fake.user, birthday });
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([['birthday']]);
    }
  });
});
