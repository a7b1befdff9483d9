import { mapOuraHeartRate, mapOuraWorkout } from '@fitlink/oura';
import { ouraWorkoutFixtures } from '@fitlink/oura/testing';
import { describe, expect, it } from 'vitest';

describe('mapOuraHeartRate', () => {
  it('gives seconds from the workout start, oldest first, readings before the start dropped', () => {
    const activity = mapOuraWorkout(ouraWorkoutFixtures.ride);
    const samples = mapOuraHeartRate(
      [
        { bpm: 131, source: 'workout', timestamp: '2026-11-19T00:31:00+00:00' },
        { bpm: 88, source: 'awake', timestamp: '2026-11-19T00:25:00+00:00' },
        { bpm: 124, source: 'workout', timestamp: '2026-11-19T00:30:00+00:00' },
      ],
      { activity },
    );
    expect(samples).toEqual({
      activityId: 'oura:3f4a1c2e-8b7d-4e6f-9a01-2b3c4d5e6f70',
      provider: 'oura',
      startTime: '2026-11-19T00:30:00.000Z',
      series: { offsetsSeconds: [0, 60], heartRateBpm: [124, 131] },
    });
  });
});
