import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  type DailySummary,
  type DailySummarySource,
  dateWindowPaging,
  type Paginator,
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
import { mapGoogleHealthExercise } from './mapper/to-activity.js';
import { type GoogleHealthDay, mapGoogleHealthDay } from './mapper/to-daily-summary.js';
import { mapGoogleHealthHeartRate } from './mapper/to-samples.js';
import { mapGoogleHealthSleep } from './mapper/to-sleep.js';
import { dateText } from './mapper/values.js';
import type { GoogleHealthDataPointsResource } from './resources/data-points.js';
import type { GoogleHealthUsersResource } from './resources/users.js';
import type { GoogleHealthDataPoint } from './schemas/data-point.js';
import type { GoogleHealthDailyRollupDataPoint } from './schemas/rollup.js';

/** Google Health's typed resources, which return Google's own (wire) records. */
export interface GoogleHealthResources {
  /** Data points of every type: list, get, reconcile, roll-ups. */
  readonly dataPoints: GoogleHealthDataPointsResource;
  /** The signed-in user's identity and profile. */
  readonly users: GoogleHealthUsersResource;
}

/** The cursor of the activity and sleep lists: the `pageToken` page being read. */
export type GoogleHealthListCursor = TokenCursor;

/** The cursor of the daily summaries: the 14-day window being read. */
export type GoogleHealthDailyCursor = WindowCursor<never>;

/** Options of the activity and sleep lists. */
export type GoogleHealthSourceListOptions = SourceListOptions<GoogleHealthListCursor>;

/** Options of the daily summaries. */
export type GoogleHealthDailyListOptions = SourceListOptions<GoogleHealthDailyCursor>;

/** Google Health data in fitlink's normalized model, read through {@link GoogleHealthResources}. */
export interface GoogleHealthSources
  extends ActivitySource<GoogleHealthListCursor>,
    SleepSource<GoogleHealthListCursor>,
    DailySummarySource<GoogleHealthDailyCursor>,
    SamplesSource {
  /** Provider id. */
  readonly provider: 'google-health';
  /**
   * Normalized exercises that start in `[since, until)`, newest first (`until` defaults to the
   * client clock's now), 25 per request (Google's cap for exercise); resumable from `cursor`.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.distanceMetres);
   * }
   * ```
   */
  listActivities(range: GoogleHealthSourceListOptions): Paginator<Activity, GoogleHealthListCursor>;
  /**
   * Normalized sleep sessions that start in `[since, until)`, newest first, with stages.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const sleep of client.listSleep({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(sleep.deepSeconds);
   * }
   * ```
   */
  listSleep(range: GoogleHealthSourceListOptions): Paginator<Sleep, GoogleHealthListCursor>;
  /**
   * One summary per user-local day in `[since, until)` (default: the 30 days before `until`),
   * newest first: steps, distance and total calories from daily roll-ups (true zeros kept),
   * resting heart rate, HRV and SpO2 from the daily points. Read in 14-day windows (Google's
   * limit for the calorie and heart-rate roll-ups), 8 requests per window; `cursor` is the
   * window.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(day.date, day.steps, day.restingHeartRateBpm);
   * }
   * ```
   */
  listDailySummaries(
    range: GoogleHealthDailyListOptions,
  ): Paginator<DailySummary, GoogleHealthDailyCursor>;
  /**
   * The heart-rate samples recorded during one exercise (by its data point id), or `null` when
   * there is no such exercise.
   *
   * @example
   * ```ts
   * const samples = await client.getSamples('5083141962461696000');
   * ```
   */
  getSamples(activityExternalId: string, options?: CallOptions): Promise<Samples | null>;
}

const DAY_MS = 86_400_000;
/** The calorie and heart-rate roll-ups allow 14 days per request; the others 90. */
const DAILY_WINDOW_MS = 14 * DAY_MS;
const DEFAULT_DAYS = 30;

const newestFirst = { order: 'desc' } as const;

function listRange(range: ResolvedRange, options: GoogleHealthSourceListOptions) {
  return {
    ...pickCallOptions(options),
    ...(range.since ? { since: range.since } : {}),
    until: range.until,
    ...(options.cursor ? { cursor: options.cursor } : {}),
  };
}

const ROLLED_UP = [
  ['steps', 'steps'],
  ['distance', 'distance'],
  ['total-calories', 'totalCalories'],
  ['active-zone-minutes', 'activeZoneMinutes'],
  ['heart-rate', 'heartRate'],
] as const;

const DAILY_POINTS = [
  ['daily-resting-heart-rate', 'restingHeartRate', 'dailyRestingHeartRate'],
  ['daily-heart-rate-variability', 'heartRateVariability', 'dailyHeartRateVariability'],
  ['daily-oxygen-saturation', 'oxygenSaturation', 'dailyOxygenSaturation'],
] as const;

