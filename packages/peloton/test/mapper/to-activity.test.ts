import { ValidationError } from '@fitlink/core';
import {
  mapPelotonWorkout,
  PELOTON_SPORT_TYPES,
  type PelotonWorkout,
  pelotonSport,
} from '@fitlink/peloton';
import {
  pelotonCyclingKilometresFixture,
  pelotonCyclingMilesFixture,
  pelotonMeditationFixture,
  pelotonOutdoorRunFixture,
  pelotonRowFixture,
  pelotonStrengthFixture,
} from '@fitlink/peloton/testing';
import { describe, expect, it } from 'vitest';

const map = (fixture: typeof pelotonCyclingMilesFixture) =>
  mapPelotonWorkout(fixture.workout, { performanceGraph: fixture.performanceGraph });

describe('mapPelotonWorkout', () => {
  it.each([
    {
      label: 'indoor ride (miles)',
      fixture: pelotonCyclingMilesFixture,
      expected: {
        id: 'peloton:1a2b3c4d5e6f708192a3b4c5d6e7f801',
        sport: 'indoor_ride',
        providerSport: 'cycling',
        name: '30 min Power Zone Ride',
        startTime: '2025-11-19T14:00:00.000Z',
        utcOffsetMinutes: -420,
        timeZone: 'America/Denver',
        elapsedSeconds: 1800,
        distanceMetres: 16093.44,
        energyKcal: 412,
        heartRateAvgBpm: 142,
        heartRateMaxBpm: 158,
        powerAvgWatts: 200,
        powerMaxWatts: 230,
        cadenceAvg: 89,
        speedAvgMetresPerSecond: 8.9408,
        device: 'Bike',
      },
    },
    {
      label: 'indoor ride (kilometres)',
      fixture: pelotonCyclingKilometresFixture,
      expected: {
        sport: 'indoor_ride',
        distanceMetres: 16090,
        speedMaxMetresPerSecond: (33.8 * 1000) / 3600,
      },
    },
    {
      label: 'row (caesar) in Etc/GMT+6',
      fixture: pelotonRowFixture,
      expected: {
        sport: 'indoor_row',
        providerSport: 'caesar',
        name: '8 min Pace Target Row',
        startTime: '2025-11-24T16:00:00.000Z',
        utcOffsetMinutes: -360,
        timeZone: 'Etc/GMT+6',
        elapsedSeconds: 480,
        distanceMetres: 2000,
        speedAvgMetresPerSecond: 500 / 120,
        speedMaxMetresPerSecond: 500 / 105,
        cadenceAvg: 24,
        powerAvgWatts: 188,
        device: 'Row',
      },
    },
    {
      label: 'outdoor run',
      fixture: pelotonOutdoorRunFixture,
      expected: {
        sport: 'run',
        utcOffsetMinutes: 60,
        timeZone: 'Europe/Berlin',
        distanceMetres: 5450,
        elevationGainMetres: 42,
        speedAvgMetresPerSecond: (10.9 * 1000) / 3600,
        speedMaxMetresPerSecond: (12 * 1000) / 3600,
        powerAvgWatts: null,
        heartRateAvgBpm: 150,
      },
    },
    {
      label: 'meditation',
      fixture: pelotonMeditationFixture,
      expected: {
        sport: 'meditation',
        elapsedSeconds: 300,
        distanceMetres: null,
        energyKcal: null,
        heartRateAvgBpm: null,
        powerAvgWatts: null,
        speedAvgMetresPerSecond: null,
      },
    },
    {
      label: 'strength',
      fixture: pelotonStrengthFixture,
      expected: {
        sport: 'strength_training',
        energyKcal: 145,
        heartRateMaxBpm: 149,
        device: 'android',
      },
    },
  ])('maps $label', ({ fixture, expected }) => {
    expect(map(fixture)).toMatchObject(expected);
  });

  it('agrees on distance (metres) and output (kJ) between a miles and a km member', () => {
    const miles = map(pelotonCyclingMilesFixture);
    const kilometres = map(pelotonCyclingKilometresFixture);
    expect(miles.distanceMetres).toBe(16093.44);
    expect(kilometres.distanceMetres).toBe(16090);
    // Both show two decimals: 0.01 km is the display precision.
    expect(Math.abs((miles.distanceMetres ?? 0) - (kilometres.distanceMetres ?? 0))).toBeLessThan(
      10,
    );
    expect(miles.workKilojoules).toBe(360.0005);
    expect(kilometres.workKilojoules).toBe(360.0005);
    expect(kilometres.speedAvgMetresPerSecond).toBeCloseTo(miles.speedAvgMetresPerSecond ?? 0, 2);
  });

  it('keeps the class title, instructor and Peloton scores in metrics', () => {
    expect(map(pelotonCyclingMilesFixture).metrics).toEqual({
      classTitle: '30 min Power Zone Ride',
      classId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      instructorName: 'Avery Quinn',
      instructorId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      leaderboardRank: 812,
      ftpWatts: 210,
      hrZoneSeconds: [100, 200, 300, 400, 500],
    });
    expect(map(pelotonRowFixture).metrics).toMatchObject({ strokeCount: 192, effortPoints: 9.5 });
    // Instructor not joined: the id from the class is kept.
    expect(map(pelotonStrengthFixture).metrics.instructorId).toBe(
      'e5f60718293a4b5c6d7e8f90a1b2c3d4',
    );
  });

  it('reads the summary with the member unit when there is no graph', () => {
    const { workout, summary } = pelotonCyclingKilometresFixture;
    const activity = mapPelotonWorkout(workout, { summary: summary ?? null, distanceUnit: 'km' });
    expect(activity.distanceMetres).toBe(16090);
    expect(activity.speedAvgMetresPerSecond).toBeCloseTo(8.941667, 6);
    expect(activity.heartRateAvgBpm).toBe(142);
  });

  it("asks for the member's unit with a summary: null gives null values and a warning", () => {
    const { workout, summary } = pelotonCyclingKilometresFixture;
    if (!summary) throw new Error('fixture has a summary');
    const warnings: unknown[] = [];
    const activity = mapPelotonWorkout(workout, {
      summary,
      distanceUnit: null,
      onWarning: (error) => warnings.push(error),
    });
    expect(activity.distanceMetres).toBeNull();
    expect(activity.speedAvgMetresPerSecond).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBeInstanceOf(ValidationError);
    expect((warnings[0] as ValidationError).issues[0]?.path).toEqual(['distanceUnit']);
    // @ts-expect-error: a summary without the member's distanceUnit does not type-check.
    expect(mapPelotonWorkout(workout, { summary }).distanceMetres).toBeNull();
  });

  it('duration rule: end − start is elapsedSeconds; Peloton tells no pauses apart', () => {
    const activity = map(pelotonRowFixture);
    expect(activity.elapsedSeconds).toBeGreaterThan(0);
    expect(activity.movingSeconds).toBeNull();
  });

  it('energy rule: calories are the provider estimate, the output is work, kept apart', () => {
    const activity = map(pelotonRowFixture);
    expect(activity.energySource).toBe(activity.energyKcal === null ? null : 'provider');
    expect(activity.metrics).not.toHaveProperty('outputKilojoules');
  });

  it('keeps the payload as raw only when asked', () => {
    const { workout, performanceGraph } = pelotonRowFixture;
    expect(mapPelotonWorkout(workout).raw).toBeUndefined();
    expect(mapPelotonWorkout(workout, { performanceGraph, includeRaw: true }).raw).toMatchObject({
      workout,
    });
  });
});

