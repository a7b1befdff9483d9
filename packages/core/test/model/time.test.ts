import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isTimeZone,
  localToUtc,
  offsetMinutesForZone,
  parseOffset,
  toEpochMs,
  toUtcIso,
} from '../../src/model/index.js';

describe('toUtcIso', () => {
  it.each([
    ['a Date', new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), '2026-01-02T03:04:05.000Z'],
    ['epoch ms', 1_767_323_045_000, '2026-01-02T03:04:05.000Z'],
    ['epoch zero', 0, '1970-01-01T00:00:00.000Z'],
    ['Z', '2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000Z'],
    ['lower-case z', '2026-01-02t03:04:05z', '2026-01-02T03:04:05.000Z'],
    ['+01:00', '2026-01-02T04:04:05+01:00', '2026-01-02T03:04:05.000Z'],
    ['-0530', '2026-01-01T21:34:05-0530', '2026-01-02T03:04:05.000Z'],
    ['+00', '2026-01-02T03:04:05+00', '2026-01-02T03:04:05.000Z'],
    ['space separator', '2026-01-02 03:04:05 +00:00', '2026-01-02T03:04:05.000Z'],
    ['no seconds', '2026-01-02T03:04Z', '2026-01-02T03:04:00.000Z'],
    ['microseconds (truncated)', '2026-01-02T03:04:05.123456+00:00', '2026-01-02T03:04:05.123Z'],
    ['one fraction digit', '2026-01-02T03:04:05.5Z', '2026-01-02T03:04:05.500Z'],
    ['crossing a day', '2026-01-01T23:30:00-05:00', '2026-01-02T04:30:00.000Z'],
    ['a leap day', '2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['a two-digit year', '0099-06-01T00:00:00Z', '0099-06-01T00:00:00.000Z'],
    ['its own form, as is', '2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05.678Z'],
    ['year 0 on a leap day', '0000-02-29T23:59:59.999Z', '0000-02-29T23:59:59.999Z'],
    ['two fraction digits then a space', '2026-01-02T03:04:05.12 Z', '2026-01-02T03:04:05.120Z'],
    ['a comma before the fraction', '2026-01-02T03:04:05,678Z', '2026-01-02T03:04:05.678Z'],
  ])('normalizes %s', (_name, input, expected) => {
    expect(toUtcIso(input)).toBe(expected);
  });

  it.each([
    ['a zone-less local time', '2026-01-02T03:04:05'],
    ['a date only', '2026-01-02'],
    ['an impossible day', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2026-02-29T00:00:00.000Z'],
    ['29 February of 1900', '1900-02-29T00:00:00Z'],
    ['second 60', '2026-01-02T03:04:60.000Z'],
    ['a non-digit in its own form', '2026-01-0xT03:04:05.000Z'],
    ['hour 24', '2026-01-02T24:00:00Z'],
    ['minute 60', '2026-01-02T03:60:00Z'],
    ['an offset beyond 23 h', '2026-01-02T03:04:05+24:00'],
    ['text', 'yesterday'],
    ['empty', ''],
    ['digits as a string', '1767323045'],
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a year past 9999', 253_402_300_800_000],
    ['null', null],
    ['undefined', undefined],
  ])('gives null for %s', (_name, input) => {
    expect(toUtcIso(input)).toBeNull();
  });
});

describe('toUtcIso on random instants', () => {
  it('gives what Date writes, from its own form, Strava’s and an offset', () => {
    const instants = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    fc.assert(
      fc.property(instants, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(toUtcIso(iso)).toBe(iso);
        const seconds = `${iso.slice(0, 19)}.000Z`;
        expect(toUtcIso(`${iso.slice(0, 19)}Z`)).toBe(seconds);
        if (ms >= -62_167_219_200_000 + 3_600_000) {
          const local = new Date(ms - 3_600_000).toISOString().slice(0, 23);
          expect(toUtcIso(`${local}-01:00`)).toBe(iso);
        }
      }),
      { numRuns: 5_000, seed: 15 },
    );
  });
});

