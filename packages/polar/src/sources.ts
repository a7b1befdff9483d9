import {
  type Activity,
  type ActivitySource,
  type Clock,
  type DailySummary,
  type DailySummarySource,
  dateWindowPaging,
  type Paginator,
  pickCallOptions,
  rangeTransform,
  resolveRange,
  type Sleep,
  type SleepSource,
  type SourceListOptions,
  transformPages,
} from '@fitlink/core';
import { POLAR_MAX_RANGE_DAYS } from './endpoints.js';
import { mapPolarTrainingSession } from './mapper/to-activity.js';
import { mapPolarDay, type PolarDay } from './mapper/to-daily-summary.js';
import { mapPolarSleep } from './mapper/to-sleep.js';
import type {
  PolarActivityResource,
  PolarContinuousSamplesResource,
  PolarNightlyRechargeResource,
  PolarSleepsResource,
} from './resources/collections.js';
import { isoDate, localDateSpan, type PolarListCursor } from './resources/range.js';
import type { PolarSportsResource } from './resources/sports.js';
import type { PolarTrainingSessionsResource } from './resources/training-sessions.js';

/** Polar's typed v4 resources, which return Polar's own (wire) records. */
export interface PolarResources {
  /** Training sessions, with per-day features. */
  readonly trainingSessions: PolarTrainingSessionsResource;
  /** Daily activity. */
  readonly activity: PolarActivityResource;
  /** Nights. */
  readonly sleeps: PolarSleepsResource;
  /** Nightly Recharge results. */
  readonly nightlyRecharge: PolarNightlyRechargeResource;
  /** Continuous (24/7) heart rate. */
  readonly continuousSamples: PolarContinuousSamplesResource;
  /** The sports catalogue. */
  readonly sports: PolarSportsResource;
}

/** Options of Polar's normalized lists. */
export interface PolarSourceListOptions extends SourceListOptions<PolarListCursor> {
  /**
   * The user's IANA zone, for local times Polar sends without an offset. @defaultValue none
   */
  timeZone?: string;
}

/** How far back a normalized list reads when `since` is left out: Polar's longest range, 90 days. */
export const POLAR_DEFAULT_LOOKBACK_DAYS = 90;

/** Polar data in fitlink's normalized model, read through {@link PolarResources}. */
export interface PolarSources
  extends ActivitySource<PolarListCursor>,
    SleepSource<PolarListCursor>,
    DailySummarySource<PolarListCursor> {
  /** Provider id. */
  readonly provider: 'polar';
  /**
   * Normalized training sessions that start in `[since, until)` (`until` defaults to the client
   * clock's now, `since` to 90 days before it), oldest first. One request per 90 local dates
   * (a 90-day span touches 92 dates: two) plus one for the sports catalogue, read once per
   * client at the first page with sessions.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.sport, activity.elapsedSeconds);
   * }
   * ```
   */
  listActivities(range: PolarSourceListOptions): Paginator<Activity, PolarListCursor>;
  /**
   * Normalized nights that start in `[since, until)`, oldest first, 30 dates per request.
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const sleep of client.listSleep({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(sleep.deepSeconds);
   * }
   * ```
   */
  listSleep(range: PolarSourceListOptions): Paginator<Sleep, PolarListCursor>;
  /**
   * One normalized summary per local date in `[since, until)` that has a Nightly Recharge
   * result or activity, oldest first: recovery status, overnight HRV and ANS charge joined with
   * steps and energy. Two requests per 28 dates (Nightly Recharge and activity of the same
   * window).
   *
   * @throws {@link @fitlink/core!ValidationError} when a payload does not match.
   * @example
   * ```ts
   * for await (const day of client.listDailySummaries({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(day.date, day.recoveryScore, day.hrvRmssdMs);
   * }
   * ```
   */
  listDailySummaries(range: PolarSourceListOptions): Paginator<DailySummary, PolarListCursor>;
}

/** The normalized lists over the resources, on the client's clock. */
export function createPolarSources(resources: PolarResources, clock: Clock): PolarSources {
  let sportNames: Promise<ReadonlyMap<string, string>> | undefined;
  const loadSportNames = async (): Promise<ReadonlyMap<string, string>> => {
    sportNames ??= resources.sports.list().then(
      (sports) => new Map(sports.map((sport) => [sport.identifier.id, sport.nameKey])),
      (error: unknown) => {
        sportNames = undefined;
        throw error;
      },
    );
    return sportNames;
  };
  const bounds = (options: PolarSourceListOptions) => {
    const range = resolveRange(options, clock);
    const since =
      range.since ?? new Date(range.until.getTime() - POLAR_DEFAULT_LOOKBACK_DAYS * 86_400_000);
    return { range: { ...range, since }, since, until: range.until };
  };
  const call = (options: PolarSourceListOptions) => ({
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRateLimitWaitMs !== undefined
      ? { maxRateLimitWaitMs: options.maxRateLimitWaitMs }
      : {}),
    ...(options.cursor ? { cursor: options.cursor } : {}),
  });
  const zone = (options: PolarSourceListOptions) =>
    options.timeZone !== undefined ? { timeZone: options.timeZone } : {};

  return {
    provider: 'polar',
    listActivities(options) {
      const { range, since, until } = bounds(options);
      const sessions = resources.trainingSessions.list({ since, until, ...call(options) });
      return transformPages(sessions, {
        // Filter on the mapped start: local times need their offset to be compared.
        map: async (items) => {
          if (items.length === 0) return [];
          const names = await loadSportNames();
          return items
            .map((session) =>
              mapPolarTrainingSession(session, { sportNames: names, ...zone(options) }),
            )
            .filter(rangeTransform(range, (activity: Activity) => activity.startTime).filter);
        },
      });
    },
    listSleep(options) {
      const { range, since, until } = bounds(options);
      return transformPages(resources.sleeps.list({ since, until, ...call(options) }), {
        map: (items) =>
          items
            .map((night) => mapPolarSleep(night, zone(options)))
            .filter(rangeTransform(range, (sleep: Sleep) => sleep.startTime).filter),
      });
    },
    listDailySummaries(options) {
      const { since, until } = bounds(options);
      // Days are local dates: kept when the date is within the range's UTC dates.
      const first = since.toISOString().slice(0, 10);
      const last = new Date(until.getTime() - 1).toISOString().slice(0, 10);
      const span = localDateSpan(since, until);
      const callOptions = pickCallOptions(options);
      // Nightly Recharge and activity of the same 28 dates (the shorter collection's longest
      // range), two requests per window, joined by date.
      return dateWindowPaging<DailySummary>({
        since: new Date(span.from),
        until: new Date(span.to),
        maxWindowMs: POLAR_MAX_RANGE_DAYS.nightlyRecharge * 86_400_000,
        ...(options.cursor ? { start: options.cursor } : {}),
        fetchWindow: async ({ start, end }, _inner, signal) => {
          const dates = { from: isoDate(start.getTime()), to: isoDate(end.getTime()) };
          const each = { ...callOptions, ...(signal ? { signal } : {}) };
          const [recharges, activities] = await Promise.all([
            resources.nightlyRecharge.forDates(dates, each),
            resources.activity.forDates(dates, each),
          ]);
          const days = new Map<string, PolarDay>();
          for (const recharge of recharges) days.set(recharge.date, { recharge });
          for (const activity of activities) {
            days.set(activity.date, { ...days.get(activity.date), activity });
          }
          return [...days.entries()]
            .filter(([date]) => date >= first && date <= last)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([, day]) => mapPolarDay(day));
        },
      });
    },
  };
}
