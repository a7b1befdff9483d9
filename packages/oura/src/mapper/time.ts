import { parseOffset } from '@fitlink/core';

const OFFSET_AT_END = /(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * The UTC offset, in minutes, an Oura datetime carries (`2026-11-19T07:02:00-07:00` → -420), or
 * `null` when it has none. Oura keeps the user's offset on every localized datetime.
 *
 * @param value - An ISO 8601 datetime.
 */
export function ouraOffsetMinutes(value: string | null | undefined): number | null {
  if (typeof value !== 'string') return null;
  return parseOffset(OFFSET_AT_END.exec(value.trim())?.[1]);
}

/** Seconds from `start` to `end` (two ISO 8601 datetimes), or `null` when either is unreadable. */
export function secondsBetween(start: string, end: string): number | null {
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
  return Math.round((to - from) / 1000);
}
