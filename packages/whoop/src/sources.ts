import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  type DailySummary,
  type DailySummarySource,
  type Paginator,
  type Profile,
  type ProfileSource,
  pickCallOptions,
  type ResolvedRange,
  rangeTransform,
  resolveRange,
  type Sleep,
  type SleepSource,
  type SourceListOptions,
  type TokenCursor,
  transformPages,
} from '@fitlink/core';
import { mapWhoopWorkout } from './mapper/to-activity.js';
import { mapWhoopCycle } from './mapper/to-daily-summary.js';
import { mapWhoopProfile } from './mapper/to-profile.js';
import { mapWhoopSleep } from './mapper/to-sleep.js';
import type { WhoopCyclesResource } from './resources/cycles.js';
import type { WhoopRecoveryResource } from './resources/recovery.js';
import type { WhoopSleepResource } from './resources/sleep.js';
import type { WhoopUserResource } from './resources/user.js';
import type { WhoopWorkoutsResource } from './resources/workouts.js';
import type { WhoopCycle } from './schemas/cycle.js';
import type { WhoopRecovery } from './schemas/recovery.js';

/** WHOOP's typed v2 resources, which return WHOOP's own (wire) records. */
export interface WhoopResources {
  /** Physiological cycles and each cycle's sleep and recovery. */
  readonly cycles: WhoopCyclesResource;
  /** Recoveries. */
  readonly recovery: WhoopRecoveryResource;
  /** Sleeps and naps. */
  readonly sleep: WhoopSleepResource;
  /** Workouts. */
  readonly workouts: WhoopWorkoutsResource;
  /** Profile, body measurements, revoking access. */
  readonly user: WhoopUserResource;
}

/** Options of {@link WhoopSources.getProfile}. */
export interface WhoopProfileOptions extends CallOptions {
  /** Also read height and weight (`read:body_measurement`). @defaultValue true */
  includeBody?: boolean;
}

/**
 * The cursor of WHOOP's normalized lists: the `nextToken` page of the collection they read
 * (workouts, sleeps, cycles) for the same `since` and `until` (core's `TokenCursor`).
 */
export type WhoopListCursor = TokenCursor;

/** Options of WHOOP's normalized lists. */
export type WhoopSourceListOptions = SourceListOptions<WhoopListCursor>;

/** WHOOP data in fitlink's normalized model, read through {@link WhoopResources}. */
export interface WhoopSources
  extends ActivitySource<WhoopListCursor>,
    SleepSource<WhoopListCursor>,
    DailySummarySource<WhoopListCursor>,
    ProfileSource {
  /** Provider id. */
  readonly provider: 'whoop';
  /**
   * Normalized workouts that start in `[since, until)`, newest first (`until` defaults to the
   * client clock's now): a core `Paginator` over the workout pages, 25 per request, whose
   * `cursor` is the page being read; it ends at the first workout older than `since`.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not before `until`.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.energyKcal);
   * }
   * ```
   */
  listActivities(range: WhoopSourceListOptions): Paginator<Activity, WhoopListCursor>;
  /**
   * Normalized sleeps and naps that start in `[since, until)`, newest first (`until` defaults
   * to the client clock's now): a core `Paginator` over the sleep pages, resumable from its
   * `cursor`.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not before `until`.
   * @example
   * ```ts
   * for await (const sleep of client.listSleep({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(sleep.deepSeconds);
   * }
   * ```
   */
  listSleep(range: WhoopSourceListOptions): Paginator<Sleep, WhoopListCursor>;
  /**
   * One normalized summary per cycle that starts in `[since, until)`, newest first: day strain
   * and energy from the cycle, recovery score, resting HR, HRV, SpO2 and skin temperature from
   * its recovery. A core `Paginator` over the cycle pages: its `cursor` is the cycles' cursor,
   * and each page's recoveries are listed for that page's days only (a day either side), when
   * the page is reached, so a resumed or bounded run reads no other recoveries.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not before `until`.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(day.date, day.recoveryScore, day.strain);
   * }
   * ```
   */
  listDailySummaries(range: WhoopSourceListOptions): Paginator<DailySummary, WhoopListCursor>;
  /**
   * The normalized profile: name and email, with height and weight unless `includeBody` is false.
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is no longer valid.
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: WhoopProfileOptions): Promise<Profile>;
}

const DAY_MS = 86_400_000;

// WHOOP's `start` matches records that span it, so a list is trimmed again to the records that
// start in `[since, until)`; lists are newest first, so the list ends at the first before `since`.
const newestFirst = { order: 'desc' } as const;
const startOf = (record: { start: string }) => record.start;

function listRange(range: ResolvedRange, options: WhoopSourceListOptions) {
  return {
    ...pickCallOptions(options),
    ...(range.since ? { since: range.since } : {}),
    until: range.until,
    ...(options.cursor ? { cursor: options.cursor } : {}),
  };
}

// The window of the recoveries of a page of cycles: a recovery is listed by the sleep that opens
// its cycle, so a day either side of the cycles' starts catches every one.
function recoveryWindow(cycles: readonly WhoopCycle[]): { since: Date; until: Date } {
  const starts = cycles.map((cycle) => Date.parse(cycle.start));
  return {
    since: new Date(Math.min(...starts) - DAY_MS),
    until: new Date(Math.max(...starts) + DAY_MS),
  };
}

/**
 * The normalized lists and profile of a WHOOP connection, as functions of its resources:
 * range trimming, the mappers, and the join of each cycle with its recovery. Every list is a
 * core `Paginator` over the wire list, with its `nextToken` cursor.
 *
 * @param resources - The connection's resources.
 * @param clock - The client's clock: `until` defaults to its `now()`.
 */
export function createWhoopSources(resources: WhoopResources, clock: Clock): WhoopSources {
  const { cycles, recovery, sleep, workouts, user } = resources;
  return {
    provider: 'whoop',
    listActivities(options) {
      const range = resolveRange(options, clock);
      return transformPages(workouts.list(listRange(range, options)), {
        ...rangeTransform(range, startOf, newestFirst),
        map: (page) => page.map((workout) => mapWhoopWorkout(workout)),
      });
    },
    listSleep(options) {
      const range = resolveRange(options, clock);
      return transformPages(sleep.list(listRange(range, options)), {
        ...rangeTransform(range, startOf, newestFirst),
        map: (page) => page.map((night) => mapWhoopSleep(night)),
      });
    },
    listDailySummaries(options) {
      const range = resolveRange(options, clock);
      return transformPages(cycles.list(listRange(range, options)), {
        ...rangeTransform(range, startOf, newestFirst),
        // The join runs per page of cycles, so the cursor stays the cycles' own.
        map: async (page) => {
          if (page.length === 0) return [];
          const byCycle = new Map<number, WhoopRecovery>();
          const window = { ...pickCallOptions(options), ...recoveryWindow(page) };
          for await (const item of recovery.list(window)) byCycle.set(item.cycle_id, item);
          return page.map((cycle) => mapWhoopCycle(cycle, { recovery: byCycle.get(cycle.id) }));
        },
      });
    },
    async getProfile(options = {}) {
      const call = pickCallOptions(options);
      const [profile, body] = await Promise.all([
        user.getProfile(call),
        options.includeBody === false ? undefined : user.getBodyMeasurement(call),
      ]);
      return mapWhoopProfile(profile, { body });
    },
  };
}
