import { ValidationError } from '@fitlink/core';
import { mapStravaAthlete, mapStravaStreams } from '@fitlink/strava';
import { stravaAthleteFixture, stravaRunStreamsFixture } from '@fitlink/strava/testing';
import { describe, expect, it } from 'vitest';

describe('mapStravaStreams', () => {
  const run = { id: '18014398509482993', start_date: '2026-07-01T05:30:00Z', sport_type: 'Run' };

  it('maps every series, doubles run cadence and turns an empty latlng into a gap', () => {
    const samples = mapStravaStreams(stravaRunStreamsFixture, run);
    expect(samples).toEqual({
      activityId: 'strava:18014398509482993',
      provider: 'strava',
      startTime: '2026-07-01T05:30:00.000Z',
      series: {
        offsetsSeconds: [0, 1, 2, 4],
        heartRateBpm: [98, 101, null, 110],
        cadence: [160, 168, 170, 172],
        speedMetresPerSecond: [0, 2.9, 2.9, 2.95],
        altitudeMetres: [1650, 1650.4, 1651, 1651.2],
        distanceMetres: [0, 2.9, 5.8, 11.7],
        latlng: [[40.015, -105.27], [40.0151, -105.2701], null, [40.0153, -105.2703]],
      },
    });
  });

  it('keeps ride cadence as is and uses indexes when there is no time stream', () => {
    const samples = mapStravaStreams(
      { cadence: { data: [88, 90] }, watts: { data: [200, 210] } },
      { id: 7, start_date: '2026-01-01T00:00:00Z', sport_type: 'Ride' },
    );
    expect(samples.series).toEqual({
      offsetsSeconds: [0, 1],
      cadence: [88, 90],
      powerWatts: [200, 210],
    });
  });

  it('series of different lengths are a ValidationError with the path', () => {
    const error = (() => {
      try {
        return mapStravaStreams({ time: { data: [0, 1, 2] }, heartrate: { data: [1] } }, run);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['series', 'heartRateBpm']);
  });
});

describe('mapStravaAthlete', () => {
  it.each([
    [
      stravaAthleteFixture,
      {
        id: 'strava:134815',
        name: 'Jo Rider',
        firstName: 'Jo',
        lastName: 'Rider',
        sex: 'male',
        weightKg: 72.5,
        units: 'metric',
        email: null,
        birthDate: null,
      },
    ],
    [
      { id: 5, weight: 0, sex: 'X', measurement_preference: 'feet', username: 'anon' },
      { id: 'strava:5', name: 'anon', sex: null, weightKg: null, units: 'imperial' },
    ],
  ])('maps %#', (input, expected) => {
    expect(mapStravaAthlete(input)).toMatchObject(expected);
  });
});
