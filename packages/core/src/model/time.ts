/**
 * Helpers for instants and time zones, on `Intl` only (no Node APIs), so they run in Node,
 * browsers and Workers. Unparseable input gives `null`; nothing here throws.
 */

/** An instant as a `Date`, epoch milliseconds, or an ISO 8601 string with `Z` or an offset. */
export type InstantInput = Date | string | number;

/** A local wall-clock time resolved in a time zone. */
export interface ZonedInstant {
  /** The instant as ISO 8601 UTC with milliseconds, such as `2026-07-01T08:00:00.000Z`. */
  startTime: string;
  /** Local time minus UTC at that instant, in minutes (east positive). */
  utcOffsetMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the range ISO 8601 writes in 4 digits.
const MIN_INSTANT_MS = -62_167_219_200_000;
const MAX_INSTANT_MS = 253_402_300_799_999;

const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const OFFSET_PATTERN = /^(?:UTC|GMT)?\s*([+\-\u2212])(\d{2})(?::?(\d{2}))?$/i;

/** A parsed date-time: its fields read as if they were UTC, and the zone designator if any. */
interface DateTimeParts {
  wallMs: number;
  zone: string | undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether calendar fields name a real time (proleptic Gregorian): no month 13, 30 February … */
function isValidDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth =
    month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
  return day >= 1 && day <= daysInMonth;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (any year, month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: years counted from March, in 400-year eras.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Builds epoch ms from calendar fields (proleptic Gregorian), or `null` when a field is out of
 * range (month 13, hour 24, 30 February …). Plain arithmetic: no `Date.UTC`, whose years below
 * 100 would shift to 19xx.
 */
function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number | null {
  if (!isValidDateTime(year, month, day, hour, minute, second)) return null;
  return (
    daysFromCivil(year, month, day) * DAY_MS +
    hour * 3_600_000 +
    minute * MINUTE_MS +
    second * 1000 +
    millisecond
  );
}

function parseDateTime(text: string): DateTimeParts | null {
  const match = DATE_TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone] = match;
  const millisecond = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wallMs = utcMillis(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    millisecond,
  );
  return wallMs === null ? null : { wallMs, zone };
}

function formatInstant(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) return null;
  return new Date(ms).toISOString();
}

// The digit at `index` as a number, or NaN when it is not a digit.
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

// The two digits at `start` as a number, or NaN when either is not a digit.
function twoDigitsAt(text: string, start: number): number {
  return digitAt(text, start) * 10 + digitAt(text, start + 1);
}

/**
 * The common UTC forms read without the general pattern: `YYYY-MM-DDTHH:mm:ssZ` (Strava's) and
 * `YYYY-MM-DDTHH:mm:ss.sssZ` (this module's own). Gives the epoch ms (or only `0` when
 * `validOnly`), `NaN` for an impossible date in one of these forms, `undefined` for any other
 * text (the general parser decides).
 */
function strictUtcMs(text: string, validOnly = false): number | undefined {
  const { length } = text;
  if (
    !(
      (length === 20 || (length === 24 && text.charCodeAt(19) === 46)) && // "" or "."
      text.charCodeAt(length - 1) === 90 && // Z
      text.charCodeAt(4) === 45 && // -
      text.charCodeAt(7) === 45 &&
      text.charCodeAt(10) === 84 && // T
      text.charCodeAt(13) === 58 && // :
      text.charCodeAt(16) === 58
    )
  ) {
    return undefined;
  }
  const year = twoDigitsAt(text, 0) * 100 + twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  const second = twoDigitsAt(text, 17);
  const millisecond = length === 24 ? twoDigitsAt(text, 20) * 10 + digitAt(text, 22) : 0;
  // A NaN field is a non-digit: not this form, so the general parser decides.
  if (Number.isNaN(year + month + day + hour + minute + second + millisecond)) return undefined;
  if (validOnly) return isValidDateTime(year, month, day, hour, minute, second) ? 0 : Number.NaN;
  return utcMillis(year, month, day, hour, minute, second, millisecond) ?? Number.NaN;
}

/** {@link strictUtcMs} as `toUtcIso` gives it: the normalized instant, or `null`. */
function strictUtcInstant(text: string): string | null | undefined {
  const ms = strictUtcMs(text, true);
  if (ms === undefined) return undefined;
  if (Number.isNaN(ms)) return null;
  return text.length === 24 ? text : `${text.slice(0, 19)}.000Z`;
}

// The last instant toUtcIso gave, or toEpochMs read in toUtcIso's own form. A record builder
// tests the instant it has just normalized, a mapper often normalizes one it has just read:
// this answers both without reading the text again.
let lastNormalized: string | null = null;

/**
 * Tells whether a value is an instant exactly as {@link toUtcIso} writes it: ISO 8601 UTC with
 * milliseconds (`2026-01-02T03:04:05.000Z`), a real calendar date in years 0000–9999. Such a
 * value normalizes to itself. Cheaper than a pattern, for checking instants in bulk.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * isUtcIsoInstant('2026-01-02T03:04:05.000Z'); // true
 * isUtcIsoInstant('2026-01-02T03:04:05Z'); // false: toUtcIso adds the milliseconds
 * isUtcIsoInstant('2026-02-30T00:00:00.000Z'); // false
 * ```
 */
export function isUtcIsoInstant(value: unknown): value is string {
  if (value === lastNormalized) return value !== null;
  return typeof value === 'string' && value.length === 24 && strictUtcInstant(value) === value;
}

/**
 * Parses a UTC offset designator into minutes: `Z`, `+02:00`, `-0530`, `+02`, optionally after
 * `UTC`/`GMT`. Gives `null` for anything else.
 *
 * @example
 * ```ts
 * parseOffset('+02:00'); // 120
 * parseOffset('-0530'); // -330
 * parseOffset('Z'); // 0
 * ```
 */
export function parseOffset(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  if (text === 'Z') return 0;
  // The common `±hh:mm` without a pattern.
  const signCode = text.charCodeAt(0);
  if (text.length === 6 && (signCode === 43 || signCode === 45) && text.charCodeAt(3) === 58) {
    const hours = twoDigitsAt(text, 1);
    const minutes = twoDigitsAt(text, 4);
    if (hours <= 23 && minutes <= 59) {
      const total = (hours * 60 + minutes) * (signCode === 43 ? 1 : -1);
      return total === 0 ? 0 : total;
    }
  }
  const trimmed = text.trim();
  if (/^(?:Z|UTC|GMT)$/i.test(trimmed)) return 0;
  const match = OFFSET_PATTERN.exec(trimmed);
  if (!match) return null;
  const [, sign, hours = '', minutes = '0'] = match;
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  const total = (Number(hours) * 60 + Number(minutes)) * (sign === '+' ? 1 : -1);
  return total === 0 ? 0 : total;
}

/**
 * Normalizes an instant to ISO 8601 UTC with milliseconds. Numbers are epoch milliseconds.
 * Strings must carry `Z` or an offset: a zone-less local time is ambiguous (use
 * {@link localToUtc}) and gives `null`, as does anything unparseable or outside years 0–9999.
 *
 * @example
 * ```ts
 * toUtcIso('2026-01-02T04:04:05+01:00'); // '2026-01-02T03:04:05.000Z'
 * toUtcIso(0); // '1970-01-01T00:00:00.000Z'
 * toUtcIso('2026-01-02T03:04:05'); // null
 * ```
 */
export function toUtcIso(value: InstantInput | null | undefined): string | null {
  if (value === lastNormalized && typeof value === 'string') return value;
  const normalized = normalizeInstant(value);
  if (normalized !== null) lastNormalized = normalized;
  return normalized;
}

function normalizeInstant(value: InstantInput | null | undefined): string | null {
  if (value instanceof Date) return formatInstant(value.getTime());
  if (typeof value === 'number') return formatInstant(value);
  if (typeof value !== 'string') return null;
  const strict = strictUtcInstant(value);
  if (strict !== undefined) return strict;
  const parts = parseDateTime(value);
  if (!parts || parts.zone === undefined) return null;
  const offset = parseOffset(parts.zone);
  return offset === null ? null : formatInstant(parts.wallMs - offset * MINUTE_MS);
}

/**
 * Reads an instant as epoch milliseconds, as {@link toUtcIso} reads it: numbers are epoch
 * milliseconds, strings must carry `Z` or an offset. Gives `null` for anything unreadable or
 * outside years 0–9999. Faster than `Date.parse` on the common `…Z` forms, and stricter: a
 * zone-less local time is `null`, never read in the machine's zone.
 *
 * @example
 * ```ts
 * toEpochMs('1970-01-01T00:00:01.500Z'); // 1500
 * toEpochMs('2026-01-02T04:04:05+01:00'); // 1767323045000
 * toEpochMs('2026-01-02T03:04:05'); // null
 * ```
 */
export function toEpochMs(value: InstantInput | null | undefined): number | null {
  if (typeof value === 'string') {
    const ms = strictUtcMs(value);
    if (ms !== undefined) {
      if (Number.isNaN(ms)) return null;
      // Read in toUtcIso's own form: normalizing it gives it back.
      if (value.length === 24) lastNormalized = value;
      return ms;
    }
  }
  const iso = toUtcIso(value);
  return iso === null ? null : Date.parse(iso);
}

// Intl.DateTimeFormat is slow to construct and immutable once built, so one per zone is kept.
// Names Intl rejected are remembered too, so a bad name costs one failed construction. Both
// caches are bounded (emptied when full): the IANA database has about 600 names, but a caller
// can send any number of spellings.
const MAX_CACHED_ZONES = 2048;
const MAX_REJECTED_ZONES = 256;
const formatters = new Map<string, Intl.DateTimeFormat>();
const rejectedZones = new Set<string>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached) return cached;
  if (rejectedZones.has(zone)) return null;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(zone, formatter);
    return formatter;
  } catch {
    if (rejectedZones.size >= MAX_REJECTED_ZONES) rejectedZones.clear();
    rejectedZones.add(zone);
    return null;
  }
}

