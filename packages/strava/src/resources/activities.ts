import { type PageCursor, type Paginator, pagePaging, pickCallOptions } from '@fitlink/core';
import { STRAVA_MAX_PAGE_SIZE, STRAVA_ROUTES } from '../endpoints.js';
import type { StravaCallOptions, StravaRequester } from '../request.js';
import type { StravaDetailedActivity, StravaSummaryActivity } from '../schemas/activity.js';
import { type StravaId, stravaIdString } from '../schemas/common.js';
import type { StravaLap } from '../schemas/lap.js';
import {
  STRAVA_STREAM_KEYS,
  type StravaStreamKey,
  type StravaStreamSet,
} from '../schemas/streams.js';
import type { StravaActivityZone } from '../schemas/zones.js';

/** Options of {@link StravaActivitiesResource.list}. */
export interface StravaActivityListOptions extends StravaCallOptions {
  /** Activities that started at or after this instant (sent as `after`, epoch seconds). */
  since?: Date;
  /** Activities that started before this instant (sent as `before`, epoch seconds). */
  until?: Date;
  /** Activities per page (sent as `per_page`), at most 200. @defaultValue 200 (fewest requests) */
  pageSize?: number;
  /** A saved `paginator.cursor` to resume from. @defaultValue `{ page: 1 }` */
  cursor?: PageCursor;
  /** The most pages to fetch. @defaultValue no limit */
  maxPages?: number;
}

/** Fields of a manual activity (`POST /activities`). */
export interface StravaManualActivityInput {
  /** Title. */
  name: string;
  /** Strava sport type, such as `Run` or `WeightTraining`. */
  sportType: string;
  /** Local wall-clock start, `YYYY-MM-DDTHH:mm:ss` (Strava reads it in the athlete's zone). */
  startDateLocal: string;
  /** Duration in seconds. */
  elapsedSeconds: number;
  /** Free text. */
  description?: string;
  /** Metres. */
  distanceMetres?: number;
  /** Done on a trainer or treadmill. */
  trainer?: boolean;
  /** A commute. */
  commute?: boolean;
}

/** `GET /athlete/activities`, `GET /activities/{id}` and its laps, zones and streams, and manual creation. */
export interface StravaActivitiesResource {
  /**
   * The athlete's activities as summaries, every page of up to 200 until an empty page. With
   * `since`, Strava lists oldest first; without it, newest first.
   *
   * @example
   * ```ts
   * for await (const activity of client.activities.list({ since: new Date('2026-01-01') })) console.log(activity.name);
   * ```
   */
  list(options?: StravaActivityListOptions): Paginator<StravaSummaryActivity, PageCursor>;
  /**
   * One activity in detail (needs `activity:read`, or `activity:read_all` for Only You ones).
   *
   * @example
   * ```ts
   * const activity = await client.activities.get('154504250376823');
   * ```
   */
  get(
    id: StravaId,
    options?: StravaCallOptions & { includeAllEfforts?: boolean },
  ): Promise<StravaDetailedActivity>;
  /**
   * The activity's laps.
   *
   * @example
   * ```ts
   * const laps = await client.activities.laps(id);
   * ```
   */
  laps(id: StravaId, options?: StravaCallOptions): Promise<StravaLap[]>;
  /**
   * Time in heart-rate and power zones (Strava subscribers).
   *
   * @example
   * ```ts
   * const zones = await client.activities.zones(id);
   * ```
   */
  zones(id: StravaId, options?: StravaCallOptions): Promise<StravaActivityZone[]>;
  /**
   * The recorded streams, keyed by type (`key_by_type=true`).
   *
   * @example
   * ```ts
   * const streams = await client.activities.streams(id, { keys: ['time', 'heartrate'] });
   * ```
   */
  streams(
    id: StravaId,
    options?: StravaCallOptions & { keys?: readonly StravaStreamKey[] },
  ): Promise<StravaStreamSet>;
  /**
   * Creates a manual activity (needs `activity:write`).
   *
   * @example
   * ```ts
   * await client.activities.create({ name: 'Gym', sportType: 'WeightTraining', startDateLocal: '2026-11-20T18:00:00', elapsedSeconds: 2700 });
   * ```
   */
  create(
    input: StravaManualActivityInput,
    options?: StravaCallOptions,
  ): Promise<StravaDetailedActivity>;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Builds the activities resource over a requester. */
export function createActivitiesResource(request: StravaRequester): StravaActivitiesResource {
  const params = (id: StravaId) => ({ activityId: stravaIdString(id) });
  return {
    list(options = {}) {
      const pageSize = Math.min(options.pageSize ?? STRAVA_MAX_PAGE_SIZE, STRAVA_MAX_PAGE_SIZE);
      return pagePaging({
        pageSize,
        ...(options.cursor ? { start: options.cursor } : {}),
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        // Strava's documented rule: page until an empty page (pages can come back short early).
        fetch: (page, size, signal) =>
          request.route(STRAVA_ROUTES.athleteActivities, {
            query: {
              // `after` is exclusive; one second earlier makes `since` inclusive.
              after: options.since ? seconds(options.since) - 1 : undefined,
              before: options.until ? Math.ceil(options.until.getTime() / 1000) : undefined,
              page,
              per_page: size,
            },
            ...pickCallOptions(options),
            ...(signal ? { signal } : {}),
          }),
      });
    },
    get: (id, options = {}) =>
      request.route(STRAVA_ROUTES.activity, {
        params: params(id),
        query: { include_all_efforts: options.includeAllEfforts },
        ...pickCallOptions(options),
      }),
    laps: (id, options = {}) =>
      request.route(STRAVA_ROUTES.activityLaps, {
        params: params(id),
        ...pickCallOptions(options),
      }),
    zones: (id, options = {}) =>
      request.route(STRAVA_ROUTES.activityZones, {
        params: params(id),
        ...pickCallOptions(options),
      }),
    async streams(id, options = {}) {
      const response = await request.route(STRAVA_ROUTES.activityStreams, {
        params: params(id),
        query: { keys: (options.keys ?? STRAVA_STREAM_KEYS).join(','), key_by_type: true },
        ...pickCallOptions(options),
      });
      if (!Array.isArray(response)) return response;
      // Only with validation 'warn' or 'off' (validating re-keys the legacy array form itself):
      // re-key it by type without a second, throwing parse; unvalidated data stays unvalidated.
      return Object.fromEntries(response.map((stream) => [stream.type, stream])) as StravaStreamSet;
    },
    create: (input, options = {}) => {
      const form = new URLSearchParams({
        name: input.name,
        sport_type: input.sportType,
        start_date_local: input.startDateLocal,
        elapsed_time: String(Math.round(input.elapsedSeconds)),
      });
      if (input.description !== undefined) form.set('description', input.description);
      if (input.distanceMetres !== undefined) form.set('distance', String(input.distanceMetres));
      if (input.trainer !== undefined) form.set('trainer', input.trainer ? '1' : '0');
      if (input.commute !== undefined) form.set('commute', input.commute ? '1' : '0');
      return request.route(STRAVA_ROUTES.createActivity, {
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        ...pickCallOptions(options),
      });
    },
  };
}