describe('toEpochMs', () => {
  it.each([
    ['its own form', '1970-01-01T00:00:01.500Z', 1500],
    ['Strava’s form', '2026-01-02T03:04:05Z', 1_767_323_045_000],
    ['an offset', '2026-01-02T04:04:05+01:00', 1_767_323_045_000],
    ['year 0', '0000-01-01T00:00:00.000Z', -62_167_219_200_000],
    ['epoch ms', 42, 42],
    ['a Date', new Date(7), 7],
  ])('reads %s', (_name, input, expected) => {
    expect(toEpochMs(input)).toBe(expected);
  });

  it.each([
    ['a local time', '2026-01-02T03:04:05'],
    ['30 February', '2026-02-30T00:00:00.000Z'],
    ['text', 'soon'],
    ['null', null],
  ])('gives null for %s', (_name, input) => {
    expect(toEpochMs(input)).toBeNull();
  });

  it('leaves toUtcIso’s answers as they were, in any order of calls', () => {
    const valid = '2026-01-02T03:04:05.678Z';
    const impossible = '2026-02-30T00:00:00.000Z';
    expect(toEpochMs(valid)).toBe(Date.parse(valid));
    expect(toUtcIso(valid)).toBe(valid);
    expect(toEpochMs(impossible)).toBeNull();
    expect(toUtcIso(impossible)).toBeNull();
    expect(toUtcIso(valid)).toBe(valid);
    expect(toEpochMs('2026-01-02T03:04:05Z')).toBe(Date.parse(valid) - 678);
    expect(toUtcIso('2026-01-02T03:04:05Z')).toBe('2026-01-02T03:04:05.000Z');
  });

  it('reads what toUtcIso reads, to the same instant', () => {
    const texts = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
          fc.integer({ min: 0, max: 2 }),
        )
        .map(([ms, form]) => {
          const iso = new Date(ms).toISOString();
          return [iso, `${iso.slice(0, 19)}Z`, iso.toLowerCase()][form] as string;
        }),
      fc.stringMatching(/^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-6]\d:[0-6]\d(\.\d{3})?Z$/),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const iso = toUtcIso(text);
        expect(toEpochMs(text)).toBe(iso === null ? null : Date.parse(iso));
      }),
      { numRuns: 5_000, seed: 15 },
    );
  });
});

describe('isTimeZone', () => {
  it.each(['Europe/Berlin', 'europe/berlin', 'America/Los_Angeles', 'UTC', 'Etc/GMT+6'])(
    'knows %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
      // The second answer comes from the cache, and is the same.
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', 'Mars/Olympus_Mons', '(GMT-08:00) America/Los_Angeles', 'Europe/Berlin '])(
    'rejects %j',
    (zone) => {
      expect(isTimeZone(zone)).toBe(false);
      expect(isTimeZone(zone)).toBe(false);
    },
  );

  it('answers the same after many rejected names (the cache is bounded)', () => {
    for (let index = 0; index < 1_000; index += 1)
      expect(isTimeZone(`Nowhere/${index}`)).toBe(false);
    expect(isTimeZone('Nowhere/1')).toBe(false);
    expect(isTimeZone('Asia/Kathmandu')).toBe(true);
  });

  it('rejects a value that is not a string', () => {
    expect(isTimeZone(42 as unknown as string)).toBe(false);
  });
});

describe('parseOffset', () => {
  it.each([
    ['Z', 0],
    ['z', 0],
    ['UTC', 0],
    ['+00:00', 0],
    ['-00:00', 0],
    ['+02:00', 120],
    ['+0200', 120],
    ['+02', 120],
    ['-0530', -330],
    ['-05:30', -330],
    ['+05:45', 345],
    ['−03:30', -210],
    ['GMT+01:00', 60],
    [' +14:00 ', 840],
  ])('parses %j as %d minutes', (text, expected) => {
    expect(parseOffset(text)).toBe(expected);
  });

  it.each(['', '2', '+2:00', '+02:60', '+24:00', 'CET', '+02:00:00', 'Europe/Berlin'])(
    'gives null for %j',
    (text) => {
      expect(parseOffset(text)).toBeNull();
    },
  );

  it('gives null for missing input', () => {
    expect(parseOffset(null)).toBeNull();
    expect(parseOffset(undefined)).toBeNull();
  });
});

