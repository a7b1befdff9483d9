/**
 * SmashRun's hosts and routes. OAuth lives on `secure.smashrun.com`, the API on
 * `api.smashrun.com/v1`; `my` stands for the authorized user (the only user an app may read).
 *
 * @see https://api.smashrun.com/v1/documentation
 * @see https://api.smashrun.com/v1/explorer
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import {
  smashrunActivityBriefListSchema,
  smashrunActivityIdListSchema,
  smashrunActivityListSchema,
  smashrunActivitySchema,
  smashrunActivitySummaryListSchema,
} from './schemas/activity.js';
import { smashrunBadgeListSchema } from './schemas/badge.js';
import { smashrunBodyWeightListSchema, smashrunBodyWeightSchema } from './schemas/body-weight.js';
import { smashrunNotableListSchema } from './schemas/notable.js';
import { smashrunPolylineSchema } from './schemas/polyline.js';
import { smashrunSplitListSchema } from './schemas/split.js';
import { smashrunStatsSchema } from './schemas/stats.js';
import { smashrunUserInfoSchema } from './schemas/user-info.js';
import type { SmashrunScope } from './scopes.js';

/** Origin of SmashRun's OAuth 2 endpoints. */
export const SMASHRUN_AUTH_BASE_URL = 'https://secure.smashrun.com';

/** The consent page (`client_id, scope, redirect_uri, response_type, state`). */
export const SMASHRUN_AUTHORIZE_URL = `${SMASHRUN_AUTH_BASE_URL}/oauth2/authenticate`;

/** The token endpoint (code exchange and refresh; client id and secret in the form body). */
export const SMASHRUN_TOKEN_URL = `${SMASHRUN_AUTH_BASE_URL}/oauth2/token`;

/** Base URL of the REST API, version 1. */
export const SMASHRUN_API_BASE_URL = 'https://api.smashrun.com/v1/';

/** Largest `count` (page size) the search endpoints accept. */
export const SMASHRUN_MAX_PAGE_SIZE = 100;

/** A route of {@link SMASHRUN_ROUTES}, with the schema type of its answer. */
export interface SmashrunRoute<TResponse extends RouteDefinition['response']>
  extends RouteDefinition<SmashrunScope> {
  /** Schema of the success body the resource validates, or `null` when there is none. */
  readonly response: TResponse;
}

// Types each route by the declared interface, so the table's docs need no line per field.
const route = <TResponse extends RouteDefinition['response']>(
  definition: SmashrunRoute<TResponse>,
): SmashrunRoute<TResponse> => definition;

/**
 * Every API route fitlink calls, relative to {@link SMASHRUN_API_BASE_URL}: method, path, the
 * scope it needs and the schema of its answer. Resources, the 403 mapping and the sandbox read it.
 */
export const SMASHRUN_ROUTES = defineRoutes<SmashrunScope>()({
  /** The user's profile and preferences. */
  userInfo: route({
    method: 'GET',
    path: 'my/userinfo',
    scope: 'read_activity',
    response: smashrunUserInfoSchema,
  }),
  /** Every activity summary in one answer, newest first. */
  activities: route({
    method: 'GET',
    path: 'my/activities',
    scope: 'read_activity',
    response: smashrunActivitySummaryListSchema,
  }),
  /** Upload a run (JSON, TCX, GPX or FIT); the answer is not documented, so not validated. */
  uploadActivity: route({
    method: 'POST',
    path: 'my/activities',
    scope: 'write_activity',
    response: null,
  }),
  /** Summaries new or updated since `fromDate`, paged by `page`/`count`. */
  search: route({
    method: 'GET',
    path: 'my/activities/search',
    scope: 'read_activity',
    response: smashrunActivitySummaryListSchema,
  }),
  /** `search` in the `briefs` style: id, start, distance and duration. */
  searchBriefs: route({
    method: 'GET',
    path: 'my/activities/search/briefs',
    scope: 'read_activity',
    response: smashrunActivityBriefListSchema,
  }),
  /** `search` in the `ids` style: activity ids only. */
  searchIds: route({
    method: 'GET',
    path: 'my/activities/search/ids',
    scope: 'read_activity',
    response: smashrunActivityIdListSchema,
  }),
  /** `search` in the `extended` style: summaries with their recordings. */
  searchExtended: route({
    method: 'GET',
    path: 'my/activities/search/extended',
    scope: 'read_activity',
    response: smashrunActivityListSchema,
  }),
  /** One activity in full (extended, with the recording). */
  activity: route({
    method: 'GET',
    path: 'my/activities/:activityId',
    scope: 'read_activity',
    response: smashrunActivitySchema,
  }),
  /** Splits over every kilometre or mile (`:unit` is `km` or `mi`). */
  splits: route({
    method: 'GET',
    path: 'my/activities/:activityId/splits/:unit',
    scope: 'read_activity',
    response: smashrunSplitListSchema,
  }),
  /** The route as a Google encoded polyline (404 for a run without GPS). */
  polyline: route({
    method: 'GET',
    path: 'my/activities/:activityId/polyline',
    scope: 'read_activity',
    response: smashrunPolylineSchema,
  }),
  /** Achievements of a run against the runs before it. */
  notables: route({
    method: 'GET',
    path: 'my/activities/:activityId/notables',
    scope: 'read_activity',
    response: smashrunNotableListSchema,
  }),
  /** Lifetime statistics. */
  stats: route({
    method: 'GET',
    path: 'my/stats',
    scope: 'read_activity',
    response: smashrunStatsSchema,
  }),
  /** One year's statistics. */
  statsYear: route({
    method: 'GET',
    path: 'my/stats/:year',
    scope: 'read_activity',
    response: smashrunStatsSchema,
  }),
  /** One month's statistics (`:month` is 1–12). */
  statsMonth: route({
    method: 'GET',
    path: 'my/stats/:year/:month',
    scope: 'read_activity',
    response: smashrunStatsSchema,
  }),
  /** Badges earned. */
  badges: route({
    method: 'GET',
    path: 'my/badges',
    scope: 'read_activity',
    response: smashrunBadgeListSchema,
  }),
  /** Body weight recordings. */
  bodyWeight: route({
    method: 'GET',
    path: 'my/body/weight',
    scope: 'read_activity',
    response: smashrunBodyWeightListSchema,
  }),
  /** The latest body weight recording (404 or `null` when there is none). */
  bodyWeightLatest: route({
    method: 'GET',
    path: 'my/body/weight/latest',
    scope: 'read_activity',
    response: smashrunBodyWeightSchema,
  }),
  /** Record a body weight; answers 204 without a body. */
  recordBodyWeight: route({
    method: 'POST',
    path: 'my/body/weight',
    scope: 'write_activity',
    response: null,
  }),
});

/** The name of one route of {@link SMASHRUN_ROUTES}. */
export type SmashrunRouteName = keyof typeof SMASHRUN_ROUTES;
