import { mapCorosDailySummary, mapCorosSleep } from '@fitlink/coros';
import {
  corosDailyFixture,
  corosLocalSleepDailyFixture,
  corosNoSleepDailyFixture,
} from '@fitlink/coros/testing';
import { describe, expect, it } from 'vitest';

describe('mapCorosDailySummary', () => {
  it('maps a day with its local bounds, resting HR, HRV, steps and energy', () => {
    expect(mapCorosDailySummary(corosDailyFixture)).toMatchObject({
      id: 'coros:20261120',
      date: '2026-11-20',
      startTime: '2026-11-19T16:00:00.000Z',
      endTime: '2026-11-20T16:00:00.000Z',
      utcOffsetMinutes: 480,
      restingHeartRateBpm: 47,
      hrvRmssdMs: 68,
      steps: 11_482,
      energyKcal: 2315,
      recoveryScore: null,
      metrics: { sleepHeartRateAvgBpm: 52 },
    });
  });

  it('a numeric happenDay and no offset: the date, no bounds', () => {
    expect(
      mapCorosDailySummary({ ...corosNoSleepDailyFixture, happenDay: 20_261_122 }),
    ).toMatchObject({
      date: '2026-11-22',
      startTime: null,
      endTime: null,
      utcOffsetMinutes: null,
      restingHeartRateBpm: 49,
      hrvRmssdMs: null,
    });
  });
});

describe('mapCorosSleep', () => {
  it('maps the night window in epoch seconds (no stages)', () => {
    expect(mapCorosSleep(corosDailyFixture)).toMatchObject({
      id: 'coros:20261120',
      startTime: '2026-11-19T14:40:00.000Z',
      endTime: '2026-11-19T21:50:00.000Z',
      utcOffsetMinutes: 480,
      durationSeconds: 25_800,
      heartRateAvgBpm: 52,
      hrvRmssdMs: 68,
      deepSeconds: null,
      remSeconds: null,
      lightSeconds: null,
      isNap: false,
    });
  });

  it('places a local-time window with the day offset (UTC-05:00)', () => {
    expect(mapCorosSleep(corosLocalSleepDailyFixture)).toMatchObject({
      startTime: '2026-11-21T04:10:00.000Z',
      endTime: '2026-11-21T11:40:00.000Z',
      durationSeconds: 27_000,
      utcOffsetMinutes: -300,
    });
  });

  it('no window, or a local window without an offset: null, not guessed', () => {
    expect(mapCorosSleep(corosNoSleepDailyFixture)).toBeNull();
    expect(
      mapCorosSleep({ ...corosLocalSleepDailyFixture, startTimezone: null, endTimezone: null }),
    ).toBeNull();
  });
});
