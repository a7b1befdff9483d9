import {
  corosMultisportParts,
  corosOffsetMinutes,
  corosSport,
  mapCorosActivity,
} from '@fitlink/coros';
import {
  corosIndoorRideFixture,
  corosOutdoorRunFixture,
  corosTriathlonFixture,
  corosUnknownModeFixture,
} from '@fitlink/coros/testing';
import { describe, expect, it } from 'vitest';

describe('mapCorosActivity', () => {
  it('maps an outdoor run with exact values', () => {
    const activity = mapCorosActivity(corosOutdoorRunFixture);
    expect(activity).toMatchObject({
      id: 'coros:461734982359384066',
      provider: 'coros',
      externalId: '461734982359384066',
      sport: 'run',
      providerSport: '8:1',
      startTime: '2026-11-19T22:00:00.000Z',
      utcOffsetMinutes: 480,
      elapsedSeconds: 3130,
      movingSeconds: null,
      distanceMetres: 10_020,
      energyKcal: 712,
      energySource: 'provider',
      heartRateAvgBpm: 151,
      steps: 9120,
      device: 'COROS PACE 3',
      metrics: { corosMode: 8, corosSubMode: 1 },
    });
    expect(activity.raw).toBeUndefined();
  });

  it('maps an indoor ride in UTC-05:00: no distance is null, not 0', () => {
    expect(mapCorosActivity(corosIndoorRideFixture)).toMatchObject({
      sport: 'indoor_ride',
      providerSport: '9:2',
      startTime: '2026-11-20T23:00:00.000Z',
      utcOffsetMinutes: -300,
      distanceMetres: null,
      elapsedSeconds: 3600,
    });
  });

  it('keeps a triathlon as one activity with its legs', () => {
    const activity = mapCorosActivity(corosTriathlonFixture, { includeRaw: true });
    expect(activity).toMatchObject({
      sport: 'triathlon',
      providerSport: '13:1',
      utcOffsetMinutes: 330,
      startTime: '2026-11-15T01:00:00.000Z',
      distanceMetres: 51_500,
      metrics: { corosMode: 13, corosSubMode: 1, multisportParts: '10:2,9:1,8:1' },
    });
    expect(activity.raw).toEqual(corosTriathlonFixture);
    expect(corosMultisportParts(corosTriathlonFixture).map((part) => part.sport)).toEqual([
      'open_water_swim',
      'ride',
      'run',
    ]);
  });

  it('an unknown mode is other, with its code kept and the duration from end minus start', () => {
    expect(mapCorosActivity(corosUnknownModeFixture)).toMatchObject({
      sport: 'other',
      providerSport: '99:4',
      elapsedSeconds: 1800,
      energyKcal: null,
      energySource: null,
    });
  });

  it('reads epoch milliseconds as well as seconds, and calories when told', () => {
    const inMs = {
      ...corosOutdoorRunFixture,
      startTime: corosOutdoorRunFixture.startTime * 1000,
      endTime: (corosOutdoorRunFixture.endTime ?? 0) * 1000,
    };
    expect(mapCorosActivity(inMs).startTime).toBe('2026-11-19T22:00:00.000Z');
    expect(mapCorosActivity(inMs, { timeUnit: 'milliseconds' }).startTime).toBe(
      '2026-11-19T22:00:00.000Z',
    );
    const inCal = { ...corosOutdoorRunFixture, calorie: 712_000 };
    expect(mapCorosActivity(inCal, { calorieUnit: 'cal' }).energyKcal).toBe(712);
  });

  it.each([
    [32, 480],
    [-20, -300],
    [22, 330],
    [0, 0],
    [23, 345],
    [null, null],
    [73, null],
    [1.5, null],
  ])('time zone %s in 15-minute units is %s minutes', (units, minutes) => {
    expect(corosOffsetMinutes(units)).toBe(minutes);
  });

  it.each([
    [8, 1, 'run'],
    [8, 2, 'treadmill_run'],
    [9, 1, 'ride'],
    [9, 2, 'indoor_ride'],
    [10, 1, 'swim'],
    [10, 2, 'open_water_swim'],
    [13, 1, 'triathlon'],
    [42, 1, 'other'],
  ] as const)('mode %s sub-mode %s is %s', (mode, subMode, sport) => {
    expect(corosSport(mode, subMode)).toBe(sport);
  });
});
