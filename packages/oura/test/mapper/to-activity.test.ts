import { mapOuraWorkout } from '@fitlink/oura';
import { ouraWorkoutFixtures } from '@fitlink/oura/testing';
import { describe, expect, it } from 'vitest';

describe('mapOuraWorkout', () => {
  it.each([
    [
      'a confirmed ride in Denver',
      ouraWorkoutFixtures.ride,
      {
        id: 'oura:3f4a1c2e-8b7d-4e6f-9a01-2b3c4d5e6f70',
        sport: 'ride',
        providerSport: 'cycling',
        name: 'Evening ride',
        startTime: '2026-11-19T00:30:00.000Z',
        utcOffsetMinutes: -420,
        elapsedSeconds: 3900,
        movingSeconds: null,
        distanceMetres: 31_200,
        energyKcal: 742.5,
        energySource: 'provider',
        manual: false,
        metrics: { day: '2026-11-18', intensity: 'hard', source: 'confirmed' },
      },
    ],
    [
      'an auto-detected walk in Berlin',
      ouraWorkoutFixtures.walk,
      {
        sport: 'walk',
        startTime: '2026-11-10T07:02:00.000Z',
        utcOffsetMinutes: 60,
        elapsedSeconds: 1770,
        distanceMetres: 2450.5,
        energyKcal: 96,
      },
    ],
    [
      'a manual strength session without distance or energy (null, never 0)',
      ouraWorkoutFixtures.strength,
      {
        sport: 'strength_training',
        providerSport: 'strengthTraining',
        distanceMetres: null,
        energyKcal: null,
        energySource: null,
        manual: true,
        elapsedSeconds: 2700,
      },
    ],
    [
      'an unknown activity',
      ouraWorkoutFixtures.unknown,
      { sport: 'other', providerSport: 'underwater_hockey' },
    ],
  ])('%s', (_name, workout, expected) => {
    expect(mapOuraWorkout(workout)).toMatchObject(expected);
  });

  it('keeps the payload only when asked', () => {
    expect(mapOuraWorkout(ouraWorkoutFixtures.ride).raw).toBeUndefined();
    expect(mapOuraWorkout(ouraWorkoutFixtures.ride, { includeRaw: true }).raw).toMatchObject({
      id: ouraWorkoutFixtures.ride.id,
    });
  });

  it('a workout whose start has no offset is a ValidationError naming startTime', () => {
    expect(() =>
      mapOuraWorkout({ ...ouraWorkoutFixtures.ride, start_datetime: '2026-11-18T17:30:00' }),
    ).toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });

  it('a malformed payload is a ValidationError naming the field', () => {
    const bad = { ...ouraWorkoutFixtures.ride, start_datetime: 42 } as unknown as Parameters<
      typeof mapOuraWorkout
    >[0];
    const error = (() => {
      try {
        mapOuraWorkout(bad);
      } catch (caught) {
        return caught as { name: string; issues: { path: PropertyKey[] }[] };
      }
      return undefined;
    })();
    expect(error?.name).toBe('ValidationError');
    expect(error?.issues.map((issue) => issue.path)).toEqual([['start_datetime']]);
  });
});