describe('pelotonSport', () => {
  const workout = (
    fitness_discipline: string,
    extra: Partial<PelotonWorkout> = {},
  ): PelotonWorkout => ({
    id: 'a'.repeat(32),
    created_at: 0,
    start_time: 0,
    fitness_discipline,
    ...extra,
  });
  it.each([
    ['cycling', {}, 'indoor_ride'],
    ['running', {}, 'treadmill_run'],
    ['running', { is_outdoor: true }, 'run'],
    ['walking', {}, 'walk'],
    ['caesar', {}, 'indoor_row'],
    ['strength', {}, 'strength_training'],
    ['yoga', {}, 'yoga'],
    ['meditation', {}, 'meditation'],
    ['stretching', {}, 'stretching'],
    ['bike_bootcamp', {}, 'hiit'],
    ['yoga', { is_outdoor: true }, 'yoga'],
    ['underwater_basket_weaving', {}, 'other'],
  ] as const)('%s %j → %s', (discipline, extra, sport) => {
    expect(pelotonSport(workout(discipline, extra))).toBe(sport);
  });

  it('treats a run with a GPS track as outdoors even without is_outdoor', () => {
    const graph = pelotonOutdoorRunFixture.performanceGraph;
    expect(pelotonSport(workout('running'), graph)).toBe('run');
    expect(PELOTON_SPORT_TYPES.caesar).toBe('indoor_row');
  });
});
