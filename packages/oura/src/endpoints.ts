/**
 * Oura's hosts and routes. The API lives on `api.ouraring.com`; since 2026 apps registered on
 * the new developer portal authorize against the Curity server on `moi.ouraring.com`, whose token
 * endpoint is the only one that accepts them (the documented `api.ouraring.com/oauth/token`
 * answers `400 invalid_request`).
 *
 * @see https://cloud.ouraring.com/v2/docs
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { ouraDailyActivitySchema } from './schemas/daily-activity.js';
import { ouraDailyCardiovascularAgeSchema } from './schemas/daily-cardiovascular-age.js';
import { ouraDailyReadinessSchema } from './schemas/daily-readiness.js';
import { ouraDailyResilienceSchema } from './schemas/daily-resilience.js';
import { ouraDailySleepSchema } from './schemas/daily-sleep.js';
import { ouraDailySpo2Schema } from './schemas/daily-spo2.js';
import { ouraDailyStressSchema } from './schemas/daily-stress.js';
import { ouraHeartRateSchema } from './schemas/heart-rate.js';
import { ouraPageSchema } from './schemas/page.js';
import { ouraPersonalInfoSchema } from './schemas/personal-info.js';
import { ouraRingConfigurationSchema } from './schemas/ring-configuration.js';
import { ouraSessionSchema } from './schemas/session.js';
import { ouraSleepSchema } from './schemas/sleep.js';
import { ouraTagSchema } from './schemas/tag.js';
import {
  ouraWebhookSubscriptionListSchema,
  ouraWebhookSubscriptionSchema,
} from './schemas/webhook.js';
import { ouraWorkoutSchema } from './schemas/workout.js';
import type { OuraScope } from './scopes.js';

/** The API host. */
export const OURA_HOST = 'api.ouraring.com';

/** Base URL of the API; {@link OURA_ROUTES} are relative to it. */
export const OURA_API_BASE_URL = 'https://api.ouraring.com/';

/**
 * The issuer of Oura's authorization server (Curity) for apps of the new developer portal; its
 * OpenID discovery document is `<issuer>/.well-known/openid-configuration`.
 */
export const OURA_ISSUER = 'https://moi.ouraring.com/oauth/v2/ext/oauth-anonymous';

/** Authorization endpoint of the `moi.ouraring.com` server (cloud.ouraring.com redirects there). */
export const OURA_AUTHORIZE_URL = 'https://moi.ouraring.com/oauth/v2/ext/oauth-authorize';

/** Token endpoint for codes and refresh tokens of new-portal apps. */
export const OURA_TOKEN_URL = 'https://moi.ouraring.com/oauth/v2/ext/oauth-token';

/** The documented (legacy) authorization endpoint, for apps of the old portal. */
export const OURA_LEGACY_AUTHORIZE_URL = 'https://cloud.ouraring.com/oauth/authorize';

/** The documented (legacy) token endpoint: refuses new-portal apps with `400 invalid_request`. */
export const OURA_LEGACY_TOKEN_URL = 'https://api.ouraring.com/oauth/token';

/** The legacy revocation endpoint (`GET ?access_token=…`), used when discovery names none. */
export const OURA_REVOKE_URL = 'https://api.ouraring.com/oauth/revoke';

/**
 * Oura collections have no page size parameter: the server chooses it and `next_token` pages.
 * Kept for the one name every provider shares; `0` means "the server's".
 */
export const OURA_MAX_PAGE_SIZE = 0;

/**
 * The longest heart rate window asked for in one request, days. Practitioners chunk heart rate
 * to 30 days; Oura documents no limit (uncertain, configurable on the client).
 */
export const OURA_HEART_RATE_MAX_WINDOW_DAYS = 30;

