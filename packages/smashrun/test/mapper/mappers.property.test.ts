import { activitySchema, profileSchema, samplesSchema, ValidationError } from '@fitlink/core';
import * as smashrun from '@fitlink/smashrun';
import {
  mapSmashrunActivity,
  mapSmashrunProfile,
  mapSmashrunSamples,
  smashrunActivitySchema,
  smashrunActivitySummarySchema,
  smashrunUserInfoSchema,
} from '@fitlink/smashrun';
import {
  createSmashrunFake,
  smashrunExtendedRunFixture,
  smashrunManualRunFixture,
  smashrunOutdoorRunFixture,
  smashrunTreadmillRunFixture,
  smashrunUserInfoFixture,
  toSmashrunSummary,
} from '@fitlink/smashrun/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';

// Property tests of every SmashRun mapper (see describeMapperProperties): any payload gives valid
// records or a ValidationError. Valid samples are the fixtures and 30 days of the fake, with a
// sample a minute so mutating a recording stays cheap.
const fake = createSmashrunFake({
  seed: 5,
  now: Date.parse('2026-11-22T12:00:00Z'),
  days: 30,
  sampleEverySeconds: 60,
});

const externalIdIs = (expected: number) => (record: unknown) =>
  expect((record as { externalId: string }).externalId).toBe(String(expected));

describeMapperProperties('mapSmashrunActivity', {
  provider: 'smashrun',
  schema: smashrunActivitySummarySchema,
  map: (run) => mapSmashrunActivity(run, { includeRaw: true }),
  model: activitySchema,
  valid: [
    smashrunOutdoorRunFixture,
    smashrunTreadmillRunFixture,
    smashrunManualRunFixture,
    ...fake.activities.map(toSmashrunSummary),
  ],
  check: (record, run) => externalIdIs(run.activityId)(record),
});

describeMapperProperties('mapSmashrunSamples', {
  provider: 'smashrun',
  schema: smashrunActivitySchema,
  map: (run) => mapSmashrunSamples(run),
  model: samplesSchema,
  valid: [smashrunExtendedRunFixture, smashrunManualRunFixture, ...fake.activities],
  check: (record, run) =>
    expect((record as { activityId: string }).activityId).toBe(`smashrun:${run.activityId}`),
});

describeMapperProperties('mapSmashrunProfile', {
  provider: 'smashrun',
  schema: smashrunUserInfoSchema,
  map: (user) => mapSmashrunProfile(user, { includeRaw: true }),
  model: profileSchema,
  valid: [smashrunUserInfoFixture, fake.userInfo, { id: 1 }],
  check: (record, user) => externalIdIs(user.id)(record),
});

describeMapperCoverage(smashrun);

// What the properties found, kept as a plain case: a sample without a clock value got offset 0,
// a guessed and out-of-order time; it is now a ValidationError naming the value.
describe('a recording with a clock gap', () => {
  it.each([null, -1])('is a ValidationError at the clock value (%s)', (gap) => {
    const run = {
      ...smashrunExtendedRunFixture,
      recordingKeys: ['clock', 'heartRate'],
      recordingValues: [
        [0, gap, 2],
        [120, 121, 122],
      ],
    };
    const error = (() => {
      try {
        mapSmashrunSamples(run);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      ['recordingValues', 0, 1],
    ]);
  });
});
