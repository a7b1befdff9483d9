/**
 * Polar's hosts and routes. The AccessLink Dynamic API v4 (the current API) lives under
 * `https://www.polaraccesslink.com/v4/data/`, with OAuth at `auth.polar.com`; the older v3
 * routes are in `v3/endpoints.ts`.
 *
 * @see https://www.polar.com/polar-api-v4/
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { polarActivityListSchema } from './schemas/activity.js';
import { polarContinuousSamplesListSchema } from './schemas/continuous-samples.js';
import { polarNightlyRechargeListSchema } from './schemas/nightly-recharge.js';
import { polarSleepListSchema } from './schemas/sleep.js';
import { polarSportListSchema } from './schemas/sport.js';
import { polarTrainingSessionListSchema } from './schemas/training-session.js';
import type { PolarScope } from './scopes.js';

/** The host of the AccessLink data API (v4 and v3). */
export const POLAR_HOST = 'www.polaraccesslink.com';

/** The host of v4's OAuth endpoints. */
export const POLAR_AUTH_HOST = 'auth.polar.com';

/** Base URL of the Dynamic API v4 data routes; {@link POLAR_ROUTES} are relative to it. */
export const POLAR_API_BASE_URL = 'https://www.polaraccesslink.com/v4/data/';

/** v4 authorization endpoint. */
export const POLAR_AUTHORIZE_URL = 'https://auth.polar.com/oauth/authorize';

/** v4 token endpoint (HTTP Basic client authentication, codes and refresh tokens). */
export const POLAR_TOKEN_URL = 'https://auth.polar.com/oauth/token';

/**
 * The longest range, in days, one v4 request may cover per collection, without `features`
 * (with `features`, one day). `to` is exclusive.
 */
export const POLAR_MAX_RANGE_DAYS = {
  /** Training sessions: 90 days. */
  trainingSessions: 90,
  /** Daily activity: 90 days. */
  activity: 90,
  /** Sleeps: 30 days. */
  sleeps: 30,
  /** Nightly Recharge: 28 days. */
  nightlyRecharge: 28,
  /** Continuous samples: 28 days. */
  continuousSamples: 28,
} as const;

/**
 * v4 has no page size: a range answer holds every record of the range. The page of a normalized
 * list is one range of {@link POLAR_MAX_RANGE_DAYS}; this is its length for training sessions.
 */
export const POLAR_MAX_PAGE_SIZE = POLAR_MAX_RANGE_DAYS.trainingSessions;

/** A route of {@link POLAR_ROUTES}: core's route definition, keeping its answer's schema type. */
export interface PolarRoute<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<PolarScope> {
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

const route = <S extends zc.$ZodType | null>(definition: PolarRoute<S>): PolarRoute<S> =>
  definition;

/**
 * The v4 data routes, relative to {@link POLAR_API_BASE_URL}: method, path, the scope Polar
 * checks and the schema of the success body. Every collection takes `from` (inclusive) and `to`
 * (exclusive) dates; `features` (a repeated key) asks for details, one day per request.
 */
export const POLAR_ROUTES = defineRoutes<PolarScope>()({
  /** `GET` training sessions of a range (≤ 90 days; one day with `features`). */
  trainingSessions: route({
    method: 'GET',
    path: 'training-sessions/list',
    scope: 'training_sessions:read',
    response: polarTrainingSessionListSchema,
  }),
  /** `GET` daily activity of a range (≤ 90 days). */
  activity: route({
    method: 'GET',
    path: 'activity/list',
    scope: 'activity:read',
    response: polarActivityListSchema,
  }),
  /** `GET` nights of a range (≤ 30 days). */
  sleeps: route({
    method: 'GET',
    path: 'sleeps',
    scope: 'sleep:read',
    response: polarSleepListSchema,
  }),
  /** `GET` Nightly Recharge results of a range (≤ 28 days). */
  nightlyRecharge: route({
    method: 'GET',
    path: 'nightly-recharge-results',
    scope: 'nightly_recharge:read',
    response: polarNightlyRechargeListSchema,
  }),
  /** `GET` continuous heart rate of a range. */
  continuousSamples: route({
    method: 'GET',
    path: 'continuous-samples',
    scope: 'continuous_samples:read',
    response: polarContinuousSamplesListSchema,
  }),
  /** `GET` the sports catalogue. */
  sports: route({
    method: 'GET',
    path: 'sports/list',
    scope: 'sports:read',
    response: polarSportListSchema,
  }),
});
