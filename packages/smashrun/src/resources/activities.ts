import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  inRange,
  type PageCursor,
  type Paginator,
  pagePaging,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import * as z from 'zod/mini';
import { SMASHRUN_MAX_PAGE_SIZE, SMASHRUN_ROUTES } from '../endpoints.js';
import type {
  SmashrunActivity,
  SmashrunActivityBrief,
  SmashrunActivitySummary,
} from '../schemas/activity.js';
import type { SmashrunNotable } from '../schemas/notable.js';
import type { SmashrunSplit } from '../schemas/split.js';
import { toFromDate } from './from-date.js';

/** The styles of SmashRun's search endpoints. */
export type SmashrunSearchStyle = 'summary' | 'briefs' | 'ids' | 'extended';

/** What one search page holds, by style. */
export interface SmashrunSearchResults {
  /** Summaries. */
  summary: SmashrunActivitySummary[];
  /** Id, start, distance and duration only. */
  briefs: SmashrunActivityBrief[];
  /** Activity ids only. */
  ids: number[];
  /** Summaries with their recordings. */
  extended: SmashrunActivity[];
}

/** Options of {@link SmashrunActivitiesResource.search}. */
export interface SmashrunSearchOptions<S extends SmashrunSearchStyle> extends CallOptions {
  /** The style. @defaultValue 'summary' */
  style?: S;
  /** Only runs created or updated since this instant (sent as `fromDate`, unix seconds UTC). */
  since?: Date;
  /** Page number, from 0 (sent as `page`). @defaultValue 0 */
  page?: number;
  /** Runs per page, at most 100 (sent as `count`). @defaultValue 100 */
  pageSize?: number;
}

/** Options of {@link SmashrunActivitiesResource.list}. */
export interface SmashrunListOptions extends CallOptions {
  /**
   * Only runs created or updated since this instant (`fromDate`): the incremental sync cursor.
   * A run that started earlier but was edited since is included.
   */
  since?: Date;
  /** Leave out runs that started at or after this instant (filtered here; SmashRun has no such parameter). */
  until?: Date;
  /** Runs per request, at most 100. @defaultValue 100 (fewest requests) */
  pageSize?: number;
  /** Stop after this many pages (resume from `cursor`). */
  maxPages?: number;
  /** A saved cursor to resume from. @defaultValue `{ page: 0 }` */
  cursor?: PageCursor;
}

/** A run to upload: a SmashRun JSON run, or a TCX, GPX or FIT file. */
export type SmashrunUpload =
  | {
      /** A run in SmashRun's JSON shape. */
      json: SmashrunActivityInput;
    }
  | {
      /** A TCX document (XML text). */
      tcx: string;
    }
  | {
      /** A GPX document (XML text). */
      gpx: string;
    }
  | {
      /** A FIT file's bytes. */
      fit: Uint8Array | ArrayBuffer | Blob;
    };

/**
 * A run in SmashRun's JSON upload shape: the summary fields (distance in **km**, duration in
 * seconds, `startDateTimeLocal` with its offset) and optionally a recording as `recordingKeys`
 * plus parallel `recordingValues`.
 */
export interface SmashrunActivityInput {
  /** Local start with its offset, such as `2026-10-01T06:30:00-06:00`. */
  startDateTimeLocal: string;
  /** Distance in kilometres. */
  distance: number;
  /** Duration in seconds. */
  duration: number;
  /** `running`. @defaultValue 'running' */
  activityType?: string;
  /** Id of the run at its source, to let SmashRun spot duplicates. */
  externalId?: string;
  /** Notes. */
  notes?: string;
  /** Other summary fields (`calories`, `heartRateAverage`, `isTreadmill` …). */
  [field: string]: unknown;
  /** Names of recorded series (`clock`, `distance`, `latitude` …). */
  recordingKeys?: string[];
  /** One array per key, parallel. */
  recordingValues?: (number | null)[][];
}

/** SmashRun's activities: lists, search, one run, its splits, route, notables and recording, upload. */
export interface SmashrunActivitiesResource {
  /**
   * Every run, newest first, paged with `page`/`count` (100 per request by default) over
   * `GET /my/activities/search`; with `since`, only runs new or updated since then (`fromDate`).
   * Lazy: `for await` it, or stop early with `break` and no further page is fetched.
   *
   * @example
   * ```ts
   * for await (const run of client.activities.list({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(run.activityId, run.distance);
   * }
   * ```
   */
  list(options?: SmashrunListOptions): Paginator<SmashrunActivitySummary, PageCursor>;
  /**
   * One page of `GET /my/activities/search[/briefs|/ids|/extended]`.
   *
   * @example
   * ```ts
   * const ids = await client.activities.search({ style: 'ids', since: new Date('2026-11-01T00:00:00Z') });
   * ```
   */
  search<S extends SmashrunSearchStyle = 'summary'>(
    options?: SmashrunSearchOptions<S>,
  ): Promise<SmashrunSearchResults[S]>;
  /** Every run's summary in one answer (`GET /my/activities`, ordered by start date, newest first). */
  all(options?: CallOptions): Promise<SmashrunActivitySummary[]>;
  /**
   * One run in full, with its recording (`GET /my/activities/{id}`).
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when the run does not exist.
   */
  get(id: string | number, options?: CallOptions): Promise<SmashrunActivity>;
  /** The most recent run (`search?count=1`), or `null` when the user has none. */
  latest(options?: CallOptions): Promise<SmashrunActivitySummary | null>;
  /** Splits over every kilometre (default) or mile. */
  splits(
    id: string | number,
    options?: CallOptions & { unit?: 'km' | 'mi' },
  ): Promise<SmashrunSplit[]>;
  /** The route as a Google encoded polyline (decode it with `decodeSmashrunPolyline`), or `null` without GPS. */
  polyline(id: string | number, options?: CallOptions): Promise<string | null>;
  /** The run's notables. */
  notables(id: string | number, options?: CallOptions): Promise<SmashrunNotable[]>;
  /**
   * Uploads a run (`POST /my/activities`, needs `write_activity`). Never retried blindly.
   *
   * @returns SmashRun's answer as it is (SmashRun does not document its shape).
   * @example
   * ```ts
   * await client.activities.upload({ json: { startDateTimeLocal: '2026-11-20T07:00:00-07:00', distance: 5, duration: 1500 } });
   * ```
   */
  upload(run: SmashrunUpload, options?: CallOptions): Promise<unknown>;
}

