/**
 * Garmin's hosts and routes. OAuth 2 consent on `connect.garmin.com`, tokens on
 * `diauth.garmin.com`, the Health and Activity APIs under `apis.garmin.com/wellness-api/rest`;
 * the legacy OAuth 1.0a endpoints on `connectapi.garmin.com`.
 *
 * @see https://developer.garmin.com/gc-developer-program/health-api/
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import { garminPermissionsSchema, garminUserIdSchema } from './schemas/user.js';
import type { GarminScope } from './scopes.js';

/** The OAuth 2 consent page (PKCE S256; no scopes). */
export const GARMIN_AUTHORIZE_URL = 'https://connect.garmin.com/oauth2Confirm';

/** The OAuth 2 token endpoint (client id and secret in the form body). */
export const GARMIN_TOKEN_URL = 'https://diauth.garmin.com/di-oauth2-service/oauth/token';

/** Base URL of the Health and Activity APIs. */
export const GARMIN_API_BASE_URL = 'https://apis.garmin.com/wellness-api/rest/';

/**
 * The per-user OAuth 1.0a → OAuth 2 token exchange. Not in Garmin's public text: the URL is the
 * one production integrations use, and it is configurable (`tokenExchangeUrl`).
 */
export const GARMIN_TOKEN_EXCHANGE_URL =
  'https://apis.garmin.com/partner-gateway/rest/user/token-exchange';

/** OAuth 1.0a request-token endpoint (legacy, retired 2026-12-31). */
export const GARMIN_OAUTH1_REQUEST_TOKEN_URL =
  'https://connectapi.garmin.com/oauth-service/oauth/request_token';

/** OAuth 1.0a user authorization page (legacy, retired 2026-12-31). */
export const GARMIN_OAUTH1_AUTHORIZE_URL = 'https://connect.garmin.com/oauthConfirm';

/** OAuth 1.0a access-token endpoint (legacy, retired 2026-12-31). */
export const GARMIN_OAUTH1_ACCESS_TOKEN_URL =
  'https://connectapi.garmin.com/oauth-service/oauth/access_token';

/** Longest window of one callback pull, by upload time: 24 h, in seconds. */
export const GARMIN_MAX_PULL_WINDOW_SECONDS = 86_400;

/**
 * Garmin has no pages: the cap that plays that part is the callback window (24 h). Kept under
 * the shared name for tools that read `<P>_MAX_PAGE_SIZE`; it is seconds, not items.
 */
export const GARMIN_MAX_PAGE_SIZE = GARMIN_MAX_PULL_WINDOW_SECONDS;

/** A route of {@link GARMIN_ROUTES}, with the schema type of its answer. */
export interface GarminRoute<TResponse extends RouteDefinition['response']>
  extends RouteDefinition<GarminScope> {
  /** Schema of the success body, or `null` when there is none. */
  readonly response: TResponse;
}

const route = <TResponse extends RouteDefinition['response']>(
  definition: GarminRoute<TResponse>,
): GarminRoute<TResponse> => definition;

/**
 * Every fixed route fitlink calls, relative to {@link GARMIN_API_BASE_URL}. Callback pulls use
 * the ping's URL verbatim, so they are not here; backfill is `backfill/:type`. Permissions are
 * checked by fitlink before a call (Garmin's `scope` here is the permission the route needs).
 */
export const GARMIN_ROUTES = defineRoutes<GarminScope>()({
  /** The stable user id. */
  userId: route({ method: 'GET', path: 'user/id', scope: null, response: garminUserIdSchema }),
  /** The permissions the user granted. */
  permissions: route({
    method: 'GET',
    path: 'user/permissions',
    scope: null,
    response: garminPermissionsSchema,
  }),
  /** Deletes the user's registration (call it when the user deletes the account); 204. */
  deleteRegistration: route({
    method: 'DELETE',
    path: 'user/registration',
    scope: null,
    response: null,
  }),
  /** Asks for history by recording time; answers 202, the data arrives as pushes or pings. */
  backfill: route({
    method: 'GET',
    path: 'backfill/:type',
    scope: 'HISTORICAL_DATA_EXPORT',
    response: null,
  }),
});

/** The name of one route of {@link GARMIN_ROUTES}. */
export type GarminRouteName = keyof typeof GARMIN_ROUTES;
