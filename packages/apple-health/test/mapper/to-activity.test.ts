import {
  type AppleHealthWorkout,
  appleHealthWorkoutSchema,
  mapAppleHealthWorkout,
} from '@fitlink/apple-health';
import { appleHealthWorkoutFixtures } from '@fitlink/apple-health/testing';
import { ValidationError } from '@fitlink/core';
import { describe, expect, it } from 'vitest';

const map = (workout: AppleHealthWorkout) =>
  mapAppleHealthWorkout(appleHealthWorkoutSchema.parse(workout));

describe('mapAppleHealthWorkout', () => {
  it.each([
    {
      name: 'outdoor run, imperial phone (mi, kcal, ft, {min, avg, max} quantities)',
      workout: appleHealthWorkoutFixtures.outdoorRunImperial,
      expected: {
        id: 'apple-health:0C5E2F7A-1B3D-4E6F-8A9B-0C1D2E3F4A5B',
        sport: 'run',
        providerSport: 'Outdoor Run',
        startTime: '2026-08-26T11:02:00.000Z',
        utcOffsetMinutes: -240,
        elapsedSeconds: 2760,
        movingSeconds: null,
        distanceMetres: 8046.72,
        elevationGainMetres: 30.48,
        energyKcal: 500,
        energySource: 'provider',
        heartRateAvgBpm: 152,
        heartRateMaxBpm: 178,
        device: 'Apple Watch',
        metrics: {
          heartRateMinBpm: 98,
          temperatureCelsius: 20,
          humidityPercent: 71,
          location: 'Outdoor',
          indoor: false,
        },
      },
    },
    {
      name: 'treadmill: `Running` marked indoor, Berlin offset, avg/max quantities, summed steps',
      workout: appleHealthWorkoutFixtures.treadmillRun,
      expected: {
        sport: 'treadmill_run',
        startTime: '2026-09-03T16:30:00.000Z',
        utcOffsetMinutes: 120,
        elapsedSeconds: 1800,
        distanceMetres: 5200,
        energyKcal: 310.5,
        heartRateAvgBpm: 144,
        heartRateMaxBpm: 171,
        steps: 5010,
      },
    },
    {
      name: 'strength training: no distance is null, not 0',
      workout: appleHealthWorkoutFixtures.strength,
      expected: {
        sport: 'strength_training',
        distanceMetres: null,
        heartRateAvgBpm: 118,
        energyKcal: 240,
      },
    },
    {
      name: 'unknown type: other, name kept, duration from start and end',
      workout: appleHealthWorkoutFixtures.unknownType,
      expected: {
        sport: 'other',
        providerSport: 'Underwater Basket Weaving',
        elapsedSeconds: 1200,
        utcOffsetMinutes: 0,
        energyKcal: null,
        energySource: null,
        heartRateAvgBpm: null,
      },
    },
  ])('$name', ({ workout, expected }) => {
    expect(map(workout)).toMatchObject(expected);
  });

  it('gives the same SI values for a km/kJ/m/°C phone and a mi/kcal/ft/°F phone', () => {
    const metric = map(appleHealthWorkoutFixtures.outdoorRunMetric);
    const imperial = map(appleHealthWorkoutFixtures.outdoorRunImperial);
    for (const field of [
      'distanceMetres',
      'energyKcal',
      'elevationGainMetres',
      'heartRateAvgBpm',
      'heartRateMaxBpm',
      'startTime',
    ] as const) {
      expect(metric[field], field).toBe(imperial[field]);
    }
    expect(metric.metrics).toEqual(imperial.metrics);
  });

  it('sums per-interval active energy, each in its own unit, when there is no total', () => {
    const workout = {
      ...appleHealthWorkoutFixtures.unknownType,
      activeEnergy: [
        { qty: 418.4, units: 'kJ', date: '2026-08-28 10:00:00 +0000' },
        { qty: 50, units: 'kcal', date: '2026-08-28 10:10:00 +0000' },
      ],
    };
    expect(map(workout)).toMatchObject({ energyKcal: 150, energySource: 'provider' });
  });

  it('keeps the payload only when asked', () => {
    const workout = appleHealthWorkoutSchema.parse(appleHealthWorkoutFixtures.strength);
    expect(mapAppleHealthWorkout(workout).raw).toBeUndefined();
    expect(mapAppleHealthWorkout(workout, { includeRaw: true }).raw).toEqual(workout);
  });

  it('refuses a start without an offset with a ValidationError naming the path', () => {
    const workout = { ...appleHealthWorkoutFixtures.strength, start: '2026-08-27 18:00:00' };
    const error = (() => {
      try {
        map(workout);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['start']);
  });

  it('reads an unknown unit as unknown (null), never as a guess', () => {
    const workout = {
      ...appleHealthWorkoutFixtures.strength,
      distance: { qty: 3, units: 'furlong' },
    };
    expect(map(workout).distanceMetres).toBeNull();
  });
});
