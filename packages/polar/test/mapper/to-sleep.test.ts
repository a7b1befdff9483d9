import { mapPolarDay, mapPolarNightlyRecharge, mapPolarSleep } from '@fitlink/polar';
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

describe('mapPolarDay', () => {
  const activity = {
    date: '2026-11-19',
    calories: 2480,
    activeCalories: 610,
    activeDuration: '5400s',
    steps: 11_204,
    distanceMeters: 8300.5,
  };

  it('joins a morning’s recharge with the day’s activity', () => {
    expect(mapPolarDay({ recharge: polarNightlyRechargeFixture, activity })).toMatchObject({
      id: 'polar:2026-11-19',
      recoveryScore: 5,
      hrvRmssdMs: 61,
      steps: 11_204,
      energyKcal: 2480,
      activeEnergyKcal: 610,
      distanceMetres: 8300.5,
      metrics: { ansCharge: 4.2, activeSeconds: 5400 },
    });
  });

  it('takes either alone, and refuses neither or two dates', () => {
    expect(mapPolarDay({ activity })).toMatchObject({ recoveryScore: null, steps: 11_204 });
    expect(() => mapPolarDay({})).toThrowError(
      expect.objectContaining({ name: 'ValidationError' }),
    );
    expect(() =>
      mapPolarDay({
        recharge: polarNightlyRechargeFixture,
        activity: { ...activity, date: '2026-11-20' },
      }),
    ).toThrowError(expect.objectContaining({ name: 'ValidationError' }));
  });
});
