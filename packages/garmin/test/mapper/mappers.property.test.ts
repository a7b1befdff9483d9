import { activitySchema, dailySummarySchema, samplesSchema, sleepSchema } from '@fitlink/core';
import * as garmin from '@fitlink/garmin';
import {
  garminActivityDetailsSchema,
  garminActivitySchema,
  garminBodyCompositionRecordSchema,
  garminBodyCompositionSchema,
  garminDailySchema,
  garminHrvSchema,
  garminSleepSchema,
  mapGarminActivity,
  mapGarminBodyComposition,
  mapGarminDailySummary,
  mapGarminHrv,
  mapGarminSamples,
  mapGarminSleep,
} from '@fitlink/garmin';
import {
  createGarminFake,
  garminActivityDetailsFixture,
  garminBodyCompositionFixture,
  garminDailyFixture,
  garminFinalSleepFixture,
  garminHrvFixture,
  garminRowingLegFixture,
  garminRunFixture,
  garminTentativeSleepFixture,
  garminUnknownTypeFixture,
} from '@fitlink/garmin/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { expect } from 'vitest';

// Any payload gives a valid record or a ValidationError. Valid samples: the fixtures and 20 days
// of the fake, with details sampled every 2 minutes so mutating them stays cheap.
const fake = createGarminFake({
  seed: 9,
  now: Date.parse('2026-11-20T12:00:00Z'),
  days: 20,
  sampleEverySeconds: 120,
});
const externalIdIs = (expected: string) => (record: unknown) =>
  expect((record as { externalId: string }).externalId).toBe(expected);

describeMapperProperties('mapGarminActivity', {
  provider: 'garmin',
  schema: garminActivitySchema,
  map: (activity) => mapGarminActivity(activity, { includeRaw: true }),
  model: activitySchema,
  valid: [garminRunFixture, garminRowingLegFixture, garminUnknownTypeFixture, ...fake.activities],
  check: (record, activity) => externalIdIs(activity.summaryId)(record),
});

describeMapperProperties('mapGarminSamples', {
  provider: 'garmin',
  schema: garminActivityDetailsSchema,
  map: (details) => mapGarminSamples(details),
  model: samplesSchema,
  valid: [garminActivityDetailsFixture, ...fake.activityDetails.slice(0, 4)],
  check: (record, details) =>
    expect((record as { activityId: string }).activityId).toBe(
      `garmin:${details.summary.summaryId}`,
    ),
});

describeMapperProperties('mapGarminSleep', {
  provider: 'garmin',
  schema: garminSleepSchema,
  map: (sleep) => mapGarminSleep(sleep, { includeRaw: true }),
  model: sleepSchema,
  valid: [garminTentativeSleepFixture, garminFinalSleepFixture, ...fake.sleeps],
  check: (record, sleep) => externalIdIs(sleep.summaryId)(record),
});

describeMapperProperties('mapGarminDailySummary', {
  provider: 'garmin',
  schema: garminDailySchema,
  map: (daily) => mapGarminDailySummary(daily, { includeRaw: true }),
  model: dailySummarySchema,
  valid: [garminDailyFixture, ...fake.dailies],
  check: (record, daily) => externalIdIs(daily.calendarDate)(record),
});

describeMapperProperties('mapGarminHrv', {
  provider: 'garmin',
  schema: garminHrvSchema,
  map: (hrv) => mapGarminHrv(hrv),
  model: dailySummarySchema,
  valid: [garminHrvFixture, ...fake.hrv],
  check: (record, hrv) => externalIdIs(`hrv-${hrv.calendarDate}`)(record),
});

describeMapperProperties('mapGarminBodyComposition', {
  provider: 'garmin',
  schema: garminBodyCompositionSchema,
  map: (summary) => mapGarminBodyComposition(summary),
  model: garminBodyCompositionRecordSchema,
  valid: [garminBodyCompositionFixture, { summaryId: 'b2', measurementTimeInSeconds: 1795176000 }],
  check: (record, summary) => externalIdIs(summary.summaryId)(record),
});

describeMapperCoverage(garmin);
