/**
 * Google Health API hosts and routes. The API is `health.googleapis.com/v4` (stable) or
 * `/v4beta` (public beta, a superset that may break); OAuth is Google's own. Routes are relative
 * to the channel's base URL, for the signed-in user (`users/me`). The Fitbit Web API and its
 * OAuth endpoints answer 410 since 2026-11-02 and are not implemented (see `fitbit-migration.ts`).
 *
 * @see https://developers.google.com/health/endpoints
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { GOOGLE_HEALTH_DATA_TYPES } from './data-types.js';
import {
  googleHealthDataPointPageSchema,
  googleHealthDataPointSchema,
  googleHealthReconciledPageSchema,
} from './schemas/data-point.js';
import {
  googleHealthDailyRollUpResponseSchema,
  googleHealthRollUpResponseSchema,
} from './schemas/rollup.js';
import { googleHealthIdentitySchema, googleHealthProfileSchema } from './schemas/user.js';
import {
  GOOGLE_HEALTH_ACTIVITY_SCOPE,
  GOOGLE_HEALTH_METRICS_SCOPE,
  GOOGLE_HEALTH_PROFILE_SCOPE,
  GOOGLE_HEALTH_SCOPES,
  GOOGLE_HEALTH_SLEEP_SCOPE,
  type GoogleHealthScope,
} from './scopes.js';

/** The API host. */
export const GOOGLE_HEALTH_HOST = 'health.googleapis.com';

/** An API channel: `v4` (stable) or `v4beta` (public beta, may break). */
export type GoogleHealthChannel = 'v4' | 'v4beta';

/** Base URL of the stable `v4` channel; {@link GOOGLE_HEALTH_ROUTES} are relative to it. */
export const GOOGLE_HEALTH_API_BASE_URL = 'https://health.googleapis.com/v4/';

/**
 * The base URL of a channel.
 *
 * @param channel - `v4` or `v4beta`.
 * @returns `https://health.googleapis.com/<channel>/`.
 */
export function googleHealthApiBaseUrl(channel: GoogleHealthChannel = 'v4'): string {
  return `https://${GOOGLE_HEALTH_HOST}/${channel}/`;
}

/** Google's authorization endpoint (OAuth 2.0 for web server and installed apps). */
export const GOOGLE_HEALTH_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';

/** Google's token endpoint. */
export const GOOGLE_HEALTH_TOKEN_URL = 'https://oauth2.googleapis.com/token';

/** Google's revocation endpoint (RFC 7009 style, `token` in the form body). */
export const GOOGLE_HEALTH_REVOKE_URL = 'https://oauth2.googleapis.com/revoke';

/** The largest `pageSize` of data point lists and roll-ups. */
export const GOOGLE_HEALTH_MAX_PAGE_SIZE = 10_000;

/** The largest `pageSize` for `exercise` and `sleep` lists. */
export const GOOGLE_HEALTH_MAX_SESSION_PAGE_SIZE = 25;

/** A route of {@link GOOGLE_HEALTH_ROUTES}: core's route definition, keeping its answer's schema type. */
export interface GoogleHealthRoute<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<GoogleHealthScope> {
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

const route = <S extends zc.$ZodType | null>(
  definition: GoogleHealthRoute<S>,
): GoogleHealthRoute<S> => definition;

/** Any of the data scopes: the route's data type decides which one Google checks. */
const DATA_SCOPES: readonly GoogleHealthScope[] = [
  GOOGLE_HEALTH_ACTIVITY_SCOPE,
  GOOGLE_HEALTH_METRICS_SCOPE,
  GOOGLE_HEALTH_SLEEP_SCOPE,
];

/**
 * The API routes, relative to the channel's base URL: method, path (`:dataType` is a kebab-case
 * data type), the scopes Google accepts (any one of them; per data type see
 * `GOOGLE_HEALTH_DATA_TYPES`) and the success body's schema. Resources build requests from it,
 * the 403 mapper names the missing scope from it, and the sandbox answers it.
 */
export const GOOGLE_HEALTH_ROUTES = defineRoutes<GoogleHealthScope>()({
  /** `GET` data points of a type, newest first, `pageSize`/`pageToken`/`filter`. */
  dataPoints: route({
    method: 'GET',
    path: 'users/me/dataTypes/:dataType/dataPoints',
    scope: DATA_SCOPES,
    response: googleHealthDataPointPageSchema,
  }),
  /** `GET` one identifiable data point (exercise, sleep …). */
  dataPoint: route({
    method: 'GET',
    path: 'users/me/dataTypes/:dataType/dataPoints/:dataPointId',
    scope: DATA_SCOPES,
    response: googleHealthDataPointSchema,
  }),
  /** `GET` data points reconciled across sources into one stream. */
  reconcile: route({
    method: 'GET',
    path: 'users/me/dataTypes/:dataType/dataPoints:reconcile',
    scope: DATA_SCOPES,
    response: googleHealthReconciledPageSchema,
  }),
  /** `POST` a roll-up over physical-time windows (≤ 90 days; 14 for heart rate and calories). */
  rollUp: route({
    method: 'POST',
    path: 'users/me/dataTypes/:dataType/dataPoints:rollUp',
    scope: DATA_SCOPES,
    response: googleHealthRollUpResponseSchema,
  }),
  /** `POST` a roll-up over civil days (≤ 90 days; 14 for heart rate and calories). */
  dailyRollUp: route({
    method: 'POST',
    path: 'users/me/dataTypes/:dataType/dataPoints:dailyRollUp',
    scope: DATA_SCOPES,
    response: googleHealthDailyRollUpResponseSchema,
  }),
  /** `GET` the identity: Google Health user id and legacy Fitbit user id. Any Google Health scope. */
  identity: route({
    method: 'GET',
    path: 'users/me/identity',
    scope: Object.keys(GOOGLE_HEALTH_SCOPES) as GoogleHealthScope[],
    response: googleHealthIdentitySchema,
  }),
  /** `GET` the profile. */
  profile: route({
    method: 'GET',
    path: 'users/me/profile',
    scope: GOOGLE_HEALTH_PROFILE_SCOPE,
    response: googleHealthProfileSchema,
  }),
});

/** The scope that reads a data type. */
export function googleHealthScopeOf(dataType: string): GoogleHealthScope | undefined {
  return (GOOGLE_HEALTH_DATA_TYPES as Record<string, { scope: GoogleHealthScope }>)[dataType]
    ?.scope;
}
