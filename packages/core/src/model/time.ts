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

/** Builds epoch ms from calendar fields without `Date.UTC`'s 1900 shift of years below 100. */
function utcMillis(fields: readonly number[]): number | null {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = fields;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

function parseDateTime(text: string): DateTimeParts | null {
  const match = DATE_TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone] = match;
  const millisecond = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const fields = [year, month, day, hour, minute, second].map(Number);
  const wallMs = utcMillis([...fields, millisecond]);
  return wallMs === null ? null : { wallMs, zone };
}

function formatInstant(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) return null;
  return new Date(ms).toISOString();
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
  if (value instanceof Date) return formatInstant(value.getTime());
  if (typeof value === 'number') return formatInstant(value);
  if (typeof value !== 'string') return null;
  const parts = parseDateTime(value);
  if (!parts || parts.zone === undefined) return null;
  const offset = parseOffset(parts.zone);
  return offset === null ? null : formatInstant(parts.wallMs - offset * MINUTE_MS);
}

// Intl.DateTimeFormat is slow to construct and immutable once built, so one per zone is kept.
// Only zones Intl accepted are stored, which bounds the cache by the IANA database.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached) return cached;
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
    formatters.set(zone, formatter);
    return formatter;
  } catch {
    return null;
  }
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
  // Some engines still print midnight as 24 despite hourCycle h23.
  wall[3] = (wall[3] ?? 0) % 24;
  const wallMs = utcMillis(wall);
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
