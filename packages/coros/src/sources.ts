import {
  type Activity,
  type ActivitySource,
  type Clock,
  type DailySummary,
  type DailySummarySource,
  type Paginator,
  pickCallOptions,
  rangeTransform,
  resolveRange,
  type Sleep,
  type SleepSource,
  type SourceListOptions,
  systemClock,
  transformPages,
} from '@fitlink/core';
import { COROS_HISTORY_DAYS } from './endpoints.js';
import { corosInstantMs } from './mapper/time.js';
import { mapCorosActivity } from './mapper/to-activity.js';
import { mapCorosDailySummary } from './mapper/to-daily-summary.js';
import { mapCorosSleep } from './mapper/to-sleep.js';
import type { CorosActivitiesResource, CorosWindowCursor } from './resources/activities.js';
import type { CorosDailyResource } from './resources/daily.js';

/** Options of the normalized lists: `since`/`until`, a saved `cursor`, call options. */
export type CorosListSourceOptions = SourceListOptions<CorosWindowCursor>;

/** COROS' data in fitlink's normalized model, read through the resources. */
export interface CorosSources
  extends ActivitySource<CorosWindowCursor>,
    SleepSource<CorosWindowCursor>,
    DailySummarySource<CorosWindowCursor> {
  /** Always `'coros'`. */
  readonly provider: 'coros';
  /**
   * Normalized workouts that started in `[since, until)`, oldest window first. `since` defaults
   * to {@link COROS_HISTORY_DAYS} days before `until` (COROS keeps about three months); `until`
   * to the client's clock. A paginator over 30-day windows whose `cursor` resumes.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not before `until`.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.distanceMetres);
   * }
   * ```
   */
  listActivities(range?: CorosListSourceOptions): Paginator<Activity, CorosWindowCursor>;
  /**
   * Normalized nights (from daily data) that started in `[since, until)`. COROS gives the window,
   * heart rate and HRV, no stages.
   *
   * @example
   * ```ts
   * const nights = await client.listSleep({ since }).toArray({ limit: 30 });
   * ```
   */
  listSleep(range?: CorosListSourceOptions): Paginator<Sleep, CorosWindowCursor>;
  /**
   * Normalized days whose local day starts in `[since, until)` (a day of unknown offset is placed
   * at its UTC midnight for the range check).
   *
   * @example
   * ```ts
   * const days = await client.listDailySummaries({ since }).toArray({ limit: 30 });
   * ```
   */
  listDailySummaries(range?: CorosListSourceOptions): Paginator<DailySummary, CorosWindowCursor>;
}

/** The resources the sources read. */
interface CorosSourceResources {
  readonly activities: CorosActivitiesResource;
  readonly daily: CorosDailyResource;
}

const DAY_MS = 86_400_000;

/**
 * Creates COROS' normalized layer over its resources.
 *
 * @param resources - The client's activities and daily resources.
 * @param options - The clock that ends an open range. @defaultValue systemClock
 */
export function createCorosSources(
  resources: CorosSourceResources,
  options: { clock?: Clock } = {},
): CorosSources {
  const clock = options.clock ?? systemClock;
  const window = (range: CorosListSourceOptions) => {
    const resolved = resolveRange(range, clock);
    const since =
      resolved.since ?? new Date(resolved.until.getTime() - COROS_HISTORY_DAYS * DAY_MS);
    return {
      resolved: { since, until: resolved.until },
      list: {
        ...pickCallOptions(range),
        since,
        until: resolved.until,
        ...(range.cursor ? { cursor: range.cursor } : {}),
      },
    };
  };
  return {
    provider: 'coros',
    listActivities(range = {}) {
      const { resolved, list } = window(range);
      return transformPages(resources.activities.list(list), {
        ...rangeTransform(resolved, (workout) => corosInstantMs(workout.startTime)),
        map: (page) => page.map((workout) => mapCorosActivity(workout)),
      });
    },
    listSleep(range = {}) {
      const { resolved, list } = window(range);
      const nights = transformPages(resources.daily.list(list), {
        map: (page) => page.flatMap((day) => mapCorosSleep(day) ?? []),
      });
      return transformPages(
        nights,
        rangeTransform(resolved, (night: Sleep) => night.startTime),
      );
    },
    listDailySummaries(range = {}) {
      const { resolved, list } = window(range);
      const days = transformPages(resources.daily.list(list), {
        map: (page) => page.map((day) => mapCorosDailySummary(day)),
      });
      return transformPages(
        days,
        rangeTransform(resolved, (day: DailySummary) => day.startTime ?? `${day.date}T00:00:00Z`),
      );
    },
  };
}
