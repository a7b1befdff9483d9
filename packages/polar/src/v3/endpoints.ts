/**
 * AccessLink v3 hosts and routes: the older API, kept for apps registered on it. New apps use
 * the Dynamic API v4 (`POLAR_ROUTES`).
 *
 * @see https://www.polar.com/accesslink-api/
 */
import { defineRoutes, type RouteDefinition } from '@fitlink/core';
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import {
  polarV3ExerciseLinksSchema,
  polarV3ExerciseSchema,
  polarV3HashedExerciseSchema,
  polarV3TransactionSchema,
  polarV3UserSchema,
} from '../schemas/v3-exercise.js';
import { polarV3CreatedWebhookSchema, polarV3WebhookInfoSchema } from '../schemas/v3-webhook.js';

/** v3's single scope. */
export type PolarV3Scope = 'accesslink.read_all';

/** Base URL of the v3 API; {@link POLAR_V3_ROUTES} are relative to it. */
export const POLAR_V3_API_BASE_URL = 'https://www.polaraccesslink.com/';

/** v3 authorization endpoint. */
export const POLAR_V3_AUTHORIZE_URL = 'https://flow.polar.com/oauth2/authorization';

/** v3 token endpoint (HTTP Basic; no refresh tokens). */
export const POLAR_V3_TOKEN_URL = 'https://polarremote.com/v2/oauth2/token';

/** A route of {@link POLAR_V3_ROUTES}. */
export interface PolarV3Route<S extends zc.$ZodType | null = zc.$ZodType | null>
  extends RouteDefinition<PolarV3Scope> {
  /** Schema of a successful answer's JSON body, or `null` when it has none. */
  readonly response: S;
}

const route = <S extends zc.$ZodType | null>(definition: PolarV3Route<S>): PolarV3Route<S> =>
  definition;

/** The v3 routes the v3 client calls, relative to {@link POLAR_V3_API_BASE_URL}. */
export const POLAR_V3_ROUTES = defineRoutes<PolarV3Scope>()({
  /** `POST` registers the user with the client (`{"member-id"}`); 409 when already registered. */
  registerUser: route({
    method: 'POST',
    path: 'v3/users',
    scope: 'accesslink.read_all',
    response: polarV3UserSchema,
  }),
  /** `GET` the registered user's basic information. */
  user: route({
    method: 'GET',
    path: 'v3/users/:userId',
    scope: 'accesslink.read_all',
    response: polarV3UserSchema,
  }),
  /** `DELETE` de-registers the user (their tokens stop working); 204. */
  deleteUser: route({
    method: 'DELETE',
    path: 'v3/users/:userId',
    scope: 'accesslink.read_all',
    response: null,
  }),
  /** `GET` exercises of the last 30 days uploaded after registration (non-transactional). */
  exercises: route({
    method: 'GET',
    path: 'v3/exercises',
    scope: 'accesslink.read_all',
    response: z.array(polarV3HashedExerciseSchema),
  }),
  /** `GET` one exercise by its hashed id. */
  exercise: route({
    method: 'GET',
    path: 'v3/exercises/:exerciseId',
    scope: 'accesslink.read_all',
    response: polarV3HashedExerciseSchema,
  }),
  /** `POST` opens an exercise transaction: 201 with its location, 204 when nothing is new. Deprecated 2025-08-18. */
  createTransaction: route({
    method: 'POST',
    path: 'v3/users/:userId/exercise-transactions',
    scope: 'accesslink.read_all',
    response: polarV3TransactionSchema,
  }),
  /** `GET` links to a transaction's exercises. Deprecated 2025-08-18. */
  transaction: route({
    method: 'GET',
    path: 'v3/users/:userId/exercise-transactions/:transactionId',
    scope: 'accesslink.read_all',
    response: polarV3ExerciseLinksSchema,
  }),
  /** `GET` one exercise of a transaction. Deprecated 2025-08-18. */
  transactionExercise: route({
    method: 'GET',
    path: 'v3/users/:userId/exercise-transactions/:transactionId/exercises/:exerciseId',
    scope: 'accesslink.read_all',
    response: polarV3ExerciseSchema,
  }),
  /** `PUT` commits a transaction: Polar then deletes its data. Deprecated 2025-08-18. */
  commitTransaction: route({
    method: 'PUT',
    path: 'v3/users/:userId/exercise-transactions/:transactionId',
    scope: 'accesslink.read_all',
    response: null,
  }),
});

/**
 * v3 webhook management routes, relative to {@link POLAR_V3_API_BASE_URL}. They take the
 * client's id and secret in HTTP Basic, not a user token (`scope` is `null`). One webhook per
 * client.
 */
export const POLAR_V3_WEBHOOK_ROUTES = defineRoutes<PolarV3Scope>()({
  /** `POST` creates the webhook (`{ events, url }`); 201 with its signing key, 409 if one exists. */
  createWebhook: route({
    method: 'POST',
    path: 'v3/webhooks',
    scope: null,
    response: polarV3CreatedWebhookSchema,
  }),
  /** `GET` the client's webhook. */
  webhooks: route({
    method: 'GET',
    path: 'v3/webhooks',
    scope: null,
    response: polarV3WebhookInfoSchema,
  }),
  /** `PATCH` changes its events or URL. */
  updateWebhook: route({
    method: 'PATCH',
    path: 'v3/webhooks/:webhookId',
    scope: null,
    response: polarV3WebhookInfoSchema,
  }),
  /** `DELETE` removes it; 204. */
  deleteWebhook: route({
    method: 'DELETE',
    path: 'v3/webhooks/:webhookId',
    scope: null,
    response: null,
  }),
  /** `POST` activates it again (200; 204 when there is none). */
  activateWebhook: route({
    method: 'POST',
    path: 'v3/webhooks/activate',
    scope: null,
    response: null,
  }),
  /** `POST` deactivates it (200; 204 when there is none). */
  deactivateWebhook: route({
    method: 'POST',
    path: 'v3/webhooks/deactivate',
    scope: null,
    response: null,
  }),
});
