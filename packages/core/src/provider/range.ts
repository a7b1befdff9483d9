import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import type { Clock } from '../http/clock.js';
import { type InstantInput, toUtcIso } from '../model/time.js';
import type { TimeRange } from './contract.js';

/**
 * A {@link TimeRange} with its end fixed: `[since, until)`, where `until` was read from the
 * injected clock when the caller left it out. Build one with {@link resolveRange}.
 */
export interface ResolvedRange {
  /** Start, inclusive; absent for no lower bound. */
  readonly since?: Date;
  /** End, exclusive. */
  readonly until: Date;
}

/** Options of {@link filterRange}. */
export interface FilterRangeOptions<T> {
  /**
   * How the source list is sorted, if it is: `desc` (newest first) stops once an item is before
   * `since`, `asc` (oldest first) once one is at or after `until`, so no further page is
   * fetched. Leave it out for an unsorted list: every item is then read.
   * @defaultValue none (no early stop)
   */
  order?: 'asc' | 'desc';
  /**
   * The instant the list is sorted by, when it is not the start (Peloton lists workouts by
   * creation). An item whose instant is unreadable never stops the walk.
   * @defaultValue `startOf`
   */
  sortedBy?: (item: T) => InstantInput | null | undefined;
  /**
   * How far out of order the list may be, in milliseconds: the walk stops only once the sort
   * instant is this far past the range (Peloton: an hour between creation and start).
   * @defaultValue 0
   */
  slackMs?: number;
}

function invalid(message: string): FitlinkError {
  return new FitlinkError(message, { code: ErrorCodes.invalidArgument });
}

/** Epoch milliseconds of an instant, or `null` when it does not parse (see `toUtcIso`). */
function instantMs(instant: InstantInput | null | undefined): number | null {
  const iso = toUtcIso(instant);
  return iso === null ? null : Date.parse(iso);
}

/**
 * Fixes a listing range against the clock: `until` defaults to `clock.now()` (never
 * `new Date()`, so tests on a fake clock see the same range as production), `since` stays
 * optional. The dates returned are copies.
 *
 * @param range - The caller's range (a list method's options may be passed whole).
 * @param clock - The client's injected clock.
 * @throws {@link FitlinkError} with code `invalid_argument` when a date is invalid or `since` is
 * not before `until`.
 * @example
 * ```ts
 * const range = resolveRange({ since: new Date('2026-11-01T00:00:00Z') }, clock);
 * // { since: 2026-11-01T00:00:00.000Z, until: <clock.now()> }
 * ```
 */
export function resolveRange(range: TimeRange, clock: Clock): ResolvedRange {
  const until = range.until === undefined ? clock.now() : range.until.getTime();
  if (!Number.isFinite(until)) throw invalid('until must be a valid date');
  if (range.since === undefined) return { until: new Date(until) };
  const since = range.since.getTime();
  if (!Number.isFinite(since)) throw invalid('since must be a valid date');
  if (since >= until) {
    throw invalid(
      `since (${new Date(since).toISOString()}) must be before until (${new Date(until).toISOString()})`,
    );
  }
  return { since: new Date(since), until: new Date(until) };
}

/**
 * Whether an instant falls in `[since, until)`: `since` inclusive, `until` exclusive. A string
 * must carry `Z` or an offset and a number is epoch milliseconds (core's `toUtcIso` rules); an
 * instant that does not parse is out of range.
 *
 * @param instant - The record's start.
 * @param range - A range from {@link resolveRange}.
 * @example
 * ```ts
 * inRange('2026-11-20T07:00:00Z', range); // true when range.since <= it < range.until
 * inRange(workout.start_time * 1000, range); // epoch seconds must be scaled to milliseconds
 * ```
 */
export function inRange(instant: InstantInput, range: ResolvedRange): boolean {
  const at = instantMs(instant);
  if (at === null) return false;
  return (range.since === undefined || at >= range.since.getTime()) && at < range.until.getTime();
}

