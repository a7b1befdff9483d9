import { parseOffset, toEpochMs, ValidationError } from '@fitlink/core';

const DAY_MS = 86_400_000;

/**
 * WHOOP's `timezone_offset` (`-05:00`, `+01:00`, `Z`) in minutes east of UTC, `null` when
 * unreadable.
 */
export function offsetMinutes(timezoneOffset: string | null | undefined): number | null {
  return parseOffset(timezoneOffset);
}

/**
 * Seconds between two instants (ISO 8601 with `Z` or an offset, as the schemas check them);
 * `null` when either is unreadable or the end comes before the start.
 */
export function secondsBetween(start: string, end: string | null | undefined): number | null {
  if (!end) return null;
  const endMs = toEpochMs(end);
  const startMs = toEpochMs(start);
  if (endMs === null || startMs === null) return null;
  const ms = endMs - startMs;
  return ms >= 0 ? ms / 1000 : null;
}

/**
 * The local calendar day (`YYYY-MM-DD`) of an instant at an offset, or `null` when the instant
 * is unreadable or the day falls outside years 0000–9999 (the model then reports `date`).
 *
 * @param instant - ISO 8601 with `Z` or an offset.
 * @param offset - Minutes east of UTC, `null` for UTC.
 * @param shiftMs - Added to the local time before taking the day.
 */
export function localDay(instant: string, offset: number | null, shiftMs = 0): string | null {
  const local = Date.parse(instant) + (offset ?? 0) * 60_000 + shiftMs;
  // `Date#toISOString` throws a RangeError on an invalid date: never call it on one.
  if (!Number.isFinite(local)) return null;
  const day = new Date(local).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/**
 * The calendar day a WHOOP cycle stands for. A cycle begins when the user falls asleep, so one
 * starting in the local afternoon or evening is the next calendar day (the morning the user
 * wakes up to, as WHOOP's app labels it); one starting after midnight is that day.
 *
 * @param start - The cycle's (or sleep's) start, ISO 8601 UTC.
 * @param offset - Its offset in minutes, `null` for UTC.
 * @returns The day, or `null` when `start` is unreadable.
 */
export function cycleDate(start: string, offset: number | null): string | null {
  const local = Date.parse(start) + (offset ?? 0) * 60_000;
  if (!Number.isFinite(local)) return null;
  return localDay(start, offset, new Date(local).getUTCHours() >= 12 ? DAY_MS : 0);
}

/**
 * A day computed by {@link localDay} or {@link cycleDate}, or a `ValidationError` naming the
 * payload field it came from when there is none.
 *
 * @param day - The computed day, `null` when the instant was unreadable.
 * @param path - The payload field, such as `['start']` or `['sleep', 'end']`.
 * @param record - The record kind, for the error (`cycle`, `recovery`).
 * @throws ValidationError when `day` is `null`.
 */
export function requireDay(day: string | null, path: readonly string[], record: string): string {
  if (day !== null) return day;
  throw new ValidationError(`WHOOP ${record} has no readable day`, {
    provider: 'whoop',
    endpoint: record,
    issues: [
      {
        code: 'custom',
        path,
        message: 'expected an ISO 8601 date-time with Z or an offset, in years 0000–9999',
      },
    ],
  });
}
