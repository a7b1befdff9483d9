import {
  type CallOptions,
  type Clock,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  ProviderError,
  pickCallOptions,
  routePath,
  systemClock,
} from '@fitlink/core';
import { GARMIN_ROUTES } from '../endpoints.js';
import { GARMIN_BACKFILL_DAYS_PER_MINUTE } from '../rate-limit.js';
import {
  GARMIN_ACTIVITY_API_TYPES,
  GARMIN_CALLBACK_PATHS,
  type GarminSummaryType,
} from '../summary-types.js';
import { garminPermissionFor } from './summaries.js';
import type { GarminUserResource } from './user.js';

const DAY_SECONDS = 86_400;

/**
 * Default days per backfill request: 30 for the Activity API's types, 90 for the Health API's.
 * Garmin's texts disagree (the Activity API v1.2.3 says 30 days, a production integration sends
 * 89-day batches); both are configurable with `maxDaysPerRequest`.
 */
export const GARMIN_BACKFILL_MAX_DAYS = {
  /** Activity API types (`activities`, `activityDetails`, `moveIQActivities` …). */
  activity: 30,
  /** Health API types (`dailies`, `sleeps`, `hrv` …). */
  health: 90,
} as const;

/** The outcome of one backfill window. */
export interface GarminBackfillWindow {
  /** The summary type. */
  readonly type: GarminSummaryType;
  /** Window start (recording time), inclusive. */
  readonly since: Date;
  /** Window end, exclusive. */
  readonly until: Date;
  /**
   * `accepted` (202: the data will arrive as pushes or pings), `duplicate` (409: already
   * requested, so covered) or `before-minimum` (Garmin's "before minimum start time": nothing
   * older exists to send, so covered).
   */
  readonly status: 'accepted' | 'duplicate' | 'before-minimum';
}

/** Options of {@link GarminBackfillResource.request}. */
export interface GarminBackfillOptions extends CallOptions {
  /** The summary types to backfill. */
  types: readonly GarminSummaryType[];
  /** Start of the range (recording time), inclusive. */
  since: Date;
  /** End of the range, exclusive. @defaultValue the client's clock */
  until?: Date;
  /** Days per request. @defaultValue {@link GARMIN_BACKFILL_MAX_DAYS} (30 activity, 90 health) */
  maxDaysPerRequest?: number;
  /**
   * Days of data the app may request per minute (Garmin counts backfill in days: evaluation
   * keys 100, production 10,000).
   * @defaultValue 100 (evaluation)
   */
  daysPerMinute?: number;
  /** Called after each window. */
  onWindow?(window: GarminBackfillWindow): void;
}

/** Backfill: history arrives later as ordinary pushes or pings. */
export interface GarminBackfillResource {
  /**
   * Requests `[since, until)` for each type, split into windows of `maxDaysPerRequest` days,
   * newest first, pacing the requests to the days-per-minute budget. A 409 (already requested)
   * and "before minimum start time" count as covered, not as failures. Needs the user's
   * `HISTORICAL_DATA_EXPORT` permission (off by default on the consent screen).
   *
   * @returns Every window with its outcome.
   * @throws {@link GarminMissingPermissionError} before any request when a permission is missing.
   */
  request(options: GarminBackfillOptions): Promise<GarminBackfillWindow[]>;
}

/** Whether an error answer means "before the minimum start time" (covered). */
const beforeMinimum = (error: unknown): boolean =>
  error instanceof ProviderError &&
  error.status === 400 &&
  /min(imum)?\s*start\s*time/i.test(error.bodyExcerpt ?? error.message);

/** Creates the backfill resource. */
export function createGarminBackfill(
  http: HttpClient,
  user: GarminUserResource,
  options: { clock?: Clock; checkPermissions: boolean },
): GarminBackfillResource {
  const clock = options.clock ?? systemClock;
  return {
    async request(settings) {
      const until = settings.until ?? new Date(clock.now());
      if (!(settings.since.getTime() < until.getTime())) {
        throw new FitlinkError('backfill needs since before until', {
          code: ErrorCodes.invalidArgument,
          provider: 'garmin',
        });
      }
      if (options.checkPermissions) {
        const needed = new Set([
          'HISTORICAL_DATA_EXPORT' as const,
          ...settings.types.map(garminPermissionFor),
        ]);
        await user.requirePermissions([...needed], settings);
      }
      const perMinute = settings.daysPerMinute ?? GARMIN_BACKFILL_DAYS_PER_MINUTE.evaluation;
      const spent: { at: number; days: number }[] = [];
      const windows: GarminBackfillWindow[] = [];
      for (const type of settings.types) {
        const maxDays =
          settings.maxDaysPerRequest ??
          (GARMIN_ACTIVITY_API_TYPES.includes(type)
            ? GARMIN_BACKFILL_MAX_DAYS.activity
            : GARMIN_BACKFILL_MAX_DAYS.health);
        let end = Math.floor(until.getTime() / 1000);
        const start = Math.floor(settings.since.getTime() / 1000);
        while (end > start) {
          const from = Math.max(start, end - maxDays * DAY_SECONDS);
          const days = (end - from) / DAY_SECONDS;
          // The days-of-data budget: wait until the last minute's requests leave room.
          for (;;) {
            const now = clock.now();
            while (spent.length > 0 && (spent[0]?.at ?? 0) <= now - 60_000) spent.shift();
            const used = spent.reduce((sum, entry) => sum + entry.days, 0);
            if (used + days <= perMinute || spent.length === 0) break;
            // The client's clock waits (a fake clock in tests takes no time).
            await clock.sleep((spent[0]?.at ?? now) + 60_000 - now, settings.signal);
          }
          spent.push({ at: clock.now(), days });
          let status: GarminBackfillWindow['status'] = 'accepted';
          try {
            await http.request({
              path: routePath(GARMIN_ROUTES.backfill, { type: GARMIN_CALLBACK_PATHS[type] }),
              query: { summaryStartTimeInSeconds: from, summaryEndTimeInSeconds: end },
              responseType: 'none',
              ...pickCallOptions(settings),
            });
          } catch (error) {
            if (error instanceof ProviderError && error.status === 409) status = 'duplicate';
            else if (beforeMinimum(error)) status = 'before-minimum';
            else throw error;
          }
          const window = {
            type,
            since: new Date(from * 1000),
            until: new Date(end * 1000),
            status,
          };
          windows.push(window);
          settings.onWindow?.(window);
          // Nothing older exists: the rest of this type's range is covered too.
          if (status === 'before-minimum') break;
          end = from;
        }
      }
      return windows;
    },
  };
}
