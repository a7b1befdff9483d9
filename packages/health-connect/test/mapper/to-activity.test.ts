import { mapHealthConnectExercise } from '@fitlink/health-connect';
import {
  healthConnectExerciseFixtures,
  healthConnectWebhookBatchFixtures,
} from '@fitlink/health-connect/testing';
import { describe, expect, it } from 'vitest';

const day = healthConnectWebhookBatchFixtures.day;

describe('mapHealthConnectExercise', () => {
  it.each([
    {
      name: 'run (code 56) with distance, steps and cadence',
      exercise: healthConnectExerciseFixtures.run,
      expected: {
        id: 'health-connect:1778306400000-running',
        sport: 'run',
        providerSport: 'running',
        name: 'Morning run',
        startTime: '2026-05-09T06:00:00.000Z',
        elapsedSeconds: 2700,
        movingSeconds: null,
        distanceMetres: 8400,
        steps: 7020,
        cadenceAvg: 156,
        metrics: { cadenceMax: 171, strideLengthMetres: 1.2 },
      },
    },
    {
      name: 'stationary ride (code 9), milliseconds kept',
      exercise: healthConnectExerciseFixtures.indoorRide,
      expected: {
        id: 'health-connect:1778434200250-biking_stationary',
        sport: 'indoor_ride',
        providerSport: 'biking_stationary',
        name: null,
        startTime: '2026-05-10T17:30:00.250Z',
        elapsedSeconds: 2700,
        distanceMetres: null,
        speedAvgMetresPerSecond: null,
        metrics: {},
      },
    },
    {
      name: 'a named type, with Health Connect’s record id as the external id',
      exercise: healthConnectExerciseFixtures.namedType,
      expected: {
        externalId: 'b3c1f0e2-6a1d-4c7e-9d55-0c2f5f1d8a01',
        sport: 'hike',
        providerSport: 'hiking',
        distanceMetres: 12_500,
        elapsedSeconds: 10_800,
      },
    },
    {
      name: 'an unknown code maps to other and is kept',
      exercise: healthConnectExerciseFixtures.unknownType,
      expected: { sport: 'other', providerSport: '999', externalId: '1778587200000-999' },
    },
  ])('$name', ({ exercise, expected }) => {
    expect(mapHealthConnectExercise(exercise)).toMatchObject(expected);
  });

  it('leaves the offset and zone null: the export has UTC instants only', () => {
    const activity = mapHealthConnectExercise(healthConnectExerciseFixtures.run);
    expect(activity.utcOffsetMinutes).toBeNull();
    expect(activity.timeZone).toBeNull();
  });

  it('derives speed from distance and duration', () => {
    const activity = mapHealthConnectExercise(healthConnectExerciseFixtures.run);
    expect(activity.speedAvgMetresPerSecond).toBeCloseTo(8400 / 2700, 10);
  });

  it('takes heart rate and energy from the batch records inside the session only', () => {
    const activity = mapHealthConnectExercise(healthConnectExerciseFixtures.run, {
      heartRate: day.heart_rate,
      activeCalories: day.active_calories,
    });
    // 06:10 (128) and 06:40 (171) are inside 06:00–06:45; 09:00 (64) is not.
    expect(activity.heartRateAvgBpm).toBe(150);
    expect(activity.heartRateMaxBpm).toBe(171);
    expect(activity.energyKcal).toBe(310.5);
    expect(activity.energySource).toBe('provider');
  });

  it('has no heart rate or energy without those records, never 0', () => {
    const activity = mapHealthConnectExercise(healthConnectExerciseFixtures.run);
    expect(activity.heartRateAvgBpm).toBeNull();
    expect(activity.energyKcal).toBeNull();
  });

  it('derives the duration from the times when the exporter leaves it out', () => {
    const { duration_seconds: _omitted, ...rest } = healthConnectExerciseFixtures.indoorRide;
    expect(mapHealthConnectExercise(rest).elapsedSeconds).toBe(2700);
  });

  it('keeps the record in raw only when asked', () => {
    const exercise = healthConnectExerciseFixtures.run;
    expect(mapHealthConnectExercise(exercise).raw).toBeUndefined();
    expect(mapHealthConnectExercise(exercise, { includeRaw: true }).raw).toEqual(exercise);
  });
});
