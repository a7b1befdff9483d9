/**
 * TrainingPeaks hosts and routes. Sandbox (UAT, refreshed weekly from production) and
 * production have separate OAuth and API hosts; credentials are promoted to production only
 * after TrainingPeaks validates the integration in the sandbox.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/OAuth
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { trainingpeaksAthleteSchema } from './schemas/athlete.js';
import { trainingpeaksChangedSchema } from './schemas/changed.js';
import { trainingpeaksMetricListSchema } from './schemas/metric.js';
import {
  trainingpeaksWebhookSubscriptionListSchema,
  trainingpeaksWebhookSubscriptionSchema,
} from './schemas/webhook-subscription.js';
import { trainingpeaksWorkoutListSchema, trainingpeaksWorkoutSchema } from './schemas/workout.js';
import {
  trainingpeaksMeanMaxesSchema,
  trainingpeaksTimeInZonesSchema,
  trainingpeaksWorkoutDetailsSchema,
} from './schemas/workout-analysis.js';
import { trainingpeaksZonesSchema } from './schemas/zones.js';
import type { TrainingPeaksScope } from './scopes.js';

/** Which TrainingPeaks system to talk to. */
export type TrainingPeaksEnvironment = 'sandbox' | 'production';

/** OAuth and API origins per environment. */
export const TRAININGPEAKS_HOSTS = {
  /** The partner sandbox: test athletes, separate credentials and tokens. */
  sandbox: {
    /** Authorization and token endpoints. */
    oauth: 'https://oauth.sandbox.trainingpeaks.com',
    /** The REST API. */
    api: 'https://api.sandbox.trainingpeaks.com',
  },
  /** Production: real athletes, after TrainingPeaks approves the app. */
  production: {
    /** Authorization and token endpoints. */
    oauth: 'https://oauth.trainingpeaks.com',
    /** The REST API. */
    api: 'https://api.trainingpeaks.com',
  },
} as const;

// Every URL below exists once per environment (separate systems), so each is a record by environment.
const perEnvironment = (url: (hosts: { oauth: string; api: string }) => string) =>
  Object.freeze({
    sandbox: url(TRAININGPEAKS_HOSTS.sandbox),
    production: url(TRAININGPEAKS_HOSTS.production),
  });

/** API base URL of each environment (ends with `/`); {@link TRAININGPEAKS_ROUTES} paths are relative to it. */
export const TRAININGPEAKS_API_BASE_URL: Readonly<Record<TrainingPeaksEnvironment, string>> =
  perEnvironment((hosts) => `${hosts.api}/`);

// The authorize path is capitalised on TrainingPeaks' own pages; the token path is not.
/** Authorization endpoint of each environment. */
export const TRAININGPEAKS_AUTHORIZE_URL: Readonly<Record<TrainingPeaksEnvironment, string>> =
  perEnvironment((hosts) => `${hosts.oauth}/OAuth/Authorize`);

/** Token endpoint (code exchange and refresh) of each environment. */
export const TRAININGPEAKS_TOKEN_URL: Readonly<Record<TrainingPeaksEnvironment, string>> =
  perEnvironment((hosts) => `${hosts.oauth}/oauth/token`);

/** Deauthorize endpoint (TrainingPeaks' revocation: removes the user's authorization of the app). */
export const TRAININGPEAKS_DEAUTHORIZE_URL: Readonly<Record<TrainingPeaksEnvironment, string>> =
  perEnvironment((hosts) => `${hosts.oauth}/oauth/deauthorize`);

/**
 * Longest date range fitlink asks for in one date-range request, in days (inclusive of both
 * ends). TrainingPeaks does not publish a cap for workouts or metrics; its strength-workouts
 * endpoint caps ranges at 45 days, so fitlink stays within that.
 */
export const TRAININGPEAKS_MAX_RANGE_DAYS = 45;

/** Largest `pageSize` the changed feed (the only paged route) accepts. */
export const TRAININGPEAKS_MAX_PAGE_SIZE = 100;

/** Earliest `date` the changed feed accepts. */
export const TRAININGPEAKS_CHANGED_MIN_DATE = '2000-01-01T00:00:00Z';

/** The four URLs of one environment. */
export interface TrainingPeaksUrls {
  /** Authorization endpoint. */
  readonly authorize: string;
  /** Token endpoint. */
  readonly token: string;
  /** Deauthorize endpoint. */
  readonly deauthorize: string;
  /** API base URL (ends with `/`). */
  readonly api: string;
}

/**
 * The OAuth and API URLs of an environment.
 *
 * @param environment - `'sandbox'` or `'production'`.
 * @example
 * ```ts
 * trainingpeaksUrls('sandbox').token; // 'https://oauth.sandbox.trainingpeaks.com/oauth/token'
 * ```
 */
