import {
  type CallOptions,
  type HttpClient,
  type HttpRequestOptions,
  type RouteDefinition,
  routePath,
} from '@fitlink/core';
import type * as zc from 'zod/v4/core';

/** Per-call options every Strava resource method accepts (core's `signal`, `timeoutMs`, `maxRateLimitWaitMs`). */
export type StravaCallOptions = CallOptions;

/** A route of `STRAVA_ROUTES` that answers with a JSON body. */
type JsonRoute = Pick<RouteDefinition, 'method' | 'path'> & { readonly response: zc.$ZodType };

/** What a route call adds to the request: path parameters, query, body, headers, call options. */
export type StravaRouteCallOptions = Omit<
  HttpRequestOptions,
  'method' | 'path' | 'schema' | 'responseType'
> & {
  /** A value for each `:name` of the route's path. */
  params?: Readonly<Record<string, string | number | bigint>>;
};

/** Sends Strava requests and parses answers with int64 ids kept exact. */
export interface StravaRequester {
  /**
   * Sends a request to a route of the table (its method, its path with `params` filled in) and
   * validates the JSON answer against the route's `response` schema.
   */
  route<R extends JsonRoute>(
    route: R,
    options?: StravaRouteCallOptions,
  ): Promise<zc.output<R['response']>>;
}

/**
 * Sends Strava requests through core's HTTP client, whose `parseJson` keeps int64 ids exact
 * and whose validation mode applies to the schema.
 */
export function createStravaRequester(http: HttpClient): StravaRequester {
  return {
    async route<R extends JsonRoute>(
      route: R,
      { params, ...options }: StravaRouteCallOptions = {},
    ): Promise<zc.output<R['response']>> {
      const { data } = await http.request<R['response']>({
        ...options,
        method: route.method,
        path: routePath(route, params),
        schema: route.response,
      });
      // ResultData<S> is output<S> for a schema; TypeScript cannot narrow the conditional here.
      return data as zc.output<R['response']>;
    },
  };
}
