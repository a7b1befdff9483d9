import {
  type CallOptions,
  createPaginator,
  type HttpClient,
  type Paginator,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import { POLAR_MAX_RANGE_DAYS, POLAR_ROUTES } from '../endpoints.js';
import type { PolarTrainingSession } from '../schemas/training-session.js';
import {
  isoDate,
  listRange,
  type PolarFeatureRangeOptions,
  type PolarListCursor,
} from './range.js';

/** The v4 training-session features (details asked for with `features`, one day per request). */
export type PolarTrainingSessionFeature =
  | 'samples'
  | 'test-results'
  | 'training-load-report'
  | 'laps'
  | 'hill-splits'
  | 'routes'
  | 'statistics'
  | 'zones'
  | 'pause-times'
  | 'strength-training-results'
  | 'comments'
  | 'physical-info';

/** Options of {@link PolarTrainingSessionsResource.listDetailed}. */
export interface PolarDetailedListOptions extends CallOptions {
  /** Start of the range (inclusive). */
  since: Date;
  /** End of the range (exclusive). */
  until: Date;
  /** The details to fetch for each day that has sessions. */
  features: readonly PolarTrainingSessionFeature[];
  /** A saved cursor of the same list, to resume. @defaultValue the range list first */
  cursor?: PolarDetailedCursor | undefined;
}

/** The cursor of {@link PolarTrainingSessionsResource.listDetailed}: dates still to read. */
export interface PolarDetailedCursor {
  /** Dates with sessions (from the range list) not yet read in detail, oldest first. */
  dates: string[];
}

/** Training sessions of the Dynamic API v4 (`training_sessions:read`). */
export interface PolarTrainingSessionsResource {
  /**
   * Sessions of a range, base data only: one request per 90 days (the range a 90-day span of
   * instants touches in local dates is 92 days: two requests). With `features`, one request
   * per day of the range: prefer {@link PolarTrainingSessionsResource.listDetailed}.
   *
   * @throws {@link @fitlink/core!ValidationError} when an answer does not match the schema.
   * @example
   * ```ts
   * for await (const session of client.trainingSessions.list({ since: new Date('2026-09-01T00:00:00Z'), until: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(session.identifier.id, session.duration);
   * }
   * ```
   */
  list(options: PolarFeatureRangeOptions): Paginator<PolarTrainingSession, PolarListCursor>;
  /**
   * Sessions of one local date, with the given features.
   *
   * @example
   * ```ts
   * const sessions = await client.trainingSessions.getDay('2026-11-20', { features: ['zones'] });
   * ```
   */
  getDay(
    date: string,
    options?: CallOptions & { features?: readonly PolarTrainingSessionFeature[] },
  ): Promise<PolarTrainingSession[]>;
  /**
   * Sessions of a range with details, in the fewest requests: the range list (without
   * features, one request per 90 days) says which dates have sessions, then one request per
   * such date asks for the features. 90 days with 40 training days: 2 + 40 requests instead of 92.
   *
   * @example
   * ```ts
   * const sessions = client.trainingSessions.listDetailed({ since, until, features: ['zones', 'statistics'] });
   * ```
   */
  listDetailed(
    options: PolarDetailedListOptions,
  ): Paginator<PolarTrainingSession, PolarDetailedCursor>;
}

/** Builds the training-sessions resource over a connection's HTTP client. */
export function createTrainingSessionsResource(http: HttpClient): PolarTrainingSessionsResource {
  const route = POLAR_ROUTES.trainingSessions;
  const getDay: PolarTrainingSessionsResource['getDay'] = async (date, options = {}) => {
    const next = isoDate(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
    const features = options.features ?? [];
    const { data } = await http.request({
      method: route.method,
      path: routePath(route),
      query: { from: date, to: next, ...(features.length > 0 ? { features: [...features] } : {}) },
      schema: route.response,
      allowEmpty: true,
      ...pickCallOptions(options),
    });
    return data?.trainingSessions ?? [];
  };
  const list: PolarTrainingSessionsResource['list'] = (options) =>
    listRange(
      http,
      route,
      (answer) => answer.trainingSessions,
      options,
      POLAR_MAX_RANGE_DAYS.trainingSessions,
    );
  return {
    list,
    getDay,
    listDetailed(options) {
      // Cursor `undefined`: the dates are not known yet; the first page lists the range.
      return createPaginator<PolarTrainingSession, PolarDetailedCursor>({
        ...(options.cursor ? { start: options.cursor } : {}),
        fetchPage: async (cursor, signal) => {
          const call = { ...pickCallOptions(options), ...(signal ? { signal } : {}) };
          let dates = cursor?.dates;
          if (dates === undefined) {
            const found = new Set<string>();
            for await (const session of list({
              since: options.since,
              until: options.until,
              ...call,
            })) {
              found.add(session.startTime.slice(0, 10));
            }
            dates = [...found].sort();
          }
          const [date, ...rest] = dates;
          if (date === undefined) return { items: [], next: undefined };
          const items = await getDay(date, { ...call, features: options.features });
          return { items, next: rest.length > 0 ? { dates: rest } : undefined };
        },
      });
    },
  };
}
