import {
  type Activity,
  type Clock,
  createPaginator,
  type DailySummary,
  inRange,
  type Paginator,
  type ResolvedRange,
  resolveRange,
  type Samples,
  type Sleep,
  type SourceListOptions,
} from '@fitlink/core';
import type { AppleHealthInbox } from './inbox.js';

/**
 * The cursor of the Apple Health lists: they read one inbox in one page, so there is nothing
 * to resume and the cursor is never set.
 */
export type AppleHealthCursor = never;

/** Normalized reads over what the ingest handler received. */
export interface AppleHealthSources {
  /** Received workouts that started in the range, oldest first. */
  listActivities(
    range: SourceListOptions<AppleHealthCursor>,
  ): Paginator<Activity, AppleHealthCursor>;
  /** Received sleeps that started in the range, oldest first. */
  listSleep(range: SourceListOptions<AppleHealthCursor>): Paginator<Sleep, AppleHealthCursor>;
  /** Daily summaries (from every received metric sample) whose local day starts in the range. */
  listDailySummaries(
    range: SourceListOptions<AppleHealthCursor>,
  ): Paginator<DailySummary, AppleHealthCursor>;
  /** A received workout's heart rate and route, or `null`. */
  getSamples(activityId: string): Promise<Samples | null>;
}

const DAY_MS = 86_400_000;

// A local day starts at midnight at the day's own offset.
const dayStart = (summary: DailySummary) =>
  Date.parse(`${summary.date}T00:00:00Z`) - (summary.utcOffsetMinutes ?? 0) * 60_000;

function onePage<T>(
  read: () => Promise<T[]>,
  keep: (item: T, range: ResolvedRange) => boolean,
  range: ResolvedRange,
  signal: AbortSignal | undefined,
): Paginator<T, AppleHealthCursor> {
  return createPaginator<T, AppleHealthCursor>({
    ...(signal === undefined ? {} : { signal }),
    fetchPage: async () => ({
      items: (await read()).filter((item) => keep(item, range)),
      next: undefined,
    }),
  });
}

/**
 * Builds the normalized reads over an inbox. `until` defaults to the injected clock.
 *
 * @param inbox - Where received batches landed.
 * @param clock - The clock `until` defaults to.
 */
export function createAppleHealthSources(
  inbox: AppleHealthInbox,
  clock: Clock,
): AppleHealthSources {
  return {
    listActivities: (range = {}) =>
      onePage(
        () => inbox.activities(),
        (activity, resolved) => inRange(activity.startTime, resolved),
        resolveRange(range, clock),
        range.signal,
      ),
    listSleep: (range = {}) =>
      onePage(
        () => inbox.sleeps(),
        (sleep, resolved) => inRange(sleep.startTime, resolved),
        resolveRange(range, clock),
        range.signal,
      ),
    listDailySummaries: (range = {}) =>
      onePage(
        () => inbox.dailySummaries(),
        (summary, resolved) => {
          const start = dayStart(summary);
          return (
            Number.isFinite(start) &&
            start + DAY_MS > (resolved.since?.getTime() ?? -Infinity) &&
            start < resolved.until.getTime()
          );
        },
        resolveRange(range, clock),
        range.signal,
      ),
    getSamples: (activityId) => inbox.samples(activityId),
  };
}
