import { mapPolarNightlyRecharge, mapPolarSleep } from '@fitlink/polar';
import { polarNightlyRechargeFixture, polarSleepFixture } from '@fitlink/polar/testing';
import { describe, expect, it } from 'vitest';

describe('mapPolarSleep', () => {
  it('maps a night: offsets kept, stages in seconds, efficiency as asleep over in bed', () => {
    expect(mapPolarSleep(polarSleepFixture)).toMatchObject({
      id: 'polar:2026-11-19',
      startTime: '2026-11-18T21:10:00.000Z',
      endTime: '2026-11-19T04:58:00.000Z',
      utcOffsetMinutes: 120,
      durationSeconds: 28_080,
      asleepSeconds: 26_280,
      awakeSeconds: 1800,
      lightSeconds: 15_120,
      deepSeconds: 5400,
      remSeconds: 5760,
      efficiencyPercent: 93.6,
      score: 82,
      isNap: false,
      metrics: { sleepCycles: 5, continuity: 3.9 },
    });
  });

  it('uses sleepStartOffsetMinutes for times without a zone; stages absent stay null', () => {
    const sleep = mapPolarSleep({
      sleepDate: '2026-11-19',
      sleepStartTime: '2026-11-18T23:10:00',
      sleepEndTime: '2026-11-19T06:58:00',
      sleepStartOffsetMinutes: -300,
    });
    expect(sleep).toMatchObject({
      startTime: '2026-11-19T04:10:00.000Z',
      endTime: '2026-11-19T11:58:00.000Z',
      utcOffsetMinutes: -300,
      asleepSeconds: null,
      deepSeconds: null,
      efficiencyPercent: null,
    });
  });
});

describe('mapPolarNightlyRecharge', () => {
  it('maps a morning: recovery status, RMSSD, ANS charge and overnight values in metrics', () => {
    expect(mapPolarNightlyRecharge(polarNightlyRechargeFixture)).toMatchObject({
      id: 'polar:2026-11-19',
      date: '2026-11-19',
      recoveryScore: 5,
      hrvRmssdMs: 61,
      restingHeartRateBpm: null,
      metrics: {
        ansCharge: 4.2,
        ansChargeStatus: 4,
        overnightHeartRateAvgBpm: 52,
        beatToBeatAvgMs: 1154,
        breathingRateAvg: 14.3,
      },
    });
  });
});
