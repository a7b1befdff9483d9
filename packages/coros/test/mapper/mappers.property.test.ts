import { activitySchema, dailySummarySchema, sleepSchema } from '@fitlink/core';
import * as coros from '@fitlink/coros';
import {
  corosActivitySchema,
  corosDailySchema,
  mapCorosActivity,
  mapCorosDailySummary,
  mapCorosSleep,
} from '@fitlink/coros';
import {
  corosDailyFixture,
  corosIndoorRideFixture,
  corosLocalSleepDailyFixture,
  corosNoSleepDailyFixture,
  corosOutdoorRunFixture,
  corosTriathlonFixture,
  corosUnknownModeFixture,
  createCorosFake,
} from '@fitlink/coros/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { expect } from 'vitest';

// Any payload gives valid records or a ValidationError; valid samples are the fixtures and 30
// days of the fake.
const fake = createCorosFake({ seed: 5, now: Date.parse('2026-11-22T12:00:00Z'), days: 30 });

describeMapperProperties('mapCorosActivity', {
  provider: 'coros',
  schema: corosActivitySchema,
  map: (workout) => mapCorosActivity(workout, { includeRaw: true }),
  model: activitySchema,
  valid: [
    corosOutdoorRunFixture,
    corosIndoorRideFixture,
    corosTriathlonFixture,
    corosUnknownModeFixture,
    ...fake.activities,
  ],
  check: (record, workout) =>
    expect((record as { externalId: string }).externalId).toBe(workout.labelId),
});

const days = [
  corosDailyFixture,
  corosLocalSleepDailyFixture,
  corosNoSleepDailyFixture,
  ...fake.daily,
];

describeMapperProperties('mapCorosDailySummary', {
  provider: 'coros',
  schema: corosDailySchema,
  map: (day) => mapCorosDailySummary(day, { includeRaw: true }),
  model: dailySummarySchema,
  valid: days,
  check: (record, day) =>
    expect((record as { externalId: string }).externalId).toBe(String(day.happenDay)),
});

describeMapperProperties('mapCorosSleep', {
  provider: 'coros',
  schema: corosDailySchema,
  map: (day) => mapCorosSleep(day, { includeRaw: true }),
  model: sleepSchema,
  valid: days,
});

describeMapperCoverage(coros);
