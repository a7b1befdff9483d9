import { ValidationError } from '@fitlink/core';
import {
  mapPelotonPerformanceGraph,
  mapPelotonUser,
  pelotonSpeedToMetresPerSecond,
} from '@fitlink/peloton';
import {
  pelotonCyclingMilesFixture,
  pelotonMeditationFixture,
  pelotonOutdoorRunFixture,
  pelotonRowFixture,
} from '@fitlink/peloton/testing';
import { describe, expect, it } from 'vitest';

const samplesOf = (fixture: typeof pelotonRowFixture) =>
  mapPelotonPerformanceGraph(fixture.performanceGraph, {
    workoutId: fixture.workout.id,
    startTime: fixture.workout.start_time * 1000,
  });

describe('mapPelotonPerformanceGraph', () => {
  it('converts a cycling graph in mph', () => {
    const samples = samplesOf(pelotonCyclingMilesFixture);
    expect(samples.activityId).toBe('peloton:1a2b3c4d5e6f708192a3b4c5d6e7f801');
    expect(samples.startTime).toBe('2025-11-19T14:00:00.000Z');
    expect(samples.series).toEqual({
      offsetsSeconds: [0, 60, 120, 180],
      heartRateBpm: [120, 140, null, 150],
      powerWatts: [150, 210, 230, 170],
      cadence: [85, 90, 92, 88],
      speedMetresPerSecond: [8.04672, 8.9408, 9.38784, 8.49376],
    });
  });

  it("converts the rower's split (decimal min/500 m) and stroke rate", () => {
    const { series } = samplesOf(pelotonRowFixture);
    expect(series.cadence).toEqual([22, 24, 26]);
    expect(series.speedMetresPerSecond?.[0]).toBeCloseTo(500 / 135, 10);
    expect(series.speedMetresPerSecond?.[1]).toBeCloseTo(500 / 120, 10);
    expect(series.speedMetresPerSecond?.[2]).toBeNull();
  });

  it('places the GPS track of an outdoor run at its offsets, in metres', () => {
    const { series } = samplesOf(pelotonOutdoorRunFixture);
    expect(series.latlng).toEqual([[52.52, 13.405], null, [52.5201, 13.4051]]);
    expect(series.distanceMetres).toEqual([0, null, 10]);
    expect(series.altitudeMetres).toEqual([34, 35, null]);
    // The speed alternative of the pace is used: 12 kph at 2 s, standing still at 1 s.
    expect(series.speedMetresPerSecond).toEqual([0, (12 * 1000) / 3600, (10 * 1000) / 3600]);
  });

  it('gives offsets only for a class without metrics', () => {
    expect(samplesOf(pelotonMeditationFixture).series).toEqual({
      offsetsSeconds: [0, 60, 120, 180, 240],
    });
  });

  it('rejects a negative offset with a ValidationError naming the path', () => {
    const graph = {
      ...pelotonMeditationFixture.performanceGraph,
      seconds_since_pedaling_start: [-5],
    };
    const error = (() => {
      try {
        mapPelotonPerformanceGraph(graph, { workoutId: 'x', startTime: 0 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['series', 'offsetsSeconds', 0]);
  });
});

describe('units and profile', () => {
  it.each([
    [20, 'mph', 8.9408],
    [36, 'kph', 10],
    [8, 'min/mi', 1609.344 / 480],
    [2, 'min/500m', 500 / 120],
    [0, 'min/km', null],
    [5, 'furlongs/fortnight', null],
  ] as const)('%d %s → %s m/s', (value, unit, expected) => {
    const speed = pelotonSpeedToMetresPerSecond(value, unit);
    if (expected === null) expect(speed).toBeNull();
    else expect(speed).toBeCloseTo(expected, 10);
  });

  it('maps /api/me to a profile', () => {
    expect(
      mapPelotonUser({
        id: 'f'.repeat(32),
        first_name: 'Sandy',
        last_name: 'Box',
        gender: 'female',
        birthday: 536457600,
        email: 's@example.test',
      }),
    ).toMatchObject({
      id: `peloton:${'f'.repeat(32)}`,
      name: 'Sandy Box',
      sex: 'female',
      birthDate: '1987-01-01',
      weightKg: null,
    });
  });
});