/** `YYYY-MM-DD` of a UTC instant. */
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The normalized lists of a Google Health connection, as functions of its resources: range
 * trimming, the mappers, and the gathering of a day's roll-ups and daily points.
 *
 * @param resources - The connection's resources.
 * @param clock - The client's clock: `until` defaults to its `now()`.
 */
export function createGoogleHealthSources(
  resources: GoogleHealthResources,
  clock: Clock,
): GoogleHealthSources {
  const { dataPoints } = resources;
  return {
    provider: 'google-health',
    listActivities(options) {
      const range = resolveRange(options, clock);
      return transformPages(dataPoints.list('exercise', listRange(range, options)), {
        // The civil-time filter is wider than the range: trim on the physical start.
        ...rangeTransform(
          range,
          (point: GoogleHealthDataPoint) => point.exercise?.interval.startTime ?? '',
          newestFirst,
        ),
        map: (page) =>
          page.flatMap((point) =>
            point.exercise ? [mapGoogleHealthExercise({ ...point, exercise: point.exercise })] : [],
          ),
      });
    },
    listSleep(options) {
      const range = resolveRange(options, clock);
      return transformPages(dataPoints.list('sleep', listRange(range, options)), {
        ...rangeTransform(
          range,
          (point: GoogleHealthDataPoint) => point.sleep?.interval.startTime ?? '',
          newestFirst,
        ),
        map: (page) =>
          page.flatMap((point) =>
            point.sleep ? [mapGoogleHealthSleep({ ...point, sleep: point.sleep })] : [],
          ),
      });
    },
    listDailySummaries(options) {
      const range = resolveRange(options, clock);
      // Whole UTC days, so each window's civil dates do not overlap the next.
      const until = Math.ceil(range.until.getTime() / DAY_MS) * DAY_MS;
      const since =
        Math.floor((range.since?.getTime() ?? until - DEFAULT_DAYS * DAY_MS) / DAY_MS) * DAY_MS;
      const call = pickCallOptions(options);
      return dateWindowPaging<DailySummary>({
        since: new Date(since),
        until: new Date(until),
        maxWindowMs: DAILY_WINDOW_MS,
        order: 'descending',
        ...(options.cursor ? { start: options.cursor } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        fetchWindow: async (window) => {
          const first = utcDate(window.start.getTime());
          const last = utcDate(window.end.getTime());
          const days = new Map<string, GoogleHealthDay>();
          const dayOf = (date: string) => {
            let day = days.get(date);
            if (!day) {
              day = { date };
              days.set(date, day);
            }
            return day;
          };
          const rolled = await Promise.all(
            ROLLED_UP.map(([dataType]) =>
              dataPoints.dailyRollUp(dataType, { ...call, since: first, until: last }),
            ),
          );
          ROLLED_UP.forEach(([, key], index) => {
            for (const window of rolled[index] ?? []) {
              const day = dayOf(dateText(window.civilStartTime.date));
              (day as unknown as Record<string, GoogleHealthDailyRollupDataPoint>)[key] = window;
            }
          });
          const daily = await Promise.all(
            DAILY_POINTS.map(([dataType]) =>
              dataPoints
                .list(dataType, { ...call, since: window.start, until: window.end })
                .toArray({ limit: 10_000 }),
            ),
          );
          DAILY_POINTS.forEach(([, key, field], index) => {
            for (const point of daily[index] ?? []) {
              const value = point[field];
              if (value)
                (dayOf(dateText(value.date)) as unknown as Record<string, unknown>)[key] = value;
            }
          });
          return [...days.values()]
            .filter((day) => day.date >= first && day.date < last)
            .sort((a, b) => (a.date < b.date ? 1 : -1))
            .map((day) => mapGoogleHealthDay(day));
        },
      });
    },
    async getSamples(activityExternalId, options = {}) {
      const call = pickCallOptions(options);
      const point = await dataPoints.get('exercise', activityExternalId, call).catch((error) => {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      });
      if (!point?.exercise) return null;
      const activity = mapGoogleHealthExercise({ ...point, exercise: point.exercise });
      const { startTime, endTime } = point.exercise.interval;
      const samples = await dataPoints
        .list('heart-rate', { ...call, since: new Date(startTime), until: new Date(endTime) })
        .toArray({ limit: 1_000_000 });
      return mapGoogleHealthHeartRate(
        samples.flatMap((sample) => (sample.heartRate ? [sample.heartRate] : [])),
        { activity },
      );
    },
  };
}
