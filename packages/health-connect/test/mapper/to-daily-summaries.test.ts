import { mapHealthConnectDailySummaries } from '@fitlink/health-connect';
import { healthConnectWebhookBatchFixtures } from '@fitlink/health-connect/testing';
import { describe, expect, it } from 'vitest';

describe('mapHealthConnectDailySummaries', () => {
  it('sums, averages and takes the latest value of a UTC day', () => {
    const [day, ...rest] = mapHealthConnectDailySummaries(healthConnectWebhookBatchFixtures.day);
    expect(rest).toEqual([]);
    expect(day).toMatchObject({
      id: 'health-connect:2026-05-09',
      date: '2026-05-09',
      startTime: '2026-05-09T00:00:00.000Z',
      endTime: '2026-05-10T00:00:00.000Z',
      utcOffsetMinutes: null,
      steps: 7300,
      distanceMetres: 8400,
      activeEnergyKcal: 310.5,
      energyKcal: 1850,
      // The day's latest resting heart rate (07:00), not the first (05:00).
      restingHeartRateBpm: 52,
      hrvRmssdMs: 50,
      spo2Percent: 97,
      metrics: { weightKg: 72.4 },
    });
  });

  it('gives one summary per UTC day, oldest first, and null where a day has no value', () => {
    const days = mapHealthConnectDailySummaries({
      steps: [
        { count: 900, start_time: '2026-05-10T23:30:00Z', end_time: '2026-05-11T00:30:00Z' },
        { count: 5000, start_time: '2026-05-09T10:00:00Z', end_time: '2026-05-09T11:00:00Z' },
      ],
      weight: [{ kilograms: 70, time: '2026-05-11T07:00:00Z' }],
    });
    expect(days.map((day) => [day.date, day.steps, day.metrics.weightKg ?? null])).toEqual([
      ['2026-05-09', 5000, null],
      ['2026-05-10', 900, null],
      ['2026-05-11', null, 70],
    ]);
    expect(days[0]?.restingHeartRateBpm).toBeNull();
    expect(days[0]?.hrvRmssdMs).toBeNull();
  });

  it('gives nothing for a batch without day-level records', () => {
    expect(mapHealthConnectDailySummaries({})).toEqual([]);
  });
});
