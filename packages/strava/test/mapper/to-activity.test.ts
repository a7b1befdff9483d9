import { mapStravaActivity, mapStravaSport } from '@fitlink/strava';
import {
  stravaLegacyActivityFixture,
  stravaManualActivityFixture,
  stravaRideSummaryFixture,
  stravaTreadmillRunFixture,
} from '@fitlink/strava/testing';
import { describe, expect, it } from 'vitest';

describe('mapStravaActivity', () => {
  it.each([
    {
      name: 'gravel ride with power and heart rate, start_date + utc_offset (never start_date_local)',
      input: stravaRideSummaryFixture,
      expected: {
        id: 'strava:154504250376823',
        externalId: '154504250376823',
        sport: 'gravel_ride',
        providerSport: 'GravelRide',
        name: 'Morning Ride',
        startTime: '2026-05-02T14:15:09.000Z',
        utcOffsetMinutes: -420,
        timeZone: 'America/Los_Angeles',
        elapsedSeconds: 4620,
        movingSeconds: 4500,
        distanceMetres: 24931.4,
        elevationGainMetres: 312.5,
        energyKcal: 788.7,
        energySource: 'work',
        workKilojoules: 788.7,
        heartRateAvgBpm: 140.3,
        heartRateMaxBpm: 178,
        powerAvgWatts: 175.3,
        powerMaxWatts: 406,
        powerNormalizedWatts: 210,
        speedAvgMetresPerSecond: 5.54,
        speedMaxMetresPerSecond: 11,
        cadenceAvg: 87.1,
        manual: false,
        metrics: { relativeEffort: 82, deviceWatts: true },
      },
    },
    {
      name: 'treadmill run: trainer flag, per-foot cadence doubled, id beyond 2^53 kept as text',
      input: stravaTreadmillRunFixture,
      expected: {
        id: 'strava:18014398509482993',
        sport: 'treadmill_run',
        providerSport: 'Run',
        startTime: '2026-07-01T05:30:00.000Z',
        utcOffsetMinutes: 120,
        timeZone: 'Europe/Berlin',
        distanceMetres: 5012.3,
        elevationGainMetres: null,
        cadenceAvg: 168,
        energyKcal: null,
        powerAvgWatts: null,
      },
    },
    {
      name: 'manual weight training: distance 0 and speed 0 are unknown, calories used, no heart rate',
      input: stravaManualActivityFixture,
      expected: {
        sport: 'strength_training',
        providerSport: 'WeightTraining',
        distanceMetres: null,
        elevationGainMetres: null,
        speedAvgMetresPerSecond: null,
        energyKcal: 310,
        heartRateAvgBpm: null,
        manual: true,
        device: null,
        utcOffsetMinutes: -480,
      },
    },
    {
      name: 'legacy activity: type when sport_type is missing, offset from the IANA zone',
      input: stravaLegacyActivityFixture,
      expected: {
        sport: 'swim',
        providerSport: 'Swim',
        startTime: '2019-01-15T12:00:00.000Z',
        utcOffsetMinutes: -420,
        timeZone: 'America/Denver',
        distanceMetres: 1500,
        manual: null,
      },
    },
  ])('$name', ({ input, expected }) => {
    expect(mapStravaActivity(input)).toMatchObject(expected);
  });

  it('keeps the payload only when asked', () => {
    expect(mapStravaActivity(stravaRideSummaryFixture).raw).toBeUndefined();
    expect(mapStravaActivity(stravaRideSummaryFixture, { includeRaw: true }).raw).toBe(
      stravaRideSummaryFixture,
    );
  });

  it('rejects an unparseable start with a ValidationError at startTime', () => {
    expect(() => mapStravaActivity({ id: 1, start_date: 'yesterday' })).toThrowError(/startTime/);
  });

  it.each([
    ['(GMT-08:00) America/Los_Angeles', 'America/Los_Angeles'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['(GMT+00:00) Mars/Olympus_Mons', null],
    ['(GMT+00:00) ', null],
    ['', null],
  ])('reads the zone of %j as %j, the same every time', (timezone, expected) => {
    const activity = { id: 1, start_date: '2026-05-02T14:15:09Z', timezone, utc_offset: 0 };
    // The second answer comes from the mapper's memo of Strava's zone texts.
    expect(mapStravaActivity(activity).timeZone).toBe(expected);
    expect(mapStravaActivity(activity).timeZone).toBe(expected);
  });

  it('without utc_offset, takes the offset of the zone at the start', () => {
    const activity = {
      id: 1,
      start_date: '2026-01-15T12:00:00Z',
      timezone: '(GMT+01:00) Europe/Berlin',
    };
    expect(mapStravaActivity(activity)).toMatchObject({
      startTime: '2026-01-15T12:00:00.000Z',
      utcOffsetMinutes: 60,
    });
  });
});

describe('mapStravaSport', () => {
  it.each([
    ['Ride', false, 'ride'],
    ['Ride', true, 'indoor_ride'],
    ['VirtualRide', false, 'virtual_ride'],
    ['MountainBikeRide', false, 'mountain_bike_ride'],
    ['EMountainBikeRide', false, 'e_bike_ride'],
    ['Run', true, 'treadmill_run'],
    ['TrailRun', false, 'trail_run'],
    ['Rowing', true, 'indoor_row'],
    ['VirtualRow', false, 'indoor_row'],
    ['WeightTraining', false, 'strength_training'],
    ['HighIntensityIntervalTraining', false, 'hiit'],
    ['StandUpPaddling', false, 'stand_up_paddle'],
    ['Workout', false, 'cardio'],
    ['Yoga', false, 'yoga'],
    ['Underwater Hockey', false, 'other'],
    [null, false, 'other'],
  ])('%s (trainer %s) → %s', (sportType, trainer, expected) => {
    expect(mapStravaSport({ sport_type: sportType, trainer })).toBe(expected);
  });

  it('prefers sport_type over the deprecated type', () => {
    expect(mapStravaSport({ sport_type: 'GravelRide', type: 'Ride' })).toBe('gravel_ride');
  });

  it('duration rule: elapsed_time is elapsed, moving_time is moving; a lone moving time is both', () => {
    const activity = mapStravaActivity(stravaRideSummaryFixture);
    expect([activity.elapsedSeconds, activity.movingSeconds]).toEqual([4620, 4500]);
    const { elapsed_time: _dropped, ...onlyMoving } = stravaRideSummaryFixture;
    const lone = mapStravaActivity(onlyMoving as typeof stravaRideSummaryFixture);
    expect([lone.elapsedSeconds, lone.movingSeconds]).toEqual([4500, 4500]);
  });

  it("energy rule: Strava's calories are its estimate; kJ of work only by Strava's 1:1 rule", () => {
    const fromWork = mapStravaActivity(stravaRideSummaryFixture);
    expect(fromWork).toMatchObject({
      energyKcal: 788.7,
      energySource: 'work',
      workKilojoules: 788.7,
    });
    const withCalories = mapStravaActivity({ ...stravaRideSummaryFixture, calories: 901 } as never);
    expect(withCalories).toMatchObject({
      energyKcal: 901,
      energySource: 'provider',
      workKilojoules: 788.7,
    });
  });
});
