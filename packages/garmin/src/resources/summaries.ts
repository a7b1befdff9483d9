import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  pickCallOptions,
} from '@fitlink/core';
import * as z from 'zod/mini';
import { GARMIN_MAX_PULL_WINDOW_SECONDS } from '../endpoints.js';
import type { GarminScope } from '../scopes.js';
import {
  GARMIN_ACTIVITY_API_TYPES,
  GARMIN_CALLBACK_PATHS,
  GARMIN_SUMMARY_SCHEMAS,
  type GarminSummaryMap,
  type GarminSummaryType,
} from '../summary-types.js';
import type { GarminUserResource } from './user.js';

/** The permission a summary type's data needs. */
export function garminPermissionFor(type: GarminSummaryType): GarminScope {
  return GARMIN_ACTIVITY_API_TYPES.includes(type) ? 'ACTIVITY_EXPORT' : 'HEALTH_EXPORT';
}

/** Summary pulls: the ping's callback URL, or a window by upload time. */
export interface GarminSummariesResource {
  /**
   * GETs a ping's callback URL verbatim (its query untouched) with the connection's bearer
   * token, and validates the answer as `type` summaries. The URL must be on the API's host:
   * a forged ping cannot send the token elsewhere.
   *
   * @throws {@link @fitlink/core!FitlinkError} `invalid_argument` for a URL on another host.
   * @throws {@link GarminMissingPermissionError} when the user has not granted the type's permission.
   */
  fetchCallback<T extends GarminSummaryType>(
    type: T,
    callbackUrl: string,
    options?: CallOptions,
  ): Promise<GarminSummaryMap[T][]>;
  /**
   * Pulls `type` summaries uploaded in `[since, until)`, in windows of at most 24 h with
   * timestamps in seconds (Garmin refuses milliseconds). Production apps receive pings or pushes
   * instead: Garmin does not accept pull-only integrations.
   */
  pull<T extends GarminSummaryType>(
    type: T,
    range: { since: Date; until: Date } & CallOptions,
  ): AsyncGenerator<GarminSummaryMap[T][], void, undefined>;
}

/** Creates the summaries resource. */
export function createGarminSummaries(
  http: HttpClient,
  user: GarminUserResource,
  apiBaseUrl: string,
  checkPermissions: boolean,
): GarminSummariesResource {
  const apiOrigin = new URL(apiBaseUrl).origin;
  const get = async <T extends GarminSummaryType>(
    type: T,
    url: string,
    options: CallOptions,
  ): Promise<GarminSummaryMap[T][]> => {
    if (checkPermissions) await user.requirePermissions([garminPermissionFor(type)], options);
    const { data } = await http.request({
      path: url,
      schema: z.array(GARMIN_SUMMARY_SCHEMAS[type]),
      ...pickCallOptions(options),
    });
    return data as GarminSummaryMap[T][];
  };
  return {
    fetchCallback(type, callbackUrl, options = {}) {
      let url: URL;
      try {
        url = new URL(callbackUrl);
      } catch {
        url = new URL('invalid:');
      }
      if (url.origin !== apiOrigin) {
        return Promise.reject(
          new FitlinkError(
            `A Garmin callback URL must be on ${apiOrigin}; refusing to send the token elsewhere`,
            { code: ErrorCodes.invalidArgument, provider: 'garmin' },
          ),
        );
      }
      // Verbatim: the string Garmin sent, not a rebuilt URL.
      return get(type, callbackUrl, options);
    },
    async *pull(type, range) {
      let start = Math.floor(range.since.getTime() / 1000);
      const end = Math.floor(range.until.getTime() / 1000);
      while (start < end) {
        const stop = Math.min(end, start + GARMIN_MAX_PULL_WINDOW_SECONDS);
        const url = new URL(GARMIN_CALLBACK_PATHS[type], apiBaseUrl);
        url.searchParams.set('uploadStartTimeInSeconds', String(start));
        url.searchParams.set('uploadEndTimeInSeconds', String(stop));
        yield await get(type, url.href, range);
        start = stop;
      }
    },
  };
}
