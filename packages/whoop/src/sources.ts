import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  type DailySummary,
  type DailySummarySource,
  filterRange,
  type Profile,
  type ProfileSource,
  pickCallOptions,
  type ResolvedRange,
  resolveRange,
  type Sleep,
  type SleepSource,
  type TimeRange,
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

/** WHOOP data in fitlink's normalized model, read through {@link WhoopResources}. */
export interface WhoopSources
  extends ActivitySource,
    SleepSource,
    DailySummarySource,
    ProfileSource {
  /** Provider id. */
  readonly provider: 'whoop';
  /**
   * Normalized workouts that start in `[since, until)`, newest first (`until` defaults to the
   * client clock's now).
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
  listActivities(range: TimeRange & CallOptions): AsyncIterable<Activity>;
  /**
   * Normalized sleeps and naps that start in `[since, until)`, newest first (`until` defaults
   * to the client clock's now).
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
  listSleep(range: TimeRange & CallOptions): AsyncIterable<Sleep>;
  /**
   * One normalized summary per cycle that starts in `[since, until)`, newest first: day strain
   * and energy from the cycle, recovery score, resting HR, HRV, SpO2 and skin temperature from
   * its recovery (read in one paged pass, not per cycle).
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
  listDailySummaries(range: TimeRange & CallOptions): AsyncIterable<DailySummary>;
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
// start in `[since, until)`; lists are newest first, so the walk stops at the first before `since`.
const newestFirst = { order: 'desc' } as const;
const startOf = (record: { start: string }) => record.start;

function listRange(range: ResolvedRange, call: CallOptions, widenMs = 0) {
  return {
    ...pickCallOptions(call),
    ...(range.since ? { since: new Date(range.since.getTime() - widenMs) } : {}),
    until: new Date(range.until.getTime() + widenMs),
  };
}

/**
 * The normalized lists and profile of a WHOOP connection, as functions of its resources:
 * range trimming, the mappers, and the join of each cycle with its recovery.
 *
 * @param resources - The connection's resources.
 * @param clock - The client's clock: `until` defaults to its `now()`.
 */
export function createWhoopSources(resources: WhoopResources, clock: Clock): WhoopSources {
  const { cycles, recovery, sleep, workouts, user } = resources;
  return {
    provider: 'whoop',
    async *listActivities(options) {
      const range = resolveRange(options, clock);
      const list = workouts.list(listRange(range, options));
      for await (const workout of filterRange(list, range, startOf, newestFirst)) {
        yield mapWhoopWorkout(workout);
      }
    },
    async *listSleep(options) {
      const range = resolveRange(options, clock);
      const list = sleep.list(listRange(range, options));
      for await (const night of filterRange(list, range, startOf, newestFirst)) {
        yield mapWhoopSleep(night);
      }
    },
    async *listDailySummaries(options) {
      const range = resolveRange(options, clock);
      // A recovery belongs to the sleep that opens its cycle; a day either side catches them all.
      const byCycle = new Map<number, WhoopRecovery>();
      for await (const item of recovery.list(listRange(range, options, DAY_MS))) {
        byCycle.set(item.cycle_id, item);
      }
      const list = cycles.list(listRange(range, options));
      for await (const cycle of filterRange(list, range, startOf, newestFirst)) {
        yield mapWhoopCycle(cycle, { recovery: byCycle.get(cycle.id) });
      }
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
