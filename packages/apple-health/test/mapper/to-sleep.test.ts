import {
  appleHealthSleepNightSchema,
  appleHealthSleepStageSchema,
  mapAppleHealthSleepNight,
  mapAppleHealthSleepStages,
} from '@fitlink/apple-health';
import {
  appleHealthSleepNightFixture,
  appleHealthSleepStageFixtures,
} from '@fitlink/apple-health/testing';
import { describe, expect, it } from 'vitest';

describe('mapAppleHealthSleepNight', () => {
  it('converts hours to seconds, uses the in-bed window and keys the night by its first asleep instant', () => {
    const sleep = mapAppleHealthSleepNight(
      appleHealthSleepNightSchema.parse(appleHealthSleepNightFixture),
      {
        units: 'hr',
      },
    );
    expect(sleep).toMatchObject({
      id: 'apple-health:sleep-2026-08-26T03:12:00.000Z',
      startTime: '2026-08-26T03:00:00.000Z',
      endTime: '2026-08-26T11:10:00.000Z',
      utcOffsetMinutes: -240,
      durationSeconds: 29399.76,
      asleepSeconds: 25920,
      lightSeconds: 14760,
      deepSeconds: 4140,
      remSeconds: 7020,
      awakeSeconds: 1620,
      metrics: { source: 'Apple Watch' },
    });
    expect(sleep.efficiencyPercent).toBeCloseTo(88.164, 3);
  });

  it('falls back to the sleep window when in-bed fields are missing (app 8.2.12)', () => {
    const {
      inBedStart: _start,
      inBedEnd: _end,
      inBed: _inBed,
      ...night
    } = appleHealthSleepNightFixture;
    const sleep = mapAppleHealthSleepNight(appleHealthSleepNightSchema.parse(night));
    expect(sleep).toMatchObject({
      id: 'apple-health:sleep-2026-08-26T03:12:00.000Z',
      startTime: '2026-08-26T03:12:00.000Z',
      endTime: '2026-08-26T11:04:00.000Z',
      durationSeconds: 28320,
      efficiencyPercent: null,
    });
  });

  it('reads stage totals in minutes when the metric says so', () => {
    const night = { ...appleHealthSleepNightFixture, deep: 69 };
    expect(
      mapAppleHealthSleepNight(appleHealthSleepNightSchema.parse(night), { units: 'min' })
        .deepSeconds,
    ).toBe(4140);
  });
});

describe('mapAppleHealthSleepStages', () => {
  it('splits rows into sessions and sums each stage from its timestamps', () => {
    const rows = appleHealthSleepStageFixtures.map((row) => appleHealthSleepStageSchema.parse(row));
    const [night, nap] = mapAppleHealthSleepStages([...rows].reverse());
    expect(night).toMatchObject({
      // The same id as the aggregated form of this night.
      id: 'apple-health:sleep-2026-08-26T03:12:00.000Z',
      startTime: '2026-08-26T03:12:00.000Z',
      endTime: '2026-08-26T11:04:00.000Z',
      durationSeconds: 28320,
      lightSeconds: 78 * 60 + 238 * 60,
      deepSeconds: 66 * 60,
      remSeconds: 75 * 60,
      awakeSeconds: 15 * 60,
      asleepSeconds: (78 + 238 + 66 + 75) * 60,
    });
    expect(nap).toMatchObject({
      startTime: '2026-08-26T18:00:00.000Z',
      asleepSeconds: 1800,
      lightSeconds: null,
      deepSeconds: null,
    });
  });

  it('gives nothing for no rows', () => {
    expect(mapAppleHealthSleepStages([])).toEqual([]);
  });
});
