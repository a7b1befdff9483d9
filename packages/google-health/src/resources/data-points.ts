import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  type Paginator,
  pickCallOptions,
  routePath,
  type TokenCursor,
  tokenPaging,
} from '@fitlink/core';
import { type GoogleHealthDataType, googleHealthRangeFilter } from '../data-types.js';
import {
  GOOGLE_HEALTH_MAX_PAGE_SIZE,
  GOOGLE_HEALTH_MAX_SESSION_PAGE_SIZE,
  GOOGLE_HEALTH_ROUTES,
} from '../endpoints.js';
import type {
  GoogleHealthDataPoint,
  GoogleHealthReconciledDataPoint,
} from '../schemas/data-point.js';
import type {
  GoogleHealthDailyRollupDataPoint,
  GoogleHealthRollupDataPoint,
} from '../schemas/rollup.js';

/** Options of {@link GoogleHealthDataPointsResource.list} and `reconcile`. */
export interface GoogleHealthListOptions extends CallOptions {
  /** Points from this instant (or date, for daily types) on. @defaultValue no lower bound */
  since?: Date;
  /** Points before this instant. @defaultValue no upper bound */
  until?: Date;
  /** An AIP-160 filter instead of the one built from `since`/`until`. @defaultValue built from the range */
  filter?: string;
  /**
   * Points per request. @defaultValue the largest Google allows: 25 for `exercise` and `sleep`,
   * 10,000 for every other type (fewest requests)
   */
  pageSize?: number;
  /** Stop after this many pages; `cursor` then resumes. @defaultValue no limit */
  maxPages?: number;
  /** A saved paginator cursor to resume from. @defaultValue the first page */
  cursor?: TokenCursor;
  /**
   * `reconcile` only: the source family, `all-sources`, `google-wearables` or `google-sources`.
   * @defaultValue Google's default (all sources)
   */
  dataSourceFamily?: string;
}

/** Options of {@link GoogleHealthDataPointsResource.rollUp}. */
export interface GoogleHealthRollUpOptions extends CallOptions {
  /** Range start (inclusive). */
  since: Date;
  /** Range end (exclusive); at most 90 days after `since` (14 for heart rate and calories). */
  until: Date;
  /** Window length in seconds. @defaultValue 3600 */
  windowSeconds?: number;
  /** The source family (`all-sources`, `google-wearables`, `google-sources`). @defaultValue all sources */
  dataSourceFamily?: string;
}

/** Options of {@link GoogleHealthDataPointsResource.dailyRollUp}. */
export interface GoogleHealthDailyRollUpOptions extends CallOptions {
  /** First civil date, `YYYY-MM-DD` (inclusive). */
  since: string;
  /** Last civil date, `YYYY-MM-DD` (exclusive); at most 90 days after `since` (14 for heart rate and calories). */
  until: string;
  /** Days per window. @defaultValue 1 */
  windowDays?: number;
  /** The source family. @defaultValue all sources */
  dataSourceFamily?: string;
}

/** Google Health data points of any type, in the wire shape. */
export interface GoogleHealthDataPointsResource {
  /**
   * Data points of a type in a range, newest first, every page (`pageToken` paging).
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` for a page size beyond Google's maximum.
   * @example
   * ```ts
   * for await (const point of client.dataPoints.list('steps', { since: new Date('2026-11-17T00:00:00Z') })) {
   *   console.log(point.steps?.count);
   * }
   * ```
   */
  list(
    dataType: GoogleHealthDataType,
    options?: GoogleHealthListOptions,
  ): Paginator<GoogleHealthDataPoint, TokenCursor>;
  /**
   * One identifiable data point (an exercise or a sleep) by id.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is no such point.
   * @example
   * ```ts
   * const point = await client.dataPoints.get('exercise', '5083141962461696000');
   * ```
   */
  get(
    dataType: GoogleHealthDataType,
    dataPointId: string,
    options?: CallOptions,
  ): Promise<GoogleHealthDataPoint>;
  /**
   * Data points reconciled across sources into one stream (the Fitbit app's view), newest first.
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * const points = await client.dataPoints.reconcile('heart-rate', { since, until }).toArray({ limit: 5000 });
   * ```
   */
  reconcile(
    dataType: GoogleHealthDataType,
    options?: GoogleHealthListOptions,
  ): Paginator<GoogleHealthReconciledDataPoint, TokenCursor>;
  /**
   * Rolls a type up over physical-time windows: only windows with data are returned (a window
   * with a zero sum is a true zero for steps, distance and calories).
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when the range is empty.
   * @example
   * ```ts
   * const hours = await client.dataPoints.rollUp('steps', { since, until, windowSeconds: 3600 }).toArray({ limit: 500 });
   * ```
   */
  rollUp(
    dataType: GoogleHealthDataType,
    options: GoogleHealthRollUpOptions,
  ): Paginator<GoogleHealthRollupDataPoint, TokenCursor>;
  /**
   * Rolls a type up over the user's civil days: one window per day that has data.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` for a malformed date.
   * @example
   * ```ts
   * const days = await client.dataPoints.dailyRollUp('steps', { since: '2026-11-01', until: '2026-11-18' });
   * ```
   */
  dailyRollUp(
    dataType: GoogleHealthDataType,
    options: GoogleHealthDailyRollUpOptions,
  ): Promise<GoogleHealthDailyRollupDataPoint[]>;
}

