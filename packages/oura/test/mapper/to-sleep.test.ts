import { mapOuraSleep } from '@fitlink/oura';
import { ouraSleepFixtures } from '@fitlink/oura/testing';
import { describe, expect, it } from 'vitest';

describe('mapOuraSleep', () => {
  it('maps a night: stage seconds, HRV, lowest HR, efficiency, offset kept', () => {
    expect(mapOuraSleep(ouraSleepFixtures.night, { score: 84 })).toEqual({
      id: 'oura:b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      provider: 'oura',
      externalId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      startTime: '2026-11-19T05:41:12.000Z',
      endTime: '2026-11-19T13:29:12.000Z',
      utcOffsetMinutes: -420,
      timeZone: null,
      durationSeconds: 28_080,
      asleepSeconds: 25_470,
      awakeSeconds: 2_610,
      lightSeconds: 13_230,
      deepSeconds: 5_520,
      remSeconds: 6_720,
      latencySeconds: 540,
      efficiencyPercent: 91,
      score: 84,
      heartRateAvgBpm: 52.625,
      heartRateLowestBpm: 46,
      hrvRmssdMs: 61,
      respiratoryRate: 14.875,
      isNap: false,
      metrics: {
        day: '2026-11-19',
        sleepType: 'long_sleep',
        readinessScore: 82,
        restlessPeriods: 212,
      },
    });
  });

  it('a late nap is a nap; missing HRV and breathing stay null', () => {
    expect(mapOuraSleep(ouraSleepFixtures.nap)).toMatchObject({
      isNap: true,
      hrvRmssdMs: null,
      respiratoryRate: null,
      score: null,
      remSeconds: 0,
      durationSeconds: 1800,
    });
  });
});
