import { mapSmashrunProfile, readSmashrunStart, readSmashrunUtc } from '@fitlink/smashrun';
import { smashrunUserInfoFixture } from '@fitlink/smashrun/testing';
import { describe, expect, it } from 'vitest';

describe('mapSmashrunProfile', () => {
  it.each([
    [
      smashrunUserInfoFixture,
      {
        id: 'smashrun:1234567',
        name: 'Ada Runner',
        units: 'imperial',
        timeZone: 'America/Chicago',
      },
    ],
    [
      { id: 5, userName: 'solo', unitDistance: 'k', timeZone: 'Eastern Standard Time' },
      { name: 'solo', units: 'metric', timeZone: null, firstName: null },
    ],
    [{ id: 6 }, { externalId: '6', name: null, units: null }],
  ])('maps %o', (user, expected) => {
    expect(mapSmashrunProfile(user)).toMatchObject(expected);
  });
});

describe('SmashRun times', () => {
  it.each([
    [
      '2026-10-01T06:30:00-06:00',
      { startTime: '2026-10-01T12:30:00.000Z', utcOffsetMinutes: -360 },
    ],
    ['2026-07-01T08:00:00+02:00', { startTime: '2026-07-01T06:00:00.000Z', utcOffsetMinutes: 120 }],
    ['2026-07-01T08:00:00+05:45', { startTime: '2026-07-01T02:15:00.000Z', utcOffsetMinutes: 345 }],
    ['2026-07-01T08:00:00', { startTime: null, utcOffsetMinutes: null }],
  ])('reads startDateTimeLocal %s', (value, expected) => {
    expect(readSmashrunStart(value)).toEqual(expected);
  });

  it('reads *UTC fields without Z as UTC', () => {
    expect(readSmashrunUtc('2022-11-09T15:01:39.44')).toBe('2022-11-09T15:01:39.440Z');
    expect(readSmashrunUtc(null)).toBeNull();
  });
});
