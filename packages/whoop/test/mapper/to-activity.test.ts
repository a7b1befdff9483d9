import { mapWhoopWorkout, whoopWorkoutSchema } from '@fitlink/whoop';
import { whoopWorkoutFixtures } from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';

describe('mapWhoopWorkout', () => {
  it.each([
    [
      'scored outdoor run',
      whoopWorkoutFixtures.scoredRun,
      {
        id: 'whoop:3f9b8c2e-6d41-4a7b-9e15-2c8d7f0a1b64',
        sport: 'run',
        providerSport: 'running',
        startTime: '2026-10-04T13:05:00.000Z',
        utcOffsetMinutes: -360,
        elapsedSeconds: 3450,
        distanceMetres: 10_234.6,
        elevationGainMetres: 88.3,
        energyKcal: 680,
        energySource: 'provider',
        workKilojoules: null,
        heartRateAvgBpm: 151,
        heartRateMaxBpm: 178,
        metrics: {
          scoreState: 'SCORED',
          strain: 11.8432,
          percentRecorded: 100,
          altitudeChangeMetres: -1.2,
          hrZoneSeconds: [60, 300, 900, 1260, 810, 120],
        },
      },
    ],
    [
      'spin class still PENDING_SCORE (no score)',
      whoopWorkoutFixtures.pendingSpin,
      {
        sport: 'indoor_ride',
        providerSport: 'spin',
        utcOffsetMinutes: -360,
        elapsedSeconds: 2700,
        distanceMetres: null,
        energyKcal: null,
        heartRateAvgBpm: null,
        heartRateMaxBpm: null,
        metrics: { scoreState: 'PENDING_SCORE' },
      },
    ],
    [
      'functional fitness in +05:30, no distance',
      whoopWorkoutFixtures.functionalFitness,
      {
        sport: 'crossfit',
        providerSport: 'functional-fitness',
        utcOffsetMinutes: 330,
        elapsedSeconds: 2700,
        distanceMetres: null,
        elevationGainMetres: null,
        energyKcal: 300,
        metrics: {
          scoreState: 'SCORED',
          strain: 9.0127,
          percentRecorded: 97.5,
          hrZoneSeconds: [240, 540, 960, 720, 210, 30],
        },
      },
    ],
  ])('maps a %s', (_, fixture, expected) => {
    const parsed = whoopWorkoutSchema.parse(fixture);
    expect(mapWhoopWorkout(parsed)).toMatchObject({
      provider: 'whoop',
      name: null,
      movingSeconds: null,
      ...expected,
    });
  });

  it.each([
    ['cycling', 'ride'],
    ['Mountain Biking', 'mountain_bike_ride'],
    ['hiking/rucking', 'hike'],
    ['weightlifting', 'strength_training'],
    ['strength trainer', 'strength_training'],
    ['rowing', 'row'],
    ['activity', 'other'],
    ['underwater-basket-weaving', 'other'],
  ])('maps sport_name %s to %s, ignoring a leftover sport_id', (sportName, sport) => {
    const workout = { ...whoopWorkoutFixtures.pendingSpin, sport_name: sportName, sport_id: 1 };
    expect(mapWhoopWorkout(whoopWorkoutSchema.parse(workout)).sport).toBe(sport);
  });

  it('ignores a score sent with a state other than SCORED, and keeps raw on request', () => {
    const workout = whoopWorkoutSchema.parse({
      ...whoopWorkoutFixtures.scoredRun,
      score_state: 'UNSCORABLE',
    });
    const activity = mapWhoopWorkout(workout, { includeRaw: true });
    expect(activity.energyKcal).toBeNull();
    expect(activity.metrics).toEqual({ scoreState: 'UNSCORABLE' });
    expect(activity.raw).toBe(workout);
  });

  it('duration rule: start to end is elapsedSeconds; WHOOP tells no pauses apart', () => {
    const activity = mapWhoopWorkout(whoopWorkoutSchema.parse(whoopWorkoutFixtures.scoredRun));
    expect(activity.elapsedSeconds).toBe(3450);
    expect(activity.movingSeconds).toBeNull();
  });

  it("energy rule: WHOOP's kJ are energy expended (its estimate), converted by unit", () => {
    const activity = mapWhoopWorkout(whoopWorkoutSchema.parse(whoopWorkoutFixtures.scoredRun));
    expect(activity).toMatchObject({ energySource: 'provider', workKilojoules: null });
    const pending = mapWhoopWorkout(whoopWorkoutSchema.parse(whoopWorkoutFixtures.pendingSpin));
    expect(pending).toMatchObject({ energyKcal: null, energySource: null });
  });
});
