import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  type DailySummary,
  type DailySummarySource,
  dateWindowPaging,
  type Paginator,
  type Profile,
  type ProfileSource,
  ProviderError,
  pickCallOptions,
  type ResolvedRange,
  rangeTransform,
  resolveRange,
  type Samples,
  type SamplesSource,
  type Sleep,
  type SleepSource,
  type SourceListOptions,
  type TokenCursor,
  transformPages,
  type WindowCursor,
} from '@fitlink/core';
import { mapOuraWorkout } from './mapper/to-activity.js';
import { mapOuraDay, type OuraDayDocuments } from './mapper/to-daily-summary.js';
import { mapOuraPersonalInfo } from './mapper/to-profile.js';
import { mapOuraHeartRate } from './mapper/to-samples.js';
import { mapOuraSleep } from './mapper/to-sleep.js';
import type { OuraDailyResource } from './resources/daily.js';
import type {
  OuraRingConfigurationsResource,
  OuraSessionsResource,
  OuraSleepResource,
  OuraTagsResource,
  OuraWorkoutsResource,
} from './resources/documents.js';
import type { OuraHeartRateResource } from './resources/heart-rate.js';
import type { OuraDocumentCollection, OuraDocumentListOptions } from './resources/list.js';
import type { OuraUserResource } from './resources/user.js';
import type { OuraSleep } from './schemas/sleep.js';

/** Oura's typed API v2 resources, which return Oura's own (wire) documents. */
export interface OuraResources {
  /** Daily activity, sleep score, readiness, SpO2, stress, resilience, cardiovascular age. */
  readonly daily: OuraDailyResource;
  /** Sleep periods. */
  readonly sleep: OuraSleepResource;
  /** Workouts. */
  readonly workouts: OuraWorkoutsResource;
  /** Sessions. */
  readonly sessions: OuraSessionsResource;
  /** Tags. */
  readonly tags: OuraTagsResource;
  /** Heart rate time series. */
  readonly heartRate: OuraHeartRateResource;
  /** Ring configurations. */
  readonly rings: OuraRingConfigurationsResource;
  /** Personal info. */
  readonly user: OuraUserResource;
}

/** The cursor of Oura's activity and sleep lists: the `next_token` page (core's `TokenCursor`). */
export type OuraListCursor = TokenCursor;

/** The cursor of Oura's daily summaries: a window of days and nothing inside it. */
export type OuraDailyCursor = WindowCursor<never>;

/** Options of Oura's normalized activity and sleep lists. */
export type OuraSourceListOptions = SourceListOptions<OuraListCursor>;

/** Options of {@link OuraSources.listDailySummaries}. */
export type OuraDailySourceListOptions = SourceListOptions<OuraDailyCursor>;

/** Oura data in fitlink's normalized model, read through {@link OuraResources}. */
export interface OuraSources
  extends ActivitySource<OuraListCursor>,
    SleepSource<OuraListCursor>,
    DailySummarySource<OuraDailyCursor>,
    ProfileSource,
    SamplesSource {
  /** Provider id. */
  readonly provider: 'oura';
  /**
   * Normalized workouts that start in `[since, until)` (`until` defaults to the client clock's
   * now; without `since`, Oura's default window), oldest first: a core `Paginator` over the
   * workout pages. Oura filters by local day, so a day either side is asked for and the list
   * is trimmed to the exact instants.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.energyKcal);
   * }
   * ```
   */
  listActivities(range: OuraSourceListOptions): Paginator<Activity, OuraListCursor>;
  /**
   * Normalized sleep periods (nights and naps; deleted periods left out) that start in
   * `[since, until)`, oldest first, with each period's day's sleep score.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const sleep of client.listSleep({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(sleep.deepSeconds, sleep.hrvRmssdMs);
   * }
   * ```
   */
  listSleep(range: OuraSourceListOptions): Paginator<Sleep, OuraListCursor>;
  /**
   * One normalized summary per local day in `[since, until)` (UTC dates; `since` defaults to 30
   * days before `until`), oldest first: readiness, daily activity, sleep score, SpO2, stress and
   * the main sleep period joined by `day`, read 30 days per window (one request per collection
   * and window). SpO2 and stress the user did not grant are left empty, not an error.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(day.date, day.readinessScore, day.steps);
   * }
   * ```
   */
  listDailySummaries(range: OuraDailySourceListOptions): Paginator<DailySummary, OuraDailyCursor>;
  /**
   * The normalized profile from the personal info.
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is no longer valid.
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: CallOptions): Promise<Profile>;
  /**
   * A workout's heart rate as normalized samples (the readings between its start and end), or
   * `null` when the ring recorded none.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is no such workout.
   * @example
   * ```ts
   * const samples = await client.getSamples('8f9a5221-639e-4a8c-a6a7-e61a4bbf0e5e');
   * ```
   */
  getSamples(workoutId: string, options?: CallOptions): Promise<Samples | null>;
}

