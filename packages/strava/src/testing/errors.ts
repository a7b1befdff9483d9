import type { ProviderErrorAnswers } from '@fitlink/testing';
import { stravaJsonResponse } from './json.js';

/**
 * A Strava error answer: `{"message":…,"errors":[{"resource","field","code"}]}`.
 *
 * @param status - HTTP status.
 * @param message - Strava's `message` (`Bad Request`, `Authorization Error` …).
 * @param error - The one entry of `errors`.
 * @example
 * ```ts
 * stravaFault(400, 'Bad Request', { resource: 'Upload', field: 'file', code: 'missing' });
 * ```
 */
export function stravaFault(
  status: number,
  message: string,
  error: { resource: string; field: string; code: string },
): Response {
  return stravaJsonResponse({ message, errors: [error] }, { status });
}

// The resource Strava names in a 404, by route of STRAVA_ROUTES.
const NOT_FOUND_RESOURCE: Readonly<Record<string, string>> = {
  athleteStats: 'Athlete',
  upload: 'Upload',
};

/** The Strava sandbox's error answers, in Strava's shapes, for every route of the table. */
export const stravaSandboxErrors: ProviderErrorAnswers = {
  unauthorized: () =>
    stravaFault(401, 'Authorization Error', {
      resource: 'Athlete',
      field: 'access_token',
      code: 'invalid',
    }),
  // Strava answers a scope the athlete unticked with a 401 naming `<scope>_permission`.
  forbidden: ({ missing }) =>
    stravaFault(401, 'Authorization Error', {
      resource: 'AccessToken',
      field: `${missing[0] ?? 'read'}_permission`,
      code: 'missing',
    }),
  // Strava sends no Retry-After: clients must compute the wait from the windows' headers.
  rateLimited: () =>
    stravaFault(429, 'Rate Limit Exceeded', {
      resource: 'Application',
      field: 'rate limit',
      code: 'exceeded',
    }),
  notFound: ({ name }) =>
    stravaFault(404, 'Record Not Found', {
      resource: NOT_FOUND_RESOURCE[name] ?? 'Activity',
      field: 'id',
      code: 'invalid',
    }),
  badRequest: (message) =>
    stravaFault(400, 'Bad Request', { resource: 'Application', field: message, code: 'invalid' }),
};
