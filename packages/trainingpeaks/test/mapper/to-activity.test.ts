import { ValidationError } from '@fitlink/core';
import {
  isCompletedTrainingPeaksWorkout,
  mapTrainingPeaksWorkout,
  type TrainingPeaksWorkout,
  trainingpeaksWorkoutSchema,
} from '@fitlink/trainingpeaks';
import {
  trainingpeaksBasicWorkoutFixture,
  trainingpeaksBikeWorkoutFixture,
  trainingpeaksPlannedWorkoutFixture,
  trainingpeaksSwimWorkoutFixture,
  trainingpeaksUnknownTypeWorkoutFixture,
} from '@fitlink/trainingpeaks/testing';
import { describe, expect, it } from 'vitest';

describe('mapTrainingPeaksWorkout', () => {
  it.each([
    {
      name: 'premium ride in Denver summer time',
      workout: trainingpeaksBikeWorkoutFixture,
      timeZone: 'America/Denver',
      expected: {
        id: 'trainingpeaks:2345678901',
        sport: 'ride',
        providerSport: 'Bike',
        name: 'Foothills loop',
        startTime: '2026-07-04T13:15:30.000Z',
        utcOffsetMinutes: -360,
        timeZone: 'America/Denver',
        elapsedSeconds: 6300,
        movingSeconds: null,
        distanceMetres: 52_310.5,
        elevationGainMetres: 640,
        energyKcal: 1_104,
        heartRateAvgBpm: 142,
        heartRateMaxBpm: 176,
        powerAvgWatts: 182,
        powerMaxWatts: 611,
        powerNormalizedWatts: 196,
        speedAvgMetresPerSecond: 8.3,
        speedMaxMetresPerSecond: 17.9,
        cadenceAvg: 87,
        metrics: {
          tss: 96.4,
          intensityFactor: 0.74,
          tssCalculationMethod: 'Power',
          workKilojoules: 1_150.2,
          heartRateMinBpm: 88,
          elevationLossMetres: 637,
          temperatureAvgCelsius: 24.5,
          cadenceMax: 121,
        },
      },
    },
    {
      name: 'basic athlete: premium fields stay null, never 0',
      workout: trainingpeaksBasicWorkoutFixture,
      timeZone: 'America/Denver',
      expected: {
        startTime: '2026-01-10T23:05:00.000Z',
        utcOffsetMinutes: -420,
        elapsedSeconds: 1800,
        distanceMetres: 20_000,
        energyKcal: null,
        heartRateAvgBpm: null,
        powerAvgWatts: null,
        powerNormalizedWatts: null,
        speedAvgMetresPerSecond: null,
        elevationGainMetres: null,
        metrics: {},
      },
    },
    {
      name: 'swim without a known zone is read as UTC with a null offset',
      workout: trainingpeaksSwimWorkoutFixture,
      timeZone: undefined,
      expected: {
        sport: 'swim',
        providerSport: 'swim',
        startTime: '2026-01-15T06:00:00.000Z',
        utcOffsetMinutes: null,
        timeZone: null,
        elapsedSeconds: 2880,
        distanceMetres: 2_000,
        energyKcal: 420,
        metrics: { tss: 41 },
      },
    },
    {
      name: 'planned workout in the spring-forward gap takes the planned start, moved by the gap',
      workout: trainingpeaksPlannedWorkoutFixture,
      timeZone: 'Europe/Berlin',
      expected: {
        sport: 'run',
        startTime: '2026-03-29T01:30:00.000Z',
        utcOffsetMinutes: 120,
        elapsedSeconds: null,
        distanceMetres: null,
      },
    },
    {
      name: 'unknown workout type falls back to other',
      workout: trainingpeaksUnknownTypeWorkoutFixture,
      timeZone: 'UTC',
      expected: {
        sport: 'other',
        providerSport: 'Underwater Hockey',
        name: null,
        elapsedSeconds: 3600,
      },
    },
    {
      name: 'repeated hour at the autumn change resolves to the earlier instant',
      workout: { Id: 7, WorkoutType: 'Run', StartTime: '2026-11-01T01:30:00', TotalTime: 0.25 },
      timeZone: 'America/Denver',
      expected: {
        startTime: '2026-11-01T07:30:00.000Z',
        utcOffsetMinutes: -360,
        elapsedSeconds: 900,
      },
    },
  ] satisfies {
    name: string;
    workout: TrainingPeaksWorkout;
    timeZone: string | undefined;
    expected: object;
  }[])('$name', ({ workout, timeZone, expected }) => {
    const parsed = trainingpeaksWorkoutSchema.parse(workout);
    expect(mapTrainingPeaksWorkout(parsed, { timeZone })).toMatchObject(expected);
  });

  it.each([
    ['Bike', 'ride'],
    ['RUN', 'run'],
    ['mtb', 'mountain_bike_ride'],
    ['Mountain Bike', 'mountain_bike_ride'],
    ['XC-Ski', 'nordic_ski'],
    ['Rowing', 'row'],
    ['Brick', 'multisport'],
    ['X-Train', 'cardio'],
    ['Strength', 'strength'],
    ['Walk', 'walk'],
    ['Day Off', 'other'],
    [null, 'other'],
  ])('maps WorkoutType %s to %s', (type, sport) => {
    expect(
      mapTrainingPeaksWorkout({ Id: 1, WorkoutType: type, StartTime: '2026-01-01T00:00:00' }).sport,
    ).toBe(sport);
  });

  it('tells completed from planned workouts', () => {
    expect(isCompletedTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture)).toBe(true);
    expect(isCompletedTrainingPeaksWorkout(trainingpeaksPlannedWorkoutFixture)).toBe(false);
  });

  it('keeps the payload as raw only when asked', () => {
    expect(mapTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture).raw).toBeUndefined();
    expect(mapTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture, { includeRaw: true }).raw).toBe(
      trainingpeaksBikeWorkoutFixture,
    );
  });

  it('throws a ValidationError with a path when there is no date at all', () => {
    const error = (() => {
      try {
        return mapTrainingPeaksWorkout({ Id: 9, WorkoutType: 'Run' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['StartTime']);
  });

  it('rejects a workout without Id at schema level with the path', () => {
    const result = trainingpeaksWorkoutSchema.safeParse({ Title: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['Id']);
  });
});