/** What {@link rangeTransform} returns: `transformPages` options that trim a list to a range. */
export interface RangeTransform<T> {
  /** Keeps the items whose start is in `[since, until)`. */
  filter: (item: T) => boolean;
  /** Ends a sorted list once it has moved past the range; never for an unsorted one. */
  stopWhen: (item: T) => boolean;
}

/**
 * The range trim of {@link filterRange} as `filter` and `stopWhen` for core's `transformPages`,
 * so a normalized list stays a `Paginator` with the wire list's cursors: items whose start is
 * in `[since, until)` are kept, and with `order` the list ends (no further page is fetched) at
 * the first item past the range. Items whose start is missing or unreadable are dropped and
 * never stop the walk.
 *
 * @param range - A range from {@link resolveRange}.
 * @param startOf - Reads an item's start (`Z`/offset string, epoch milliseconds or `Date`).
 * @param options - The list's sort order, the instant it is sorted by, and a tolerance.
 * @throws {@link FitlinkError} with code `invalid_argument` when `slackMs` is negative or not
 * finite.
 * @example
 * ```ts
 * const range = resolveRange(options, clock);
 * const workouts = client.workouts.list({ ...range, cursor: options.cursor }); // newest first
 * const activities = transformPages(workouts, {
 *   ...rangeTransform(range, (workout) => workout.start, { order: 'desc' }),
 *   map: (page) => page.map((workout) => mapWhoopWorkout(workout)),
 * });
 * ```
 */
export function rangeTransform<T>(
  range: ResolvedRange,
  startOf: (item: T) => InstantInput | null | undefined,
  options: FilterRangeOptions<T> = {},
): RangeTransform<T> {
  const { order, sortedBy, slackMs = 0 } = options;
  if (!(Number.isFinite(slackMs) && slackMs >= 0)) {
    throw invalid('slackMs must be a non-negative number of milliseconds');
  }
  const since = range.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const until = range.until.getTime();
  return {
    filter: (item) => {
      const start = instantMs(startOf(item));
      return start !== null && start >= since && start < until;
    },
    stopWhen: (item) => {
      if (order === undefined) return false;
      const key = instantMs(sortedBy ? sortedBy(item) : startOf(item));
      if (key === null) return false;
      return order === 'desc' ? key < since - slackMs : key >= until + slackMs;
    },
  };
}

/**
 * Yields the items of a list whose start is in `[since, until)`, in list order. Providers filter
 * on their side by whole seconds, local dates or update time, so their answers still need this
 * exact trim. With `order`, the walk also stops early once the list has moved past the range:
 * leaving the loop ends a paginator's iteration, so no further page is fetched. Items whose
 * start is missing or unreadable are skipped. The result has no cursor: to keep a paginator's,
 * use {@link rangeTransform} with core's `transformPages`.
 *
 * @param items - The source list, typically a paginator.
 * @param range - A range from {@link resolveRange}.
 * @param startOf - Reads an item's start (`Z`/offset string, epoch milliseconds or `Date`).
 * @param options - The list's sort order, the instant it is sorted by, and a tolerance.
 * @throws {@link FitlinkError} with code `invalid_argument` (at once, not on iteration) when
 * `slackMs` is negative or not finite; during iteration, whatever the source throws.
 * @example
 * ```ts
 * const range = resolveRange(options, clock);
 * const workouts = client.workouts.list(range); // the provider's own, coarser filter
 * // WHOOP lists newest first: stop at the first workout that started before `since`.
 * for await (const workout of filterRange(workouts, range, (workout) => workout.start, { order: 'desc' })) {
 *   yield mapWhoopWorkout(workout);
 * }
 * ```
 */
export function filterRange<T>(
  items: AsyncIterable<T>,
  range: ResolvedRange,
  startOf: (item: T) => InstantInput | null | undefined,
  options: FilterRangeOptions<T> = {},
): AsyncGenerator<T, void, undefined> {
  const { filter, stopWhen } = rangeTransform(range, startOf, options);
  return (async function* walk() {
    for await (const item of items) {
      if (filter(item)) yield item;
      if (stopWhen(item)) return;
    }
  })();
}
