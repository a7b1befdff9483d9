import * as appleHealth from '@fitlink/apple-health';
import {
  appleHealthExportSchema,
  appleHealthMetricSchema,
  appleHealthSleepNightSchema,
  appleHealthSleepStageSchema,
  appleHealthWorkoutSchema,
  mapAppleHealthDailySummaries,
  mapAppleHealthMetric,
  mapAppleHealthSleepNight,
  mapAppleHealthSleepStages,
  mapAppleHealthWorkout,
  mapAppleHealthWorkoutSamples,
  readAppleHealthBatch,
} from '@fitlink/apple-health';
import {
  appleHealthExportFixtures,
  appleHealthSleepNightFixture,
  appleHealthSleepStageFixtures,
  appleHealthWorkoutFixtures,
  createAppleHealthFake,
} from '@fitlink/apple-health/testing';
import { activitySchema, dailySummarySchema, samplesSchema, sleepSchema } from '@fitlink/core';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { expect } from 'vitest';
import * as z from 'zod/mini';

// Any payload gives valid records or a ValidationError. Valid samples: the fixtures and 10 days
// of the fake on both kinds of phone.
const NOW = Date.parse('2026-11-20T12:00:00Z');
const metricFake = createAppleHealthFake({ now: NOW, days: 10, units: 'metric' });
const imperialFake = createAppleHealthFake({ now: NOW, days: 10, units: 'imperial' });
const fakeWorkouts = [...(metricFake.data.workouts ?? []), ...(imperialFake.data.workouts ?? [])];
const fakeMetrics = [...(metricFake.data.metrics ?? []), ...(imperialFake.data.metrics ?? [])];
const nights = fakeMetrics
  .filter((metric) => metric.name === 'sleep_analysis')
  .flatMap((metric) => metric.data);

describeMapperProperties('mapAppleHealthWorkout', {
  provider: 'apple-health',
  schema: appleHealthWorkoutSchema,
  map: (workout) => mapAppleHealthWorkout(workout, { includeRaw: true }),
  model: activitySchema,
  valid: [...Object.values(appleHealthWorkoutFixtures), ...fakeWorkouts.slice(0, 12)],
  check: (record, workout) =>
    expect((record as { externalId: string }).externalId).toBe(workout.id),
});

describeMapperProperties('mapAppleHealthWorkoutSamples', {
  provider: 'apple-health',
  schema: appleHealthWorkoutSchema,
  map: (workout) => mapAppleHealthWorkoutSamples(workout),
  model: samplesSchema,
  valid: [...Object.values(appleHealthWorkoutFixtures), ...fakeWorkouts.slice(0, 6)],
});

describeMapperProperties('mapAppleHealthSleepNight', {
  provider: 'apple-health',
  schema: appleHealthSleepNightSchema,
  map: (night) => mapAppleHealthSleepNight(night),
  model: sleepSchema,
  valid: [appleHealthSleepNightFixture, ...nights.slice(0, 8)],
});

describeMapperProperties('mapAppleHealthSleepStages', {
  provider: 'apple-health',
  schema: z.array(appleHealthSleepStageSchema),
  map: (rows) => mapAppleHealthSleepStages(rows),
  model: sleepSchema,
  valid: [appleHealthSleepStageFixtures, appleHealthSleepStageFixtures.slice(0, 3)],
});

describeMapperProperties('mapAppleHealthDailySummaries, over mapAppleHealthMetric samples', {
  provider: 'apple-health',
  schema: z.array(appleHealthMetricSchema),
  map: (metrics) =>
    mapAppleHealthDailySummaries(metrics.flatMap((metric) => mapAppleHealthMetric(metric).samples)),
  model: dailySummarySchema,
  valid: [
    appleHealthExportFixtures.metricPhone.data.metrics,
    appleHealthExportFixtures.imperialPhone.data.metrics,
    appleHealthExportFixtures.traveller.data.metrics,
    fakeMetrics.filter((metric) => metric.name !== 'sleep_analysis'),
  ],
});

describeMapperProperties('mapAppleHealthWorkout, through readAppleHealthBatch on whole exports', {
  provider: 'apple-health',
  schema: appleHealthExportSchema,
  map: (body) => [...readAppleHealthBatch(body).activities.map((entry) => entry.record)],
  model: activitySchema,
  valid: [
    ...Object.values(appleHealthExportFixtures),
    createAppleHealthFake({ now: NOW, days: 3 }),
  ],
});

// A metric sample (not a core model record): the shape every sample must have.
const metricSampleSchema = z.object({
  key: z.string().check(z.minLength(1)),
  metric: z.string(),
  time: z.iso.datetime({ precision: 3 }),
  utcOffsetMinutes: z.number().check(z.gte(-18 * 60), z.lte(18 * 60)),
  localDate: z.iso.date(),
  value: z.number().check(z.refine(Number.isFinite)),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  unit: z.string(),
  converted: z.boolean(),
  source: z.nullable(z.string()),
});

describeMapperProperties('mapAppleHealthMetric', {
  provider: 'apple-health',
  schema: appleHealthMetricSchema,
  map: (metric) => mapAppleHealthMetric(metric).samples,
  model: metricSampleSchema,
  valid: [
    ...appleHealthExportFixtures.metricPhone.data.metrics,
    ...appleHealthExportFixtures.unknownAndPassThrough.data.metrics,
    ...fakeMetrics.filter((metric) => metric.name !== 'sleep_analysis').slice(0, 6),
  ],
});

describeMapperCoverage(appleHealth);
