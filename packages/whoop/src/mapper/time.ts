import { parseOffset } from '@fitlink/core';

const DAY_MS = 86_400_000;

/**
 * WHOOP's `timezone_offset` (`-05:00`, `+01:00`, `Z`) in minutes east of UTC, `null` when
 * unreadable.
 */
export function offsetMinutes(timezoneOffset: string | null | undefined): number | null {
  return parseOffset(timezoneOffset);
}

/** Milliseconds between two ISO instants, as seconds; `null` when either is unreadable or it is negative. */
export function secondsBetween(start: string, end: string | null | undefined): number | null {
  if (!end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : null;
}

/**
 * The calendar day a WHOOP cycle stands for. A cycle begins when the user falls asleep, so one
 * starting in the local afternoon or evening is the next calendar day (the morning the user
 * wakes up to, as WHOOP's app labels it); one starting after midnight is that day.
 *
 * @param start - The cycle's (or sleep's) start, ISO 8601 UTC.
 * @param offset - Its offset in minutes, `null` for UTC.
 */
export function cycleDate(start: string, offset: number | null): string {
  const local = Date.parse(start) + (offset ?? 0) * 60_000;
  const hour = new Date(local).getUTCHours();
  return new Date(hour >= 12 ? local + DAY_MS : local).toISOString().slice(0, 10);
}