/** A route of {@link OURA_ROUTES}: core's route definition, keeping its answer's schema type. */
export interface OuraRoute<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<OuraScope> {
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

const route = <S extends zc.$ZodType | null>(definition: OuraRoute<S>): OuraRoute<S> => definition;

/**
 * The API v2 routes, relative to {@link OURA_API_BASE_URL}: method, path (`:name` for a path
 * parameter), the scope Oura checks and the schema of the success body. Webhook subscription
 * routes take the app's `x-client-id` / `x-client-secret` headers, not a user token (`scope`
 * `null`). Resources build their requests from it, {@link mapOuraError} names a 403's scope
 * from it, and the sandbox answers it.
 */
export const OURA_ROUTES = defineRoutes<OuraScope>()({
  /** `GET` the user's personal info. */
  personalInfo: route({
    method: 'GET',
    path: 'v2/usercollection/personal_info',
    scope: 'personal',
    response: ouraPersonalInfoSchema,
  }),
  /** `GET` daily activity documents. */
  dailyActivities: route({
    method: 'GET',
    path: 'v2/usercollection/daily_activity',
    scope: 'daily',
    response: ouraPageSchema(ouraDailyActivitySchema),
  }),
  /** `GET` one daily activity document. */
  dailyActivity: route({
    method: 'GET',
    path: 'v2/usercollection/daily_activity/:documentId',
    scope: 'daily',
    response: ouraDailyActivitySchema,
  }),
  /** `GET` daily sleep scores. */
  dailySleeps: route({
    method: 'GET',
    path: 'v2/usercollection/daily_sleep',
    scope: 'daily',
    response: ouraPageSchema(ouraDailySleepSchema),
  }),
  /** `GET` one daily sleep score. */
  dailySleep: route({
    method: 'GET',
    path: 'v2/usercollection/daily_sleep/:documentId',
    scope: 'daily',
    response: ouraDailySleepSchema,
  }),
  /** `GET` daily readiness documents. */
  dailyReadinesses: route({
    method: 'GET',
    path: 'v2/usercollection/daily_readiness',
    scope: 'daily',
    response: ouraPageSchema(ouraDailyReadinessSchema),
  }),
  /** `GET` one daily readiness document. */
  dailyReadiness: route({
    method: 'GET',
    path: 'v2/usercollection/daily_readiness/:documentId',
    scope: 'daily',
    response: ouraDailyReadinessSchema,
  }),
  /** `GET` daily SpO2 documents. */
  dailySpo2s: route({
    method: 'GET',
    path: 'v2/usercollection/daily_spo2',
    scope: 'spo2Daily',
    response: ouraPageSchema(ouraDailySpo2Schema),
  }),
  /** `GET` one daily SpO2 document. */
  dailySpo2: route({
    method: 'GET',
    path: 'v2/usercollection/daily_spo2/:documentId',
    scope: 'spo2Daily',
    response: ouraDailySpo2Schema,
  }),
  /** `GET` daily stress documents. */
  dailyStresses: route({
    method: 'GET',
    path: 'v2/usercollection/daily_stress',
    scope: 'stress',
    response: ouraPageSchema(ouraDailyStressSchema),
  }),
  /** `GET` one daily stress document. */
  dailyStress: route({
    method: 'GET',
    path: 'v2/usercollection/daily_stress/:documentId',
    scope: 'stress',
    response: ouraDailyStressSchema,
  }),
  /** `GET` daily resilience documents. */
  dailyResiliences: route({
    method: 'GET',
    path: 'v2/usercollection/daily_resilience',
    scope: 'stress',
    response: ouraPageSchema(ouraDailyResilienceSchema),
  }),
  /** `GET` one daily resilience document. */
  dailyResilience: route({
    method: 'GET',
    path: 'v2/usercollection/daily_resilience/:documentId',
    scope: 'stress',
    response: ouraDailyResilienceSchema,
  }),
  /** `GET` daily cardiovascular age documents. */
  dailyCardiovascularAges: route({
    method: 'GET',
    path: 'v2/usercollection/daily_cardiovascular_age',
    scope: 'heart_health',
    response: ouraPageSchema(ouraDailyCardiovascularAgeSchema),
  }),
  /** `GET` one daily cardiovascular age document. */
  dailyCardiovascularAge: route({
    method: 'GET',
    path: 'v2/usercollection/daily_cardiovascular_age/:documentId',
    scope: 'heart_health',
    response: ouraDailyCardiovascularAgeSchema,
  }),
  /** `GET` sleep periods (several per day). */
  sleeps: route({
    method: 'GET',
    path: 'v2/usercollection/sleep',
    scope: 'daily',
    response: ouraPageSchema(ouraSleepSchema),
  }),
  /** `GET` one sleep period. */
  sleep: route({
    method: 'GET',
    path: 'v2/usercollection/sleep/:documentId',
    scope: 'daily',
    response: ouraSleepSchema,
  }),
  /** `GET` workouts. */
  workouts: route({
    method: 'GET',
    path: 'v2/usercollection/workout',
    scope: 'workout',
    response: ouraPageSchema(ouraWorkoutSchema),
  }),
  /** `GET` one workout. */
  workout: route({
    method: 'GET',
    path: 'v2/usercollection/workout/:documentId',
    scope: 'workout',
    response: ouraWorkoutSchema,
  }),
  /** `GET` sessions. */
  sessions: route({
    method: 'GET',
    path: 'v2/usercollection/session',
    scope: 'session',
    response: ouraPageSchema(ouraSessionSchema),
  }),
  /** `GET` one session. */
  session: route({
    method: 'GET',
    path: 'v2/usercollection/session/:documentId',
    scope: 'session',
    response: ouraSessionSchema,
  }),
  /** `GET` tags (enhanced tags; the older `tag` collection is superseded by it). */
  tags: route({
    method: 'GET',
    path: 'v2/usercollection/enhanced_tag',
    scope: 'tag',
    response: ouraPageSchema(ouraTagSchema),
  }),
  /** `GET` one tag. */
  tag: route({
    method: 'GET',
    path: 'v2/usercollection/enhanced_tag/:documentId',
    scope: 'tag',
    response: ouraTagSchema,
  }),
  /** `GET` heart rate readings in a `start_datetime`/`end_datetime` window. */
  heartRate: route({
    method: 'GET',
    path: 'v2/usercollection/heartrate',
    scope: 'heartrate',
    response: ouraPageSchema(ouraHeartRateSchema),
  }),
  /** `GET` the rings the user set up. */
  ringConfigurations: route({
    method: 'GET',
    path: 'v2/usercollection/ring_configuration',
    scope: 'ring_configuration',
    response: ouraPageSchema(ouraRingConfigurationSchema),
  }),
  /** `GET` one ring configuration. */
  ringConfiguration: route({
    method: 'GET',
    path: 'v2/usercollection/ring_configuration/:documentId',
    scope: 'ring_configuration',
    response: ouraRingConfigurationSchema,
  }),
  /** `GET` the app's webhook subscriptions (app credentials in headers). */
  webhookSubscriptions: route({
    method: 'GET',
    path: 'v2/webhook/subscription',
    scope: null,
    response: ouraWebhookSubscriptionListSchema,
  }),
  /** `POST` a webhook subscription; Oura first calls the callback with a challenge. */
  createWebhookSubscription: route({
    method: 'POST',
    path: 'v2/webhook/subscription',
    scope: null,
    response: ouraWebhookSubscriptionSchema,
  }),
  /** `GET` one webhook subscription. */
  webhookSubscription: route({
    method: 'GET',
    path: 'v2/webhook/subscription/:subscriptionId',
    scope: null,
    response: ouraWebhookSubscriptionSchema,
  }),
  /** `PUT` changes to a webhook subscription (`verification_token` required). */
  updateWebhookSubscription: route({
    method: 'PUT',
    path: 'v2/webhook/subscription/:subscriptionId',
    scope: null,
    response: ouraWebhookSubscriptionSchema,
  }),
  /** `DELETE` a webhook subscription (204). */
  deleteWebhookSubscription: route({
    method: 'DELETE',
    path: 'v2/webhook/subscription/:subscriptionId',
    scope: null,
    response: null,
  }),
  /** `PUT` a renewal of a webhook subscription: a new `expiration_time`. */
  renewWebhookSubscription: route({
    method: 'PUT',
    path: 'v2/webhook/subscription/renew/:subscriptionId',
    scope: null,
    response: ouraWebhookSubscriptionSchema,
  }),
});