/**
 * Tells whether `Intl` knows a time-zone name (IANA names such as `Europe/Berlin`, matched
 * without regard to case, and `UTC`). The answer is cached per name, accepted or not, so
 * checking the zone of every record of a page costs a map lookup after the first.
 *
 * @param zone - A candidate zone name.
 * @example
 * ```ts
 * isTimeZone('America/Los_Angeles'); // true
 * isTimeZone('Mars/Olympus_Mons'); // false
 * isTimeZone(''); // false
 * ```
 */
export function isTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone !== '' && formatterFor(zone) !== null;
}

/** The zone's offset from UTC at an instant, in milliseconds (second precision, as Intl gives). */
function zoneOffsetMs(zone: string, instantMs: number): number | null {
  const formatter = formatterFor(zone);
  if (!formatter || !Number.isFinite(instantMs)) return null;
  const fields = new Map<string, number>();
  for (const part of formatter.formatToParts(instantMs)) fields.set(part.type, Number(part.value));
  const units = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  const wall = units.map((unit) => fields.get(unit) ?? Number.NaN);
  if (wall.some(Number.isNaN)) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = wall;
  // Some engines still print midnight as 24 despite hourCycle h23.
  const wallMs = utcMillis(year, month, day, hour % 24, minute, second, 0);
  return wallMs === null ? null : wallMs - Math.floor(instantMs / 1000) * 1000;
}

