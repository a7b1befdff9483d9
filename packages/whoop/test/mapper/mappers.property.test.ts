import {
  activitySchema,
  dailySummarySchema,
  profileSchema,
  sleepSchema,
  ValidationError,
  validatePayload,
} from '@fitlink/core';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import * as whoop from '@fitlink/whoop';
import {
  mapWhoopCycle,
  mapWhoopProfile,
  mapWhoopRecovery,
  mapWhoopSleep,
  mapWhoopWorkout,
  whoopBodyMeasurementSchema,
  whoopCycleSchema,
  whoopProfileSchema,
  whoopRecoverySchema,
  whoopSleepSchema,
  whoopWorkoutSchema,
} from '@fitlink/whoop';
import {
  createWhoopFake,
  whoopBodyMeasurementFixture,
  whoopCycleFixtures,
  whoopProfileFixture,
  whoopRecoveryFixtures,
  whoopSleepFixtures,
  whoopWorkoutFixtures,
} from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// Property tests of every WHOOP mapper (see describeMapperProperties): any payload gives valid
// records or a ValidationError. Valid samples are the fixtures and 30 days of the fake.
const fake = createWhoopFake({ seed: 7, now: Date.parse('2026-11-20T12:00:00Z'), days: 30 });
const recoveryOf = (cycleId: number) => fake.recoveries.find((r) => r.cycle_id === cycleId);
const sleepOf = (sleepId: string) => fake.sleeps.find((s) => s.id === sleepId);

const externalIdIs = (expected: unknown) => (record: unknown) =>
  expect((record as { externalId: string }).externalId).toBe(String(expected));

describeMapperProperties('mapWhoopWorkout', {
  provider: 'whoop',
  schema: whoopWorkoutSchema,
  map: (workout) => mapWhoopWorkout(workout, { includeRaw: true }),
  model: activitySchema,
  valid: [...Object.values(whoopWorkoutFixtures), ...fake.workouts],
  check: (record, workout) => externalIdIs(workout.id)(record),
});

describeMapperProperties('mapWhoopSleep', {
  provider: 'whoop',
  schema: whoopSleepSchema,
  map: (sleep) => mapWhoopSleep(sleep),
  model: sleepSchema,
  valid: [...Object.values(whoopSleepFixtures), ...fake.sleeps],
  check: (record, sleep) => externalIdIs(sleep.id)(record),
});

describeMapperProperties('mapWhoopCycle with its recovery', {
  provider: 'whoop',
  schema: z.object({ cycle: whoopCycleSchema, recovery: z.optional(whoopRecoverySchema) }),
  map: ({ cycle, recovery }) => mapWhoopCycle(cycle, { recovery }),
  model: dailySummarySchema,
  valid: [
    { cycle: whoopCycleFixtures.scoredDay, recovery: whoopRecoveryFixtures.scored },
    { cycle: whoopCycleFixtures.current, recovery: whoopRecoveryFixtures.pending },
    { cycle: whoopCycleFixtures.unscorableBerlin },
    ...fake.cycles.map((cycle) => ({ cycle, recovery: recoveryOf(cycle.id) })),
  ],
  check: (record, { cycle }) => externalIdIs(cycle.id)(record),
});

describeMapperProperties('mapWhoopRecovery with its sleep or with its cycle', {
  provider: 'whoop',
  schema: z.object({
    recovery: whoopRecoverySchema,
    sleep: z.optional(whoopSleepSchema),
    cycle: z.optional(whoopCycleSchema),
  }),
  map: ({ recovery, sleep, cycle }) =>
    cycle ? mapWhoopRecovery(recovery, { cycle }) : mapWhoopRecovery(recovery, { sleep: sleep! }),
  model: dailySummarySchema,
  valid: [
    { recovery: whoopRecoveryFixtures.scored, sleep: whoopSleepFixtures.scoredNight },
    { recovery: whoopRecoveryFixtures.pending, cycle: whoopCycleFixtures.current },
    ...fake.recoveries.map((recovery) => ({ recovery, sleep: sleepOf(recovery.sleep_id) })),
  ],
  check: (record, { recovery, cycle }) => externalIdIs(cycle?.id ?? recovery.cycle_id)(record),
});

describeMapperProperties('mapWhoopProfile with body measurements', {
  provider: 'whoop',
  schema: z.object({
    profile: whoopProfileSchema,
    body: z.nullish(whoopBodyMeasurementSchema),
  }),
  map: ({ profile, body }) => mapWhoopProfile(profile, { body }),
  model: profileSchema,
  valid: [
    { profile: whoopProfileFixture, body: whoopBodyMeasurementFixture },
    { profile: whoopProfileFixture },
    { profile: fake.profile, body: fake.bodyMeasurement },
  ],
  check: (record, { profile }) => externalIdIs(profile.user_id)(record),
});

describeMapperCoverage(whoop);

// What the properties found, kept as plain cases: an empty or invalid date the schema accepted
// made the cycle and recovery mappers throw `RangeError: Invalid time value`.
describe('unreadable instants', () => {
  const pathOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues.map((issue) => issue.path);
    }
    throw new Error('expected a ValidationError');
  };
  const scored = whoopCycleFixtures.scoredDay;

  it.each([
    ['an empty cycle start', whoopCycleSchema, { ...scored, start: '' }, ['start']],
    [
      'a cycle end without a zone',
      whoopCycleSchema,
      { ...scored, end: '2026-10-05T04:12:00' },
      ['end'],
    ],
    [
      'an invalid workout start',
      whoopWorkoutSchema,
      { ...whoopWorkoutFixtures.scoredRun, start: 'x' },
      ['start'],
    ],
    [
      'an empty sleep end',
      whoopSleepSchema,
      { ...whoopSleepFixtures.scoredNight, end: '' },
      ['end'],
    ],
    [
      'an invalid recovery created_at',
      whoopRecoverySchema,
      { ...whoopRecoveryFixtures.scored, created_at: '2026-13-01T00:00:00Z' },
      ['created_at'],
    ],
  ])('the schema rejects %s with its path', (_name, schema, payload, path) => {
    const parse = () => validatePayload(schema, payload, { provider: 'whoop', endpoint: 'test' });
    expect(pathOf(parse)).toEqual([path]);
  });

  it('the mappers, given unvalidated stored data, throw ValidationError naming the field', () => {
    expect(pathOf(() => mapWhoopCycle({ ...scored, start: '' }))).toEqual([['start']]);
    // Without its cycle or sleep (an untyped caller), a recovery has no day: never a UTC guess.
    expect(
      pathOf(() =>
        mapWhoopRecovery(
          whoopRecoveryFixtures.scored,
          {} as Parameters<typeof mapWhoopRecovery>[1],
        ),
      ),
    ).toEqual([['cycle']]);
    const sleep = { ...whoopSleepFixtures.scoredNight, end: 'not a date' };
    expect(pathOf(() => mapWhoopRecovery(whoopRecoveryFixtures.scored, { sleep }))).toEqual([
      ['sleep', 'end'],
    ]);
  });
});
