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
        energySource: 'provider',
        workKilojoules: 1_150.2,
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
        energySource: null,
        workKilojoules: null,
        heartRateAvgBpm: null,
        powerAvgWatts: null,
        powerNormalizedWatts: null,
        speedAvgMetresPerSecond: null,
        elevationGainMetres: null,
        metrics: {},
      },
    },
    {
      name: 'swim in the athlete zone in winter',
      workout: trainingpeaksSwimWorkoutFixture,
      timeZone: 'America/Denver',
      expected: {
        sport: 'swim',
        providerSport: 'swim',
        startTime: '2026-01-15T13:00:00.000Z',
        utcOffsetMinutes: -420,
        timeZone: 'America/Denver',
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
    timeZone: string;
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
    ['Strength', 'strength_training'],
    ['Walk', 'walk'],
    ['Day Off', 'other'],
    [null, 'other'],
  ])('maps WorkoutType %s to %s', (type, sport) => {
    expect(
      mapTrainingPeaksWorkout(
        { Id: 1, WorkoutType: type, StartTime: '2026-01-01T00:00:00' },
        { timeZone: 'UTC' },
      ).sport,
    ).toBe(sport);
  });

  it('tells completed from planned workouts', () => {
    expect(isCompletedTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture)).toBe(true);
    expect(isCompletedTrainingPeaksWorkout(trainingpeaksPlannedWorkoutFixture)).toBe(false);
  });

  it('keeps the payload as raw only when asked', () => {
    const timeZone = 'America/Denver';
    expect(
      mapTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture, { timeZone }).raw,
    ).toBeUndefined();
    expect(
      mapTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture, { timeZone, includeRaw: true }).raw,
    ).toBe(trainingpeaksBikeWorkoutFixture);
  });

  it('throws a ValidationError with a path when there is no date at all', () => {
    const error = (() => {
      try {
        return mapTrainingPeaksWorkout({ Id: 9, WorkoutType: 'Run' }, { timeZone: 'UTC' });
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

  it.each([
    ['unknown (null)', null],
    ['one that does not resolve', 'Mars/Olympus_Mons'],
  ])(
    'never reads a local start as UTC: a time zone %s throws with path timeZone',
    (_, timeZone) => {
      let caught: unknown;
      try {
        mapTrainingPeaksWorkout(trainingpeaksSwimWorkoutFixture, { timeZone });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).issues[0]?.path).toEqual(['timeZone']);
    },
  );

  it('duration rule: the single TotalTime is elapsedSeconds, movingSeconds stays null', () => {
    const activity = mapTrainingPeaksWorkout(trainingpeaksSwimWorkoutFixture, { timeZone: 'UTC' });
    expect(activity.elapsedSeconds).toBe(2880);
    expect(activity.movingSeconds).toBeNull();
  });

  it('energy rule: Calories are the provider estimate, Energy is work, kept apart', () => {
    const activity = mapTrainingPeaksWorkout(trainingpeaksBikeWorkoutFixture, { timeZone: 'UTC' });
    expect(activity).toMatchObject({
      energyKcal: 1_104,
      energySource: 'provider',
      workKilojoules: 1_150.2,
    });
    expect(activity.metrics).not.toHaveProperty('workKilojoules');
  });
});