export function trainingpeaksUrls(environment: TrainingPeaksEnvironment): TrainingPeaksUrls {
  return {
    authorize: TRAININGPEAKS_AUTHORIZE_URL[environment],
    token: TRAININGPEAKS_TOKEN_URL[environment],
    deauthorize: TRAININGPEAKS_DEAUTHORIZE_URL[environment],
    api: TRAININGPEAKS_API_BASE_URL[environment],
  };
}

/** A route of {@link TRAININGPEAKS_ROUTES}: core's route definition, keeping its answer's schema type. */
export interface TrainingPeaksRoute<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<TrainingPeaksScope> {
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

// Each entry is a named `TrainingPeaksRoute`, so the docs show one documented type, not 15 literals.
const route = <S extends zc.$ZodType | null>(
  definition: TrainingPeaksRoute<S>,
): TrainingPeaksRoute<S> => definition;

/**
 * The API routes the client calls, relative to {@link TRAININGPEAKS_API_BASE_URL}: method,
 * path (`:name` for path parameters), the scope each needs and the schema of its answer. The
 * resources build their requests from it and the sandbox answers it.
 */
export const TRAININGPEAKS_ROUTES = defineRoutes<TrainingPeaksScope>()({
  /** `GET` the authenticated athlete's profile. */
  profile: route({
    method: 'GET',
    path: 'v1/athlete/profile',
    scope: 'athlete:profile',
    response: trainingpeaksAthleteSchema,
  }),
  /** `GET` every zone set (heart rate, power, speed) with thresholds. */
  zones: route({
    method: 'GET',
    path: 'v1/athlete/zones',
    scope: 'athlete:profile',
    response: trainingpeaksZonesSchema,
  }),
  /** `GET` one zone type (`heartrate`, `power`, `speed`). */
  zonesByType: route({
    method: 'GET',
    path: 'v1/athlete/zones/:zoneType',
    scope: 'athlete:profile',
    response: trainingpeaksZonesSchema,
  }),
  /** `GET` workouts between two local dates (inclusive). */
  workouts: route({
    method: 'GET',
    path: 'v2/workouts/:startDate/:endDate',
    scope: 'workouts:read',
    response: trainingpeaksWorkoutListSchema,
  }),
  /** `GET` one workout. */
  workout: route({
    method: 'GET',
    path: 'v2/workouts/id/:workoutId',
    scope: 'workouts:read',
    response: trainingpeaksWorkoutSchema,
  }),
  /** `GET` a completed workout's samples (premium; 204 when it has none). */
  workoutDetails: route({
    method: 'GET',
    path: 'v2/workouts/id/:workoutId/details',
    scope: 'workouts:details',
    response: trainingpeaksWorkoutDetailsSchema,
  }),
  /** `GET` a completed workout's mean-max curves (premium). */
  workoutMeanMaxes: route({
    method: 'GET',
    path: 'v2/workouts/id/:workoutId/meanmaxes',
    scope: 'workouts:details',
    response: trainingpeaksMeanMaxesSchema,
  }),
  /** `GET` a completed workout's time in zones (premium). */
  workoutTimeInZones: route({
    method: 'GET',
    path: 'v2/workouts/id/:workoutId/timeinzones',
    scope: 'workouts:details',
    response: trainingpeaksTimeInZonesSchema,
  }),
  /** `GET` workouts changed (modified or deleted) since a UTC date, paged. */
  changed: route({
    method: 'GET',
    path: 'v2/workouts/changed',
    scope: 'workouts:read',
    response: trainingpeaksChangedSchema,
  }),
  /** `POST` an activity file for asynchronous processing (202, or 422 for a duplicate; no body). */
  uploadFile: route({ method: 'POST', path: 'v3/file', scope: 'file:write', response: null }),
  /** `GET` metrics between two local dates (premium). */
  metrics: route({
    method: 'GET',
    path: 'v2/metrics/:startDate/:endDate',
    scope: 'metrics:read',
    response: trainingpeaksMetricListSchema,
  }),
  /** `GET` the app's webhook subscriptions. */
  webhookSubscriptions: route({
    method: 'GET',
    path: 'v1/webhook/subscriptions',
    scope: 'webhook:read-subscriptions',
    response: trainingpeaksWebhookSubscriptionListSchema,
  }),
  /** `POST` a new webhook subscription. */
  createWebhookSubscription: route({
    method: 'POST',
    path: 'v1/webhook/subscriptions',
    scope: 'webhook:write-subscriptions',
    response: trainingpeaksWebhookSubscriptionSchema,
  }),
  /** `PUT` a change to one webhook subscription. */
  updateWebhookSubscription: route({
    method: 'PUT',
    path: 'v1/webhook/subscriptions/:subscriptionId',
    scope: 'webhook:write-subscriptions',
    response: trainingpeaksWebhookSubscriptionSchema,
  }),
  /** `DELETE` one webhook subscription. */
  deleteWebhookSubscription: route({
    method: 'DELETE',
    path: 'v1/webhook/subscriptions/:subscriptionId',
    scope: 'webhook:write-subscriptions',
    response: null,
  }),
});