const SEARCH_ROUTES = {
  summary: SMASHRUN_ROUTES.search,
  briefs: SMASHRUN_ROUTES.searchBriefs,
  ids: SMASHRUN_ROUTES.searchIds,
  extended: SMASHRUN_ROUTES.searchExtended,
} as const;

function checkPageSize(pageSize: number): number {
  if (!(Number.isInteger(pageSize) && pageSize > 0 && pageSize <= SMASHRUN_MAX_PAGE_SIZE)) {
    throw new FitlinkError(
      `smashrun: pageSize must be an integer from 1 to ${SMASHRUN_MAX_PAGE_SIZE}`,
      {
        code: ErrorCodes.invalidArgument,
        provider: 'smashrun',
      },
    );
  }
  return pageSize;
}

/** Creates the activities resource over a SmashRun HTTP client. */
export function createSmashrunActivities(http: HttpClient): SmashrunActivitiesResource {
  const search = async <S extends SmashrunSearchStyle = 'summary'>(
    options: SmashrunSearchOptions<S> = {},
  ): Promise<SmashrunSearchResults[S]> => {
    const route = SEARCH_ROUTES[(options.style ?? 'summary') as SmashrunSearchStyle];
    const { data } = await http.request({
      method: route.method,
      path: routePath(route),
      query: {
        page: options.page ?? 0,
        count: checkPageSize(options.pageSize ?? SMASHRUN_MAX_PAGE_SIZE),
        // fromDate, not fromDateUTC: see README "Incremental sync" for why.
        fromDate: options.since ? toFromDate(options.since) : undefined,
      },
      schema: route.response,
      ...pickCallOptions(options),
    });
    return data as SmashrunSearchResults[S];
  };

  return {
    list(options = {}) {
      const pageSize = checkPageSize(options.pageSize ?? SMASHRUN_MAX_PAGE_SIZE);
      const { until } = options;
      return pagePaging<SmashrunActivitySummary>({
        firstPage: 0,
        pageSize,
        ...(options.cursor ? { start: options.cursor } : {}),
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        fetch: async (page, size, signal) => {
          const runs = await search({
            ...options,
            ...(signal ? { signal } : {}),
            page,
            pageSize: size,
          });
          return {
            // SmashRun has no `until` parameter: runs that started at or after it are trimmed here.
            items:
              until === undefined
                ? runs
                : runs.filter((run) => inRange(run.startDateTimeLocal, { until })),
            // A short page is the last one: no request for an empty page.
            more: runs.length === size,
          };
        },
      });
    },
    search,
    async all(options = {}) {
      const route = SMASHRUN_ROUTES.activities;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async get(id, options = {}) {
      const route = SMASHRUN_ROUTES.activity;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { activityId: id }),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async latest(options = {}) {
      const [run] = await search({ ...options, pageSize: 1 });
      return run ?? null;
    },
    async splits(id, options = {}) {
      const route = SMASHRUN_ROUTES.splits;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { activityId: id, unit: options.unit ?? 'km' }),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async polyline(id, options = {}) {
      const route = SMASHRUN_ROUTES.polyline;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { activityId: id }),
        schema: z.nullable(route.response),
        // A run without GPS has no route.
        allowStatus: [404],
        ...pickCallOptions(options),
      });
      if (data === null) return null;
      const encoded = typeof data === 'string' ? data : data.polyline;
      return encoded === '' ? null : encoded;
    },
    async notables(id, options = {}) {
      const route = SMASHRUN_ROUTES.notables;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { activityId: id }),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async upload(run, options = {}) {
      const body =
        'json' in run
          ? { json: { activityType: 'running', ...run.json } }
          : 'tcx' in run
            ? { body: run.tcx, headers: { 'content-type': 'application/vnd.garmin.tcx+xml' } }
            : 'gpx' in run
              ? { body: run.gpx, headers: { 'content-type': 'application/gpx+xml' } }
              : {
                  body:
                    run.fit instanceof Uint8Array
                      ? new Blob([run.fit as Uint8Array<ArrayBuffer>])
                      : run.fit,
                  headers: { 'content-type': 'application/vnd.ant.fit' },
                };
      const route = SMASHRUN_ROUTES.uploadActivity;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        ...body,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