describe('offsetMinutesForZone', () => {
  it.each([
    ['Etc/GMT+6 (inverted sign)', 'Etc/GMT+6', '2026-07-01T12:00:00Z', -360],
    ['Etc/GMT-14', 'Etc/GMT-14', '2026-07-01T12:00:00Z', 840],
    ['UTC', 'UTC', '2026-07-01T12:00:00Z', 0],
    ['Berlin in summer', 'Europe/Berlin', '2026-07-01T12:00:00Z', 120],
    ['Berlin in winter', 'Europe/Berlin', '2026-01-15T12:00:00Z', 60],
    ['Berlin before the spring change', 'Europe/Berlin', '2026-03-29T00:59:59Z', 60],
    ['Berlin at the spring change', 'Europe/Berlin', '2026-03-29T01:00:00Z', 120],
    ['Berlin before the autumn change', 'Europe/Berlin', '2026-10-25T00:59:59Z', 120],
    ['Berlin at the autumn change', 'Europe/Berlin', '2026-10-25T01:00:00Z', 60],
    ["St John's in summer", 'America/St_Johns', '2026-07-01T12:00:00Z', -150],
    ["St John's in winter", 'America/St_Johns', '2026-01-15T12:00:00Z', -210],
    ['Kathmandu', 'Asia/Kathmandu', '2026-01-15T12:00:00Z', 345],
    ['Sydney in January (southern summer)', 'Australia/Sydney', '2026-01-15T12:00:00Z', 660],
    ['Los Angeles in winter', 'America/Los_Angeles', '2026-01-15T12:00:00Z', -480],
    ['a lower-case zone name', 'europe/berlin', '2026-07-01T12:00:00Z', 120],
  ])('%s', (_name, zone, instant, expected) => {
    expect(offsetMinutesForZone(zone, instant)).toBe(expected);
  });

  it('accepts a Date and epoch ms', () => {
    const instant = Date.UTC(2026, 6, 1, 12);
    expect(offsetMinutesForZone('Europe/Berlin', new Date(instant))).toBe(120);
    expect(offsetMinutesForZone('Europe/Berlin', instant)).toBe(120);
  });

  it.each([
    ['an unknown zone', 'Mars/Olympus_Mons', '2026-07-01T12:00:00Z'],
    ['an empty zone', '', '2026-07-01T12:00:00Z'],
    ['a bad instant', 'Europe/Berlin', 'soon'],
  ])('gives null for %s', (_name, zone, instant) => {
    expect(offsetMinutesForZone(zone, instant)).toBeNull();
  });
});

describe('localToUtc', () => {
  it.each([
    ['Berlin summer', '2026-07-01T10:00:00', 'Europe/Berlin', '2026-07-01T08:00:00.000Z', 120],
    ['Berlin winter', '2026-01-15T10:00:00', 'Europe/Berlin', '2026-01-15T09:00:00.000Z', 60],
    ['just before the gap', '2026-03-29T01:59:59', 'Europe/Berlin', '2026-03-29T00:59:59.000Z', 60],
    ['just after the gap', '2026-03-29T03:00:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z', 120],
    // 02:30 does not exist that night: moved forward by the gap, to 03:30 CEST.
    ['inside the gap', '2026-03-29T02:30:00', 'Europe/Berlin', '2026-03-29T01:30:00.000Z', 120],
    // 02:30 happens twice: the earlier (CEST) instant is taken.
    ['inside the overlap', '2026-10-25T02:30:00', 'Europe/Berlin', '2026-10-25T00:30:00.000Z', 120],
    ['after the overlap', '2026-10-25T03:00:00', 'Europe/Berlin', '2026-10-25T02:00:00.000Z', 60],
    [
      "St John's winter",
      '2026-01-15T08:00:00',
      'America/St_Johns',
      '2026-01-15T11:30:00.000Z',
      -210,
    ],
    [
      "St John's summer",
      '2026-07-01T08:00:00',
      'America/St_Johns',
      '2026-07-01T10:30:00.000Z',
      -150,
    ],
    ['Etc/GMT+6', '2026-07-01T08:00:00', 'Etc/GMT+6', '2026-07-01T14:00:00.000Z', -360],
    [
      'across midnight',
      '2026-01-01T23:30:00',
      'America/Los_Angeles',
      '2026-01-02T07:30:00.000Z',
      -480,
    ],
    [
      'with milliseconds',
      '2026-07-01T10:00:00.250',
      'Europe/Berlin',
      '2026-07-01T08:00:00.250Z',
      120,
    ],
    // Strava's start_date_local carries a fake Z: it is local time all the same.
    ["Strava's fake Z", '2026-07-01T10:00:00Z', 'Europe/Berlin', '2026-07-01T08:00:00.000Z', 120],
  ])('%s', (_name, local, zone, startTime, utcOffsetMinutes) => {
    expect(localToUtc(local, zone)).toEqual({ startTime, utcOffsetMinutes });
  });

  it.each([
    ['an explicit offset', '2026-07-01T10:00:00+02:00', 'Europe/Berlin'],
    ['an unknown zone', '2026-07-01T10:00:00', 'Nowhere/Special'],
    ['an impossible date', '2026-02-30T10:00:00', 'Europe/Berlin'],
    ['text', 'noon', 'Europe/Berlin'],
  ])('gives null for %s', (_name, local, zone) => {
    expect(localToUtc(local, zone)).toBeNull();
  });
});
