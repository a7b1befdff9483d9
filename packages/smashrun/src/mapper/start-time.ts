import { parseOffset, toUtcIso } from '@fitlink/core';

/** A SmashRun local start resolved to UTC. */
export interface SmashrunStart {
  /** ISO 8601 UTC with milliseconds, or `null` when unreadable. */
  startTime: string | null;
  /** The offset written in the value, in minutes, or `null`. */
  utcOffsetMinutes: number | null;
}

/**
 * Reads `startDateTimeLocal` (`2026-10-01T06:30:00-06:00`): the instant in UTC and the offset it
 * carries. A value without an offset gives `null` for both (never a guessed zone).
 *
 * @param value - SmashRun's `startDateTimeLocal`.
 */
export function readSmashrunStart(value: string): SmashrunStart {
  const offset = /(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim());
  return {
    startTime: toUtcIso(value),
    utcOffsetMinutes: offset ? parseOffset(offset[1]) : null,
  };
}

/**
 * Reads a SmashRun `*UTC` time, which has no `Z` (`2022-11-09T15:01:39.44`), as UTC.
 *
 * @param value - A `dateCreatedUTC`, `dateUpdatedUTC` … value.
 * @returns ISO 8601 UTC, or `null` when absent or unreadable.
 */
export function readSmashrunUtc(value: string | null | undefined): string | null {
  if (!value) return null;
  // SmashRun writes UTC without a designator; add `Z` unless one is already there.
  return toUtcIso(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`);
}
