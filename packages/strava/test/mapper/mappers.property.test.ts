import {
  activitySchema,
  profileSchema,
  samplesSchema,
  ValidationError,
  validatePayload,
} from '@fitlink/core';
import * as strava from '@fitlink/strava';
import {
  mapStravaActivity,
  mapStravaAthlete,
  mapStravaStreams,
  STRAVA_STREAM_KEYS,
  stravaAthleteSchema,
  stravaDetailedActivitySchema,
  stravaStreamsResponseSchema,
  stravaSummaryActivitySchema,
} from '@fitlink/strava';
import {
  createStravaFake,
  stravaAthleteFixture,
  stravaLegacyActivityFixture,
  stravaManualActivityFixture,
  stravaRideSummaryFixture,
  stravaRunStreamsFixture,
  stravaTreadmillRunFixture,
} from '@fitlink/strava/testing';
import { describeMapperCoverage, describeMapperProperties } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// Property tests of every Strava mapper (see describeMapperProperties): any payload gives valid
// records or a ValidationError. Valid samples are the fixtures and 21 days of the fake.
const fake = createStravaFake({ seed: 11, now: Date.parse('2026-11-22T12:00:00Z'), days: 21 });
const externalIdIs = (expected: string | number) => (record: unknown) =>
  expect((record as { externalId: string }).externalId).toBe(String(expected));

describeMapperProperties('mapStravaActivity (summary)', {
  provider: 'strava',
  schema: stravaSummaryActivitySchema,
  map: (activity) => mapStravaActivity(activity, { includeRaw: true }),
  model: activitySchema,
  valid: [
    stravaRideSummaryFixture,
    stravaTreadmillRunFixture,
    stravaLegacyActivityFixture,
    ...fake.activities.map(fake.summary),
  ],
  check: (record, activity) => externalIdIs(strava.stravaIdString(activity.id))(record),
});

describeMapperProperties('mapStravaActivity (detailed)', {
  provider: 'strava',
  schema: stravaDetailedActivitySchema,
  map: (activity) => mapStravaActivity(activity),
  model: activitySchema,
  valid: [stravaManualActivityFixture, ...fake.activities.slice(0, 12).map(fake.detailed)],
});

// The streams answer in both forms (keyed by type, and the legacy array), with its activity.
const legacy = (set: Record<string, unknown>) =>
  Object.entries(set).map(([type, stream]) => ({ type, ...(stream as object) }));
const recorded = fake.activities.slice(0, 3);
// The first four minutes of each recording: every stream keeps its shape, mutations stay cheap.
const firstMinutes = (set: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(set).map(([type, stream]) => {
      const { data, ...meta } = stream as { data: unknown[] };
      return [type, { ...meta, data: data.slice(0, 240) }];
    }),
  );
describeMapperProperties('mapStravaStreams, keyed or legacy', {
  provider: 'strava',
  schema: z.object({ streams: stravaStreamsResponseSchema, activity: stravaSummaryActivitySchema }),
  map: ({ streams, activity }) => mapStravaStreams(streams, activity),
  model: samplesSchema,
  valid: [
    { streams: stravaRunStreamsFixture, activity: stravaTreadmillRunFixture },
    { streams: legacy(stravaRunStreamsFixture), activity: stravaTreadmillRunFixture },
    ...recorded.map((activity) => ({
      streams: firstMinutes(fake.streams(activity, STRAVA_STREAM_KEYS)),
      activity: fake.summary(activity),
    })),
    ...recorded.slice(0, 1).map((activity) => ({
      streams: legacy(firstMinutes(fake.streams(activity, STRAVA_STREAM_KEYS))),
      activity: fake.summary(activity),
    })),
  ],
});

describeMapperProperties('mapStravaAthlete', {
  provider: 'strava',
  schema: stravaAthleteSchema,
  map: (athlete) => mapStravaAthlete(athlete, { includeRaw: true }),
  model: profileSchema,
  valid: [stravaAthleteFixture, fake.athlete],
  check: (record, athlete) => externalIdIs(strava.stravaIdString(athlete.id))(record),
});

describeMapperCoverage(strava, {
  except: { mapStravaSport: 'a sport lookup, not a payload mapper (covered by mapStravaActivity)' },
});

// What the properties found, kept as plain cases: the legacy streams form was re-keyed and
// parsed with a bare `parse` (a raw ZodError on a bad sample), and a null in the time stream
// became the sample's index, a guessed time.
describe('streams', () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues.map((issue) => issue.path);
    }
    throw new Error('expected a ValidationError');
  };

  it('a bad sample in the legacy form is a ValidationError naming the stream', () => {
    const payload = [
      { type: 'time', data: [0, 1] },
      { type: 'heartrate', data: [120, 'x'] },
    ];
    const parse = () =>
      validatePayload(stravaStreamsResponseSchema, payload, {
        provider: 'strava',
        endpoint: 'test',
      });
    expect(issuesOf(parse)).toEqual([['heartrate', 'data', 1]]);
  });

  it('the legacy form parses to the keyed form', () => {
    const parsed = z.parse(stravaStreamsResponseSchema, legacy(stravaRunStreamsFixture));
    // Each stream keeps its `type` (objects are loose); the rest is the keyed form.
    expect(parsed).toMatchObject(z.parse(stravaStreamsResponseSchema, stravaRunStreamsFixture));
  });

  it('a null in the time stream is a ValidationError at that sample', () => {
    const activity = { id: 7, start_date: '2026-01-01T00:00:00Z', sport_type: 'Ride' };
    const streams = { time: { data: [0, null, 2] }, watts: { data: [200, 210, 220] } };
    expect(issuesOf(() => mapStravaStreams(streams, activity))).toEqual([['time', 'data', 1]]);
  });
});
