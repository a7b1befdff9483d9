import { appleHealthWorkoutSchema, mapAppleHealthWorkoutSamples } from '@fitlink/apple-health';
import { appleHealthWorkoutFixtures } from '@fitlink/apple-health/testing';
import { describe, expect, it } from 'vitest';

describe('mapAppleHealthWorkoutSamples', () => {
  it('merges heart-rate readings and the route on one offset axis', () => {
    const workout = appleHealthWorkoutSchema.parse(appleHealthWorkoutFixtures.outdoorRunImperial);
    const samples = mapAppleHealthWorkoutSamples(workout);
    expect(samples).toEqual({
      activityId: 'apple-health:0C5E2F7A-1B3D-4E6F-8A9B-0C1D2E3F4A5B',
      provider: 'apple-health',
      startTime: '2026-08-26T11:02:00.000Z',
      series: {
        offsetsSeconds: [0, 30, 300],
        heartRateBpm: [101, null, 148],
        latlng: [[40.7128, -74.006], [40.7135, -74.0071], null],
        altitudeMetres: [11.2, 11.6, null],
        speedMetresPerSecond: [2.9, 3.1, null],
      },
    });
  });

  it("falls back to the batch's heart_rate samples inside the workout's window", () => {
    const workout = appleHealthWorkoutSchema.parse(appleHealthWorkoutFixtures.strength);
    const samples = mapAppleHealthWorkoutSamples(workout, {
      heartRate: [
        { date: '2026-08-27 17:59:00 -0400', Avg: 70 },
        { date: '2026-08-27 18:10:00 -0400', Min: 100, Avg: 121, Max: 140 },
        { date: '2026-08-27 22:20:00 +0000', Avg: 131 },
        { date: '2026-08-27 19:10:00 -0400', Avg: 90 },
      ],
    });
    expect(samples?.series).toEqual({ offsetsSeconds: [600, 1200], heartRateBpm: [121, 131] });
  });

  it('gives null for a workout with neither heart rate nor route', () => {
    const workout = appleHealthWorkoutSchema.parse(appleHealthWorkoutFixtures.unknownType);
    expect(mapAppleHealthWorkoutSamples(workout)).toBeNull();
  });
});
