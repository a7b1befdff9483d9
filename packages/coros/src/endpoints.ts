/**
 * COROS' hosts and routes. OAuth and the API share one host: `open.coros.com` in production,
 * `opentest.coros.com` for COROS' staging environment (partners are given both).
 *
 * @see https://support.coros.com/hc/en-us/articles/17085887816340-Submit-an-API-Application
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import { corosActivityFitSchema, corosActivityListSchema } from './schemas/activity.js';
import { corosDailyListSchema } from './schemas/daily.js';
import { corosEnvelopeSchema } from './schemas/envelope.js';
import { corosUploadSchema, corosUploadStatusSchema } from './schemas/upload.js';
import { corosBindStateSchema, corosUserInfoSchema } from './schemas/user.js';
import type { CorosScope } from './scopes.js';

/** COROS' production host. */
export const COROS_PRODUCTION_BASE_URL = 'https://open.coros.com/';

/** COROS' staging host, for apps under review. */
export const COROS_STAGING_BASE_URL = 'https://opentest.coros.com/';

/** Base URL of the API (production): the routes of {@link COROS_ROUTES} are relative to it. */
export const COROS_API_BASE_URL = COROS_PRODUCTION_BASE_URL;

/** The consent page (`client_id, redirect_uri, response_type=code, state`), production. */
export const COROS_AUTHORIZE_URL = `${COROS_PRODUCTION_BASE_URL}oauth2/authorize`;

/** The code exchange endpoint (client id and secret in the form body), production. */
export const COROS_TOKEN_URL = `${COROS_PRODUCTION_BASE_URL}oauth2/accesstoken`;

/** The longest date range one activity list or daily query may span, in days. */
export const COROS_MAX_RANGE_DAYS = 30;

/** How far back COROS serves workouts and daily data, in days (a rolling three months). */
export const COROS_HISTORY_DAYS = 90;

/** Which COROS environment an app talks to. */
export type CorosEnvironment = 'production' | 'staging';

/** Every URL of one COROS environment. */
export interface CorosUrls {
  /** API base URL (the routes are relative to it). */
  readonly apiBaseUrl: string;
  /** Consent page. */
  readonly authorizeUrl: string;
  /** Code exchange. */
  readonly tokenUrl: string;
  /** Refresh: extends the same access token (client id and secret in the query). */
  readonly refreshUrl: string;
  /** Deauthorization (`?token=<access token>`). */
  readonly deauthorizeUrl: string;
}

/**
 * The URLs of a COROS environment.
 *
 * @param environment - `production` (`open.coros.com`) or `staging` (`opentest.coros.com`).
 * @example
 * ```ts
 * corosUrls('staging').tokenUrl; // 'https://opentest.coros.com/oauth2/accesstoken'
 * ```
 */
export function corosUrls(environment: CorosEnvironment = 'production'): CorosUrls {
  const base = environment === 'staging' ? COROS_STAGING_BASE_URL : COROS_PRODUCTION_BASE_URL;
  return {
    apiBaseUrl: base,
    authorizeUrl: `${base}oauth2/authorize`,
    tokenUrl: `${base}oauth2/accesstoken`,
    refreshUrl: `${base}oauth2/refresh-token`,
    deauthorizeUrl: `${base}oauth2/deauthorize`,
  };
}

/** A route of {@link COROS_ROUTES}, with the schema type of its answer. */
export interface CorosRoute<TResponse extends RouteDefinition['response']>
  extends RouteDefinition<CorosScope> {
  /** Schema of the success body (the `{result, message, data}` envelope). */
  readonly response: TResponse;
}

const route = <TResponse extends RouteDefinition['response']>(
  definition: CorosRoute<TResponse>,
): CorosRoute<TResponse> => definition;

/**
 * Every API route fitlink calls, relative to {@link COROS_API_BASE_URL}. Each is authenticated
 * by `token` and `openId` query parameters; COROS grants access per app, so no route names a
 * scope. Every answer is a `{result, message, data}` envelope, HTTP 200 even for errors.
 */
export const COROS_ROUTES = defineRoutes<CorosScope>()({
  /** Workouts between `startDate` and `endDate` (`YYYYMMDD`, inclusive, ≤ 30 days). */
  activities: route({
    method: 'GET',
    path: 'v2/coros/sport/list',
    scope: null,
    response: corosEnvelopeSchema(corosActivityListSchema),
  }),
  /** A fresh signed FIT URL for one workout (`labelId`, `mode`, `subMode`). */
  activityFit: route({
    method: 'GET',
    path: 'v2/coros/sport/detail/fit',
    scope: null,
    response: corosEnvelopeSchema(corosActivityFitSchema),
  }),
  /** Daily data between `startDate` and `endDate` (`YYYYMMDD`, inclusive, ≤ 30 days). */
  daily: route({
    method: 'GET',
    path: 'coros/daily/query',
    scope: null,
    response: corosEnvelopeSchema(corosDailyListSchema),
  }),
  /** Whether the account is still bound to the app. */
  bindState: route({
    method: 'GET',
    path: 'coros/bindState',
    scope: null,
    response: corosEnvelopeSchema(corosBindStateSchema),
  }),
  /** The user's basic profile. */
  userInfo: route({
    method: 'GET',
    path: 'coros/userinfosim',
    scope: null,
    response: corosEnvelopeSchema(corosUserInfoSchema),
  }),
  /** Upload a FIT file (multipart `openId` + `file`); answers an `uploadId` to poll. */
  upload: route({
    method: 'POST',
    path: 'coros/file/upload',
    scope: null,
    response: corosEnvelopeSchema(corosUploadSchema),
  }),
  /** The state of an upload (`uploadId`). */
  uploadStatus: route({
    method: 'GET',
    path: 'coros/file/upload/get',
    scope: null,
    response: corosEnvelopeSchema(corosUploadStatusSchema),
  }),
});

/** The name of one route of {@link COROS_ROUTES}. */
export type CorosRouteName = keyof typeof COROS_ROUTES;
