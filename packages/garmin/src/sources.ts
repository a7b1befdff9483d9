import {
  type Activity,
  type ActivitySource,
  type Clock,
  createPaginator,
  type DailySummary,
  type DailySummarySource,
  inRange,
  type Paginator,
  resolveRange,
  type Sleep,
  type SleepSource,
  type SourceListOptions,
  systemClock,
} from '@fitlink/core';
import { mapGarminActivity } from './mapper/to-activity.js';
import { mapGarminDailySummary } from './mapper/to-daily-summary.js';
import { mapGarminSleep } from './mapper/to-sleep.js';
import type { GarminRecordSet } from './record-set.js';

/**
 * The cursor of Garmin's normalized lists: the index of the next record in the received set
 * (Garmin is read from what was pushed, in one page).
 */
export type GarminRecordCursor = number;

/** Options of Garmin's normalized lists. */
export type GarminListOptions = SourceListOptions<GarminRecordCursor>;

/**
 * Garmin's data in fitlink's normalized model, read from the summaries the app received
 * (pushes, and pings fetched): Garmin allows no ad-hoc pulls, so there is nothing to page.
 */
export interface GarminSources
  extends ActivitySource<GarminRecordCursor>,
    SleepSource<GarminRecordCursor>,
    DailySummarySource<GarminRecordCursor> {
  /** Always `'garmin'`. */
  readonly provider: 'garmin';
  /**
   * Received activities (`activities` and their manual updates) that started in `[since, until)`,
   * oldest first.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01') })) console.log(activity.sport);
   * ```
   */
  listActivities(range?: GarminListOptions): Paginator<Activity, GarminRecordCursor>;
  /**
   * Received nights that started in `[since, until)`, oldest first.
   *
   * @example
   * ```ts
   * const nights = await client.listSleep({}).toArray();
   * ```
   */
  listSleep(range?: GarminListOptions): Paginator<Sleep, GarminRecordCursor>;
  /**
   * Received days (`dailies`) that started in `[since, until)`, oldest first.
   *
   * @example
   * ```ts
   * const days = await client.listDailySummaries({}).toArray();
   * ```
   */
  listDailySummaries(range?: GarminListOptions): Paginator<DailySummary, GarminRecordCursor>;
}

function listOf<T extends { startTime: string | null }>(
  items: () => T[],
  range: GarminListOptions,
  clock: Clock,
): Paginator<T, GarminRecordCursor> {
  const resolved = resolveRange(range, clock);
  return createPaginator<T, GarminRecordCursor>({
    ...(range.cursor !== undefined ? { start: range.cursor } : {}),
    fetchPage: async (cursor) => {
      const all = items()
        .filter((item) => item.startTime !== null && inRange(item.startTime, resolved))
        .sort((a, b) => (a.startTime ?? '').localeCompare(b.startTime ?? ''));
      return { items: all.slice(cursor ?? 0), next: undefined };
    },
  });
}

/**
 * Creates Garmin's normalized layer over a record set.
 *
 * @param records - The received summaries.
 * @param options - The clock that ends an open range. @defaultValue systemClock
 */
export function createGarminSources(
  records: GarminRecordSet,
  options: { clock?: Clock } = {},
): GarminSources {
  const clock = options.clock ?? systemClock;
  return {
    provider: 'garmin',
    listActivities: (range = {}) =>
      listOf(
        () =>
          records
            .list()
            .flatMap((event) =>
              event.type === 'activities' || event.type === 'manuallyUpdatedActivities'
                ? [mapGarminActivity(event.summary)]
                : [],
            ),
        range,
        clock,
      ),
    listSleep: (range = {}) =>
      listOf(
        () => records.list('sleeps').map((event) => mapGarminSleep(event.summary)),
        range,
        clock,
      ),
    listDailySummaries: (range = {}) =>
      listOf(
        () => records.list('dailies').map((event) => mapGarminDailySummary(event.summary)),
        range,
        clock,
      ),
  };
}