function invalid(message: string): FitlinkError {
  return new FitlinkError(`google-health: ${message}`, {
    code: ErrorCodes.invalidArgument,
    provider: 'google-health',
  });
}

/** The largest page of a type: 25 for sessions Google caps, 10,000 for the rest. */
export function maxPageSize(dataType: string): number {
  return dataType === 'exercise' || dataType === 'sleep'
    ? GOOGLE_HEALTH_MAX_SESSION_PAGE_SIZE
    : GOOGLE_HEALTH_MAX_PAGE_SIZE;
}

const civil = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw invalid(`expected a YYYY-MM-DD date, got ${JSON.stringify(text)}`);
  return { date: { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } };
};

const family = (name: string | undefined) =>
  name === undefined
    ? undefined
    : name.startsWith('users/')
      ? name
      : `users/me/dataSourceFamilies/${name}`;

/** Builds the data points resource over a connection's HTTP client. */
export function createGoogleHealthDataPoints(http: HttpClient): GoogleHealthDataPointsResource {
  const routes = GOOGLE_HEALTH_ROUTES;

  function pages<T>(
    route: typeof routes.dataPoints | typeof routes.reconcile,
    dataType: GoogleHealthDataType,
    options: GoogleHealthListOptions,
  ): Paginator<T, TokenCursor> {
    const limit = maxPageSize(dataType);
    const pageSize = options.pageSize ?? limit;
    if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= limit)) {
      throw invalid(`pageSize for ${dataType} must be an integer from 1 to ${limit}`);
    }
    const filter = options.filter ?? googleHealthRangeFilter(dataType, options);
    const dataSourceFamily =
      route === routes.reconcile ? family(options.dataSourceFamily) : undefined;
    return tokenPaging({
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
      ...(options.cursor ? { start: options.cursor } : {}),
      fetch: async (token, signal) => {
        const { data } = await http.request({
          method: route.method,
          path: routePath(route, { dataType }),
          query: { pageSize, pageToken: token, filter, dataSourceFamily },
          schema: route.response,
          ...pickCallOptions(options),
          ...(signal ? { signal } : {}),
        });
        return { items: data.dataPoints as T[], nextToken: data.nextPageToken };
      },
    });
  }

  return {
    list: (dataType, options = {}) =>
      pages<GoogleHealthDataPoint>(routes.dataPoints, dataType, options),
    reconcile: (dataType, options = {}) =>
      pages<GoogleHealthReconciledDataPoint>(routes.reconcile, dataType, options),
    async get(dataType, dataPointId, options = {}) {
      const { dataPoint } = routes;
      const { data } = await http.request({
        method: dataPoint.method,
        path: routePath(dataPoint, { dataType, dataPointId }),
        schema: dataPoint.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    rollUp(dataType, options) {
      if (!(options.since < options.until)) throw invalid('rollUp needs since before until');
      const { rollUp } = routes;
      const windowSeconds = options.windowSeconds ?? 3600;
      return tokenPaging({
        ...(options.signal ? { signal: options.signal } : {}),
        fetch: async (token, signal) => {
          const { data } = await http.request({
            method: rollUp.method,
            path: routePath(rollUp, { dataType }),
            json: {
              range: {
                startTime: options.since.toISOString(),
                endTime: options.until.toISOString(),
              },
              windowSize: `${windowSeconds}s`,
              pageSize: GOOGLE_HEALTH_MAX_PAGE_SIZE,
              ...(token ? { pageToken: token } : {}),
              ...(options.dataSourceFamily
                ? { dataSourceFamily: family(options.dataSourceFamily) }
                : {}),
            },
            // A read: safe to send again after a 5xx.
            idempotent: true,
            schema: rollUp.response,
            ...pickCallOptions(options),
            ...(signal ? { signal } : {}),
          });
          return { items: data.rollupDataPoints, nextToken: data.nextPageToken };
        },
      });
    },
    async dailyRollUp(dataType, options) {
      const { dailyRollUp } = routes;
      const { data } = await http.request({
        method: dailyRollUp.method,
        path: routePath(dailyRollUp, { dataType }),
        json: {
          range: { start: civil(options.since), end: civil(options.until) },
          windowSizeDays: options.windowDays ?? 1,
          pageSize: GOOGLE_HEALTH_MAX_PAGE_SIZE,
          ...(options.dataSourceFamily
            ? { dataSourceFamily: family(options.dataSourceFamily) }
            : {}),
        },
        idempotent: true,
        schema: dailyRollUp.response,
        ...pickCallOptions(options),
      });
      return data.rollupDataPoints;
    },
  };
}