const DAY_MS = 86_400_000;
const DAILY_WINDOW_DAYS = 30;
const DEFAULT_DAILY_LOOKBACK_DAYS = 30;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Oura's day filter for an instant range: a local day either side of the UTC dates. */
function dayWindow(range: ResolvedRange, options: OuraSourceListOptions): OuraDocumentListOptions {
  return {
    ...pickCallOptions(options),
    ...(range.since ? { startDate: isoDay(range.since.getTime() - DAY_MS) } : {}),
    endDate: isoDay(range.until.getTime() + DAY_MS),
    ...(options.cursor ? { cursor: options.cursor } : {}),
  };
}

/** Every document of a collection for a day range, keyed by `day`; `{}` on a 403 when optional. */
async function byDay<T extends { day: string }>(
  collection: OuraDocumentCollection<T>,
  options: OuraDocumentListOptions,
  optional = false,
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  try {
    for await (const document of collection.list(options)) out.set(document.day, document);
  } catch (error) {
    // A scope the user did not grant (SpO2, stress): the summary lacks it, the list goes on.
    if (optional && error instanceof ProviderError && error.status === 403) return out;
    throw error;
  }
  return out;
}

/**
 * The normalized lists, profile and samples of an Oura connection, as functions of its
 * resources: range trimming, the mappers, and the join of a day's documents.
 *
 * @param resources - The connection's resources.
 * @param clock - The client's clock: `until` defaults to its `now()`.
 */
export function createOuraSources(resources: OuraResources, clock: Clock): OuraSources {
  const { daily, sleep, workouts, heartRate, user } = resources;
  return {
    provider: 'oura',
    listActivities(options) {
      const range = resolveRange(options, clock);
      return transformPages(workouts.list(dayWindow(range, options)), {
        ...rangeTransform(range, (workout) => workout.start_datetime),
        map: (page) => page.map((workout) => mapOuraWorkout(workout)),
      });
    },
    listSleep(options) {
      const range = resolveRange(options, clock);
      return transformPages(sleep.list(dayWindow(range, options)), {
        ...rangeTransform(range, (period: OuraSleep) => period.bedtime_start),
        map: async (page) => {
          const periods = page.filter((period) => period.type !== 'deleted');
          if (periods.length === 0) return [];
          const days = periods.map((period) => period.day).sort();
          const scores = await byDay(daily.sleep, {
            ...pickCallOptions(options),
            startDate: days[0] ?? '',
            endDate: days[days.length - 1] ?? '',
          });
          return periods.map((period) =>
            mapOuraSleep(period, { score: scores.get(period.day)?.score ?? null }),
          );
        },
      });
    },
    listDailySummaries(options) {
      const range = resolveRange(options, clock);
      const untilMs = Math.ceil(range.until.getTime() / DAY_MS) * DAY_MS;
      const sinceMs = range.since
        ? Math.floor(range.since.getTime() / DAY_MS) * DAY_MS
        : untilMs - DEFAULT_DAILY_LOOKBACK_DAYS * DAY_MS;
      return dateWindowPaging<DailySummary>({
        since: new Date(sinceMs),
        until: new Date(untilMs),
        maxWindowMs: DAILY_WINDOW_DAYS * DAY_MS,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.cursor ? { start: options.cursor } : {}),
        fetchWindow: async (window) => {
          const first = isoDay(window.start.getTime());
          const last = isoDay(window.end.getTime() - DAY_MS);
          const days = { ...pickCallOptions(options), startDate: first, endDate: last };
          const [readiness, activity, sleepScores, spo2, stress, periods] = await Promise.all([
            byDay(daily.readiness, days),
            byDay(daily.activity, days),
            byDay(daily.sleep, days),
            byDay(daily.spo2, days, true),
            byDay(daily.stress, days, true),
            sleep.list(days).toArray({ limit: 10_000 }),
          ]);
          const mainSleep = new Map<string, OuraSleep>();
          for (const period of periods) {
            if (period.type === 'long_sleep') mainSleep.set(period.day, period);
          }
          const all = new Set([...readiness.keys(), ...activity.keys(), ...sleepScores.keys()]);
          return [...all]
            .filter((day) => day >= first && day <= last)
            .sort()
            .map((day) => {
              const documents: OuraDayDocuments = {
                day,
                readiness: readiness.get(day),
                activity: activity.get(day),
                sleep: sleepScores.get(day),
                spo2: spo2.get(day),
                stress: stress.get(day),
                mainSleep: mainSleep.get(day),
              };
              return mapOuraDay(documents);
            });
        },
      });
    },
    async getProfile(options = {}) {
      return mapOuraPersonalInfo(await user.getPersonalInfo(pickCallOptions(options)));
    },
    async getSamples(workoutId, options = {}) {
      const call = pickCallOptions(options);
      const workout = await workouts.get(workoutId, call);
      const activity = mapOuraWorkout(workout);
      const until = new Date(Date.parse(workout.end_datetime) + 1000);
      const readings = await heartRate
        .list({ ...call, since: new Date(activity.startTime), until })
        .toArray({ limit: 100_000 });
      if (readings.length === 0) return null;
      return mapOuraHeartRate(readings, { activity });
    },
  };
}
