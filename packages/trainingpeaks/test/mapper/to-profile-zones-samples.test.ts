import { ValidationError } from '@fitlink/core';
import {
  mapTrainingPeaksAthlete,
  mapTrainingPeaksWorkoutDetails,
  mapTrainingPeaksZones,
  trainingpeaksWorkoutDetailsSchema,
} from '@fitlink/trainingpeaks';
import {
  trainingpeaksAthleteFixture,
  trainingpeaksZonesFixture,
} from '@fitlink/trainingpeaks/testing';
import { describe, expect, it } from 'vitest';

describe('mapTrainingPeaksAthlete', () => {
  it.each([
    [
      trainingpeaksAthleteFixture,
      {
        id: 'trainingpeaks:765432',
        name: 'Alex Example',
        sex: 'male',
        units: 'metric',
        weightKg: 72.5,
        timeZone: 'America/Denver',
        email: 'alex@example.test',
      },
    ],
    [
      { Id: 5, Sex: 'f', PreferredUnits: 'English' },
      { name: null, sex: 'female', units: 'imperial', timeZone: null, weightKg: null },
    ],
    [
      { Id: 6, Units: 'metric', Sex: 'x' },
      { units: 'metric', sex: null },
    ],
  ])('maps %o', (athlete, expected) => {
    expect(mapTrainingPeaksAthlete(athlete)).toMatchObject(expected);
  });
});

describe('mapTrainingPeaksZones', () => {
  it('reads thresholds and zones from the grouped form', () => {
    expect(mapTrainingPeaksZones(trainingpeaksZonesFixture)).toEqual({
      thresholdHeartRateBpm: 172,
      maxHeartRateBpm: 191,
      restingHeartRateBpm: 45,
      ftpWatts: 284,
      thresholdSpeedMetresPerSecond: 4.2,
      heartRateZones: [
        { label: 'Z1', minimum: 0, maximum: 139 },
        { label: 'Z2', minimum: 140, maximum: 155 },
      ],
      powerZones: [{ label: 'Z1', minimum: 0, maximum: 155 }],
      speedZones: [],
    });
  });

  it('groups the flat list form by ZoneType, with null thresholds', () => {
    const mapped = mapTrainingPeaksZones([
      { ZoneType: 'power', Label: 'Z1', Minimum: 0, Maximum: 150 },
      { ZoneType: 'heartrate', Label: 'Z1', Minimum: 0, Maximum: 120 },
    ]);
    expect(mapped.ftpWatts).toBeNull();
    expect(mapped.powerZones).toEqual([{ label: 'Z1', minimum: 0, maximum: 150 }]);
    expect(mapped.heartRateZones).toHaveLength(1);
  });
});

describe('mapTrainingPeaksWorkoutDetails', () => {
  const activity = { id: 'trainingpeaks:42', startTime: '2026-07-04T13:15:30.000Z' };

  it('converts millisecond offsets and keeps only channels with values', () => {
    const details = trainingpeaksWorkoutDetailsSchema.parse({
      WorkoutId: 42,
      Data: [
        {
          MillisecondsOffset: 0,
          HeartRate: 101,
          Power: 150,
          Speed: 7.5,
          Latitude: 40.01,
          Longitude: -105.27,
        },
        {
          MillisecondsOffset: 1_500,
          HeartRate: null,
          Power: 160,
          Speed: 7.7,
          Latitude: 40.02,
          Longitude: -105.28,
        },
      ],
    });
    const samples = mapTrainingPeaksWorkoutDetails(details, activity);
    expect(samples).toEqual({
      activityId: 'trainingpeaks:42',
      provider: 'trainingpeaks',
      startTime: '2026-07-04T13:15:30.000Z',
      series: {
        offsetsSeconds: [0, 1.5],
        heartRateBpm: [101, null],
        powerWatts: [150, 160],
        speedMetresPerSecond: [7.5, 7.7],
        latlng: [
          [40.01, -105.27],
          [40.02, -105.28],
        ],
      },
    });
  });

  it('rejects a sample without an offset with its path', () => {
    const result = trainingpeaksWorkoutDetailsSchema.safeParse({ Data: [{ HeartRate: 1 }] });
    expect(result.error?.issues[0]?.path).toEqual(['Data', 0, 'MillisecondsOffset']);
    expect(() =>
      mapTrainingPeaksWorkoutDetails({ Data: [{ MillisecondsOffset: -5 }] }, activity),
    ).toThrow(ValidationError);
  });
});
