import { mapSport } from '@fitlink/core';
import {
  mapPolarTrainingSession,
  mapPolarV3Exercise,
  POLAR_SPORT_TYPES,
  type PolarTrainingSession,
} from '@fitlink/polar';
import {
  polarTrainingSessionFixtures,
  polarV3ExerciseFixtures,
  polarV3HashedExerciseFixture,
} from '@fitlink/polar/testing';
import { describe, expect, it } from 'vitest';

const sportNames = new Map([
  ['1', 'RUNNING'],
  ['15', 'STRENGTH_TRAINING'],
]);

describe('mapPolarTrainingSession', () => {
  it.each([
    [
      'a run whose local start has no zone, with a nanosecond duration',
      polarTrainingSessionFixtures.helsinkiRun,
      {
        id: 'polar:ts-7f3a9c',
        sport: 'run',
        providerSport: 'RUNNING',
        name: 'Morning run',
        startTime: '2026-10-04T05:05:00.000Z',
        utcOffsetMinutes: 180,
        elapsedSeconds: 3450.000000001,
        movingSeconds: null,
        distanceMetres: 10234.6,
        elevationGainMetres: 88,
        energyKcal: 680,
        energySource: 'provider',
        heartRateAvgBpm: 151,
        heartRateMaxBpm: 178,
        device: 'Polar Vantage V3',
        metrics: { sportId: '1', trainingLoad: 96.4 },
      },
    ],
    [
      'a strength session west of UTC: 0 m is no distance, zones in seconds',
      polarTrainingSessionFixtures.denverStrength,
      {
        id: 'polar:ts-41bb02',
        sport: 'strength_training',
        providerSport: 'STRENGTH_TRAINING',
        name: null,
        startTime: '2026-07-16T00:30:00.000Z',
        utcOffsetMinutes: -360,
        elapsedSeconds: 2700,
        distanceMetres: null,
        elevationGainMetres: null,
        energyKcal: 310,
        heartRateAvgBpm: 118,
        heartRateMaxBpm: 149,
        device: null,
        metrics: { sportId: '15', hrZoneSeconds: [900, 1200, 500, 100, 0] },
      },
    ],
  ])('maps %s', (_, session, expected) => {
    expect(mapPolarTrainingSession(session, { sportNames })).toMatchObject(expected);
  });

  it('uses its own zone when the start carries one, and the app’s zone when it has neither', () => {
    const { startTimeUtcOffset: _, ...base } = polarTrainingSessionFixtures.helsinkiRun;
    const withZone: PolarTrainingSession = { ...base, startTime: '2026-10-04T08:05:00+03:00' };
    expect(mapPolarTrainingSession(withZone)).toMatchObject({
      startTime: '2026-10-04T05:05:00.000Z',
      utcOffsetMinutes: 180,
    });
    expect(mapPolarTrainingSession(base, { timeZone: 'Europe/Helsinki' })).toMatchObject({
      startTime: '2026-10-04T05:05:00.000Z',
      utcOffsetMinutes: 180,
    });
    expect(() => mapPolarTrainingSession(base)).toThrowError(
      expect.objectContaining({ name: 'ValidationError' }),
    );
  });

  it('gives other, not an error, for an unknown sport or no catalogue', () => {
    expect(mapPolarTrainingSession(polarTrainingSessionFixtures.helsinkiRun).sport).toBe('other');
    expect(mapSport(POLAR_SPORT_TYPES, 'UNDERWATER_HOCKEY')).toBe('other');
    expect(mapSport(POLAR_SPORT_TYPES, 'road-biking')).toBe('ride');
  });

  it('keeps the payload only when asked', () => {
    const session = polarTrainingSessionFixtures.helsinkiRun;
    expect(mapPolarTrainingSession(session).raw ?? null).toBeNull();
    expect(mapPolarTrainingSession(session, { includeRaw: true }).raw).toEqual(session);
  });
});

describe('mapPolarV3Exercise', () => {
  it('maps a transaction exercise: local start plus offset, ISO 8601 duration, detailed sport', () => {
    expect(mapPolarV3Exercise(polarV3ExerciseFixtures.roadRide)).toMatchObject({
      id: 'polar:1937529874',
      externalId: '1937529874',
      sport: 'ride',
      providerSport: 'ROAD_BIKING',
      startTime: '2026-10-13T07:40:02.000Z',
      utcOffsetMinutes: 180,
      elapsedSeconds: 9885,
      distanceMetres: 1600.2,
      energyKcal: 530,
      heartRateAvgBpm: 129,
      heartRateMaxBpm: 147,
      device: 'Polar M400',
      metrics: { trainingLoad: 143.22 },
    });
  });

  it('maps a hashed-id exercise west of UTC with a fractional duration', () => {
    expect(mapPolarV3Exercise(polarV3ExerciseFixtures.indoorRow)).toMatchObject({
      id: 'polar:aQlC83',
      sport: 'indoor_row',
      startTime: '2026-11-02T22:15:00.000Z',
      utcOffsetMinutes: -300,
      elapsedSeconds: 0.5,
      distanceMetres: null,
      heartRateAvgBpm: null,
    });
  });

  it('maps a snake_case summary from /v3/exercises the same way', () => {
    expect(mapPolarV3Exercise(polarV3HashedExerciseFixture)).toMatchObject({
      id: 'polar:2AC312F',
      sport: 'other',
      providerSport: 'WATERSPORTS_WATERSKI',
      startTime: '2026-08-13T08:12:00.000Z',
      utcOffsetMinutes: 60,
      elapsedSeconds: 2640,
      distanceMetres: 9800,
      energyKcal: 412,
      heartRateAvgBpm: 131,
      metrics: { trainingLoad: 61.5 },
    });
  });
});
