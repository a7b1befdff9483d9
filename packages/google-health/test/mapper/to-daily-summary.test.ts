import { mapGoogleHealthDay } from '@fitlink/google-health';
import { googleHealthDayFixtures } from '@fitlink/google-health/testing';
import { describe, expect, it } from 'vitest';

describe('mapGoogleHealthDay', () => {
  it('maps a full day: roll-ups and daily points', () => {
    expect(mapGoogleHealthDay(googleHealthDayFixtures.full)).toMatchObject({
      id: 'google-health:2026-11-18',
      date: '2026-11-18',
      steps: 11_873,
      distanceMetres: 9046.5,
      energyKcal: 2431.6,
      restingHeartRateBpm: 52,
      hrvRmssdMs: 48.7,
      spo2Percent: 96.4,
      metrics: {
        activeZoneMinutes: 60,
        heartRateMinBpm: 48,
        heartRateMaxBpm: 171,
        heartRateAvgBpm: 71.4,
        deepSleepHrvRmssdMs: 55.1,
      },
    });
  });

  it('true zeros: a returned window without a sum is 0 for steps and distance, not for AZM', () => {
    const day = mapGoogleHealthDay(googleHealthDayFixtures.wornStill);
    expect(day.steps).toBe(0);
    expect(day.distanceMetres).toBe(0);
    expect(day.energyKcal).toBe(1702);
    // Active zone minutes are not a true-zero type: absence stays absence.
    expect(day.metrics.activeZoneMinutes).toBeUndefined();
    expect(day.hrvRmssdMs).toBeNull();
  });

  it('no window (not worn) stays null, never 0', () => {
    expect(mapGoogleHealthDay(googleHealthDayFixtures.notWorn)).toMatchObject({
      steps: null,
      distanceMetres: null,
      energyKcal: null,
      restingHeartRateBpm: null,
      hrvRmssdMs: null,
      spo2Percent: null,
      metrics: {},
    });
  });

  it('the true-zero types are configurable', () => {
    const day = mapGoogleHealthDay(googleHealthDayFixtures.wornStill, { trueZeroTypes: [] });
    expect(day.steps).toBeNull();
    expect(day.distanceMetres).toBeNull();
  });
});
