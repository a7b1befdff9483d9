import { mapOuraDay } from '@fitlink/oura';
import { ouraDayFixture } from '@fitlink/oura/testing';
import { describe, expect, it } from 'vitest';

describe('mapOuraDay', () => {
  it('joins readiness, activity, sleep score, SpO2, stress and the main sleep of one local day', () => {
    expect(mapOuraDay(ouraDayFixture)).toMatchObject({
      id: 'oura:2026-11-19',
      date: '2026-11-19',
      startTime: null,
      endTime: null,
      utcOffsetMinutes: -420,
      readinessScore: 82,
      skinTemperatureDeviationCelsius: -0.12,
      steps: 11_482,
      energyKcal: 2_498,
      activeEnergyKcal: 612,
      spo2Percent: 96.625,
      restingHeartRateBpm: 46,
      hrvRmssdMs: 61,
      distanceMetres: null,
      recoveryScore: null,
      strain: null,
      metrics: {
        sleepScore: 84,
        activityScore: 88,
        equivalentWalkingDistanceMetres: 9_870,
        stressHighSeconds: 3_600,
        recoveryHighSeconds: 5_400,
        stressSummary: 'normal',
        resilienceLevel: 'solid',
        temperatureTrendDeviationCelsius: 0.05,
      },
    });
  });

  it('a day with readiness only has nulls elsewhere, never zeros', () => {
    const day = mapOuraDay({ day: '2026-11-19', readiness: ouraDayFixture.readiness });
    expect(day).toMatchObject({
      readinessScore: 82,
      steps: null,
      energyKcal: null,
      hrvRmssdMs: null,
    });
  });
});