/**
 * Gives an IANA zone's offset from UTC at an instant, in minutes (east positive). POSIX-style
 * `Etc/GMT+6` is UTC−6, so it gives −360. Gives `null` for an unknown zone or a bad instant.
 * Historical local mean times can give fractional minutes.
 *
 * @example
 * ```ts
 * offsetMinutesForZone('Europe/Berlin', '2026-07-01T12:00:00Z'); // 120
 * offsetMinutesForZone('America/St_Johns', '2026-01-15T12:00:00Z'); // -210
 * ```
 */
export function offsetMinutesForZone(ianaZone: string, instant: InstantInput): number | null {
  const iso = toUtcIso(instant);
  if (iso === null || typeof ianaZone !== 'string') return null;
  const offset = zoneOffsetMs(ianaZone, Date.parse(iso));
  return offset === null ? null : offset / MINUTE_MS;
}

/**
 * Resolves a local wall-clock time (no offset, such as `2026-07-01T10:00:00`) in an IANA zone
 * to a UTC instant and its offset. A trailing `Z` is ignored, because Strava serializes its
 * local `start_date_local` with a fake `Z`. Around DST changes it follows Temporal's
 * `compatible` rule: a repeated time takes the earlier instant, a skipped time moves forward
 * by the gap. Gives `null` for an explicit numeric offset, bad input or an unknown zone.
 *
 * @example
 * ```ts
 * localToUtc('2026-07-01T10:00:00', 'Europe/Berlin');
 * // { startTime: '2026-07-01T08:00:00.000Z', utcOffsetMinutes: 120 }
 * ```
 */
export function localToUtc(localDateTime: string, ianaZone: string): ZonedInstant | null {
  if (typeof localDateTime !== 'string' || typeof ianaZone !== 'string') return null;
  const parts = parseDateTime(localDateTime);
  if (!parts || (parts.zone !== undefined && parts.zone.toUpperCase() !== 'Z')) return null;
  const wall = parts.wallMs;
  // The true instant is within a day of the wall time read as UTC, so the offsets a day either
  // side are the ones in force before and after any transition near it.
  const before = zoneOffsetMs(ianaZone, wall - DAY_MS);
  const after = zoneOffsetMs(ianaZone, wall + DAY_MS);
  if (before === null || after === null) return null;
  const valid = [before, after]
    .map((offset) => wall - offset)
    .filter((instant) => zoneOffsetMs(ianaZone, instant) === wall - instant)
    .sort((left, right) => left - right);
  const instant = valid[0] ?? wall - before;
  const offset = zoneOffsetMs(ianaZone, instant);
  const startTime = formatInstant(instant);
  if (offset === null || startTime === null) return null;
  return { startTime, utcOffsetMinutes: offset / MINUTE_MS };
}
