import type { CallOptions, HttpClient, HttpRequestOptions } from '@fitlink/core';
import type * as zc from 'zod/v4/core';

/** Per-call options every Strava resource method accepts (core's `signal`, `timeoutMs`, `maxRateLimitWaitMs`). */
export type StravaCallOptions = CallOptions;

/** Sends Strava requests and parses answers with int64 ids kept exact. */
export interface StravaRequester {
  /** Sends a request and validates the JSON answer against `schema`. */
  json<S extends zc.$ZodType>(
    options: Omit<HttpRequestOptions, 'schema' | 'responseType'> & { schema: S },
  ): Promise<zc.output<S>>;
}

/**
 * Sends Strava requests through core's HTTP client, whose `parseJson` keeps int64 ids exact
 * and whose validation mode applies to the schema.
 */
export function createStravaRequester(http: HttpClient): StravaRequester {
  return {
    async json<S extends zc.$ZodType>(
      options: Omit<HttpRequestOptions, 'schema' | 'responseType'> & { schema: S },
    ): Promise<zc.output<S>> {
      const { data } = await http.request<S>(options);
      // ResultData<S> is output<S> for a schema; TypeScript cannot narrow the conditional here.
      return data as zc.output<S>;
    },
  };
}
