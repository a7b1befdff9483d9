import { COROS_MAX_RANGE_DAYS } from '../endpoints.js';

const DAY_MS = 86_400_000;

/**
 * A day as COROS writes it in queries: `YYYYMMDD` (UTC calendar day of the instant).
 *
 * @param instant - The instant.
 * @example
 * ```ts
 * corosDate(new Date('2026-11-20T07:00:00Z')); // '20261120'
 * ```
 */
export function corosDate(instant: Date): string {
  return instant.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * The whole-day range a COROS query needs for `[since, until)`: widened by a day each side (COROS
 * files workouts under the user's local day, up to 14 hours from UTC) and cut at UTC midnights,
 * so windows of {@link COROS_MAX_RANGE_DAYS} days never ask for the same day twice.
 */
export function corosDayRange(since: Date, until: Date): { since: Date; until: Date } {
  const start = Math.floor(since.getTime() / DAY_MS) * DAY_MS - DAY_MS;
  const end = Math.ceil(until.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  return { since: new Date(start), until: new Date(end) };
}

/** The longest window of one query, in milliseconds (30 whole days, both ends inclusive). */
export const COROS_MAX_WINDOW_MS = COROS_MAX_RANGE_DAYS * DAY_MS;

/** The `startDate`/`endDate` query of a window `[start, end)` cut at UTC midnights. */
export function corosWindowQuery(window: { start: Date; end: Date }): {
  startDate: string;
  endDate: string;
} {
  return {
    startDate: corosDate(window.start),
    // Inclusive: the last day that starts before the window's end.
    endDate: corosDate(new Date(window.end.getTime() - 1)),
  };
}
