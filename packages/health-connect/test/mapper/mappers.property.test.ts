import { activitySchema, dailySummarySchema, sleepSchema } from '@fitlink/core';
import * as healthConnect from '@fitlink/health-connect';
import {
  healthConnectWebhookExerciseSchema,
  healthConnectWebhookPayloadSchema,
  healthConnectWebhookSleepSchema,
  mapHealthConnectDailySummaries,
  mapHealthConnectExercise,
  mapHealthConnectSleep,
} from '@fitlink/health-connect';
import {
  createHealthConnectFake,
  healthConnectExerciseFixtures,
  healthConnectSleepFixtures,
  healthConnectWebhookBatchFixtures,
} from '@fitlink/health-connect/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { expect } from 'vitest';

// Property tests of every mapper: any payload gives valid records or a ValidationError.
const fake = createHealthConnectFake({
  seed: 3,
  now: Date.parse('2026-11-22T12:00:00Z'),
  days: 20,
});
const nullOffset = (record: unknown) =>
  expect((record as { utcOffsetMinutes: unknown }).utcOffsetMinutes).toBeNull();

describeMapperProperties('mapHealthConnectExercise', {
  provider: 'health-connect',
  schema: healthConnectWebhookExerciseSchema,
  map: (exercise) => mapHealthConnectExercise(exercise, { includeRaw: true }),
  model: activitySchema,
  valid: [...Object.values(healthConnectExerciseFixtures), ...fake.records.exercise],
  check: nullOffset,
});

describeMapperProperties('mapHealthConnectSleep', {
  provider: 'health-connect',
  schema: healthConnectWebhookSleepSchema,
  map: (sleep) => mapHealthConnectSleep(sleep),
  model: sleepSchema,
  valid: [...Object.values(healthConnectSleepFixtures), ...fake.records.sleep],
  check: nullOffset,
});

describeMapperProperties('mapHealthConnectDailySummaries', {
  provider: 'health-connect',
  schema: healthConnectWebhookPayloadSchema,
  map: (payload) => mapHealthConnectDailySummaries(payload, { includeRaw: true }),
  model: dailySummarySchema,
  valid: [healthConnectWebhookBatchFixtures.day, ...fake.batches.slice(0, 6)],
  check: nullOffset,
});

describeMapperCoverage(healthConnect);
