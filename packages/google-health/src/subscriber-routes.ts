import { defineRoutes } from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import type { GoogleHealthRoute } from './endpoints.js';
import {
  googleHealthOperationSchema,
  googleHealthSubscriberPageSchema,
  googleHealthSubscriptionPageSchema,
  googleHealthSubscriptionSchema,
} from './schemas/subscriber.js';
import type { GoogleHealthScope } from './scopes.js';

const route = <S extends zc.$ZodType | null>(
  definition: GoogleHealthRoute<S>,
): GoogleHealthRoute<S> => definition;

/**
 * The webhook management routes of a Cloud project, relative to the channel's base URL. They
 * need a project credential with the `cloud-platform` scope (a service account), not a user's
 * token: `scope` is `null` here because no `googlehealth.*` scope applies.
 */
export const GOOGLE_HEALTH_SUBSCRIBER_ROUTES = defineRoutes<GoogleHealthScope>()({
  /** `GET` the project's subscribers. */
  subscribers: route({
    method: 'GET',
    path: 'projects/:projectId/subscribers',
    scope: null,
    response: googleHealthSubscriberPageSchema,
  }),
  /** `POST` a subscriber (Google verifies the endpoint first); answers an operation. */
  createSubscriber: route({
    method: 'POST',
    path: 'projects/:projectId/subscribers',
    scope: null,
    response: googleHealthOperationSchema,
  }),
  /** `DELETE` a subscriber; answers an operation. */
  deleteSubscriber: route({
    method: 'DELETE',
    path: 'projects/:projectId/subscribers/:subscriberId',
    scope: null,
    response: googleHealthOperationSchema,
  }),
  /** `GET` a subscriber's per-user subscriptions. */
  subscriptions: route({
    method: 'GET',
    path: 'projects/:projectId/subscribers/:subscriberId/subscriptions',
    scope: null,
    response: googleHealthSubscriptionPageSchema,
  }),
  /** `POST` a per-user subscription (`MANUAL` subscribers). */
  createSubscription: route({
    method: 'POST',
    path: 'projects/:projectId/subscribers/:subscriberId/subscriptions',
    scope: null,
    response: googleHealthSubscriptionSchema,
  }),
  /** `DELETE` a per-user subscription. */
  deleteSubscription: route({
    method: 'DELETE',
    path: 'projects/:projectId/subscribers/:subscriberId/subscriptions/:subscriptionId',
    scope: null,
    response: null,
  }),
});
