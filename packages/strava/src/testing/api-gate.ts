import { type HttpHandler, http } from 'msw';
import { stravaFault } from './errors.js';

/** What {@link createStravaApiGate} reads on every API request. */
export interface StravaApiGateOptions {
  /** The API base URL it stands before (`STRAVA_API_BASE_URL`). */
  readonly baseUrl: string;
  /** Whether the developer application is inactive (the plugin's `applicationInactive` knob). */
  readonly applicationInactive: () => boolean;
  /** Counts a request that carried a token outside the `Authorization` header. */
  readonly onTokenOutsideHeader: () => void;
}

/** Strava's answer to every API call of a lapsed developer application. */
export function stravaApplicationInactiveResponse(): Response {
  return stravaFault(403, 'Forbidden', {
    resource: 'Application',
    field: 'Status',
    code: 'Inactive',
  });
}

/** Whether the request carries `access_token` in its query or in a form body. */
async function tokenOutsideHeader(request: Request): Promise<boolean> {
  if (new URL(request.url).searchParams.has('access_token')) return true;
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(await request.clone().text());
    return form.has('access_token');
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined);
    return form?.has('access_token') ?? false;
  }
  return false;
}

/**
 * An msw handler placed before the API's routes, which answers only two cases and lets every
 * other request through to them:
 * - `applicationInactive`: `403 {"message":"Forbidden","errors":[{"resource":"Application",
 *   "field":"Status","code":"Inactive"}]}`, Strava's answer to every call of a developer app whose
 *   owner's subscription lapsed (Standard Tier, since 2026-06-30);
 * - a token in the query or a form body (`access_token`): a 401, as Strava's rule from 2027-06-01
 *   has it (tokens in the `Authorization` header only), counted in `tokensOutsideHeader`.
 *
 * @param options - The base URL, the knob and the counter.
 * @example
 * ```ts
 * const gate = createStravaApiGate({ baseUrl: STRAVA_API_BASE_URL, applicationInactive: () => knobs.applicationInactive, onTokenOutsideHeader: () => {} });
 * ```
 */
export function createStravaApiGate(options: StravaApiGateOptions): HttpHandler {
  return http.all(`${options.baseUrl}/*`, async ({ request }) => {
    if (await tokenOutsideHeader(request)) {
      options.onTokenOutsideHeader();
      return stravaFault(401, 'Authorization Error', {
        resource: 'AccessToken',
        field: 'access_token',
        code: 'invalid',
      });
    }
    if (options.applicationInactive()) return stravaApplicationInactiveResponse();
    return undefined;
  });
}
