import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type DailySummary,
  type DailySummarySource,
  type Profile,
  pickCallOptions,
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
export interface WhoopSources extends ActivitySource, SleepSource, DailySummarySource {
  /** Provider id. */
  readonly provider: 'whoop';
  /**
   * Normalized workouts that start in `[since, until)`, newest first.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.energyKcal);
   * }
   * ```
   */
  listActivities(range: TimeRange & CallOptions): AsyncIterable<Activity>;
  /**
   * Normalized sleeps and naps that start in `[since, until)`, newest first.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
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

// WHOOP's `start` matches records that span it; the normalized lists keep those that start in
// `[since, until)`. `until` stays open when not given (WHOOP's `end` defaults to now).
function inRange(start: string, range: TimeRange): boolean {
  const at = Date.parse(start);
  return (
    (!range.since || at >= range.since.getTime()) && (!range.until || at < range.until.getTime())
  );
}

function listRange(range: TimeRange & CallOptions, widenMs = 0) {
  return {
    ...pickCallOptions(range),
    ...(range.since ? { since: new Date(range.since.getTime() - widenMs) } : {}),
    ...(range.until ? { until: new Date(range.until.getTime() + widenMs) } : {}),
  };
}

/**
 * The normalized lists and profile of a WHOOP connection, as functions of its resources:
 * range trimming, the mappers, and the join of each cycle with its recovery.
 *
 * @param resources - The connection's resources.
 */
export function createWhoopSources(resources: WhoopResources): WhoopSources {
  const { cycles, recovery, sleep, workouts, user } = resources;
  return {
    provider: 'whoop',
    async *listActivities(range) {
      for await (const workout of workouts.list(listRange(range))) {
        if (inRange(workout.start, range)) yield mapWhoopWorkout(workout);
      }
    },
    async *listSleep(range) {
      for await (const night of sleep.list(listRange(range))) {
        if (inRange(night.start, range)) yield mapWhoopSleep(night);
      }
    },
    async *listDailySummaries(range) {
      // A recovery belongs to the sleep that opens its cycle; a day either side catches them all.
      const byCycle = new Map<number, WhoopRecovery>();
      for await (const item of recovery.list(listRange(range, DAY_MS))) {
        byCycle.set(item.cycle_id, item);
      }
      for await (const cycle of cycles.list(listRange(range))) {
        if (inRange(cycle.start, range)) {
          yield mapWhoopCycle(cycle, { recovery: byCycle.get(cycle.id) });
        }
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
