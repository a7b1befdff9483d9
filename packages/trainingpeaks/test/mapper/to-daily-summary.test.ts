import { mapTrainingPeaksMetrics, trainingpeaksMetricListSchema } from '@fitlink/trainingpeaks';
import { trainingpeaksMetricsFixture } from '@fitlink/trainingpeaks/testing';
import { describe, expect, it } from 'vitest';

describe('mapTrainingPeaksMetrics', () => {
  it('folds each local day’s entries into one summary, latest value winning', () => {
    const days = mapTrainingPeaksMetrics(
      trainingpeaksMetricListSchema.parse(trainingpeaksMetricsFixture),
    );
    expect(days).toEqual([
      expect.objectContaining({
        id: 'trainingpeaks:2026-07-04',
        externalId: '2026-07-04',
        date: '2026-07-04',
        restingHeartRateBpm: 47,
        hrvRmssdMs: 71.5,
        steps: null,
        startTime: null,
        recoveryScore: null,
        metrics: { sleepHours: 7.25, sleepQuality: 'Good' },
      }),
      expect.objectContaining({
        date: '2026-07-05',
        restingHeartRateBpm: null,
        hrvRmssdMs: null,
        steps: 10_450,
        metrics: { weightKg: 70.4 },
      }),
    ]);
  });

  it.each([
    [
      'later entry wins',
      [
        { DateTime: '2026-01-01T06:00:00', Pulse: 50 },
        { DateTime: '2026-01-01T21:00:00', Pulse: 44 },
      ],
      44,
    ],
    [
      'order of input does not matter',
      [
        { DateTime: '2026-01-01T21:00:00', Pulse: 44 },
        { DateTime: '2026-01-01T06:00:00', Pulse: 50 },
      ],
      44,
    ],
    [
      'modeled alias RestingHeartRate',
      [{ Timestamp: '2026-01-01T06:00:00', RestingHeartRate: 52 }],
      52,
    ],
  ])('%s', (_name, entries, resting) => {
    expect(mapTrainingPeaksMetrics(entries)[0]?.restingHeartRateBpm).toBe(resting);
  });

  it('skips entries without a date and keeps raw entries when asked', () => {
    expect(mapTrainingPeaksMetrics([{ Pulse: 50 }])).toEqual([]);
    const [day] = mapTrainingPeaksMetrics([{ DateTime: '2026-01-01T06:00:00', HRV: 60 }], {
      includeRaw: true,
    });
    expect(day?.raw).toEqual([{ DateTime: '2026-01-01T06:00:00', HRV: 60 }]);
  });
});
