import type { CallOptions } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { TRAININGPEAKS_ROUTES } from '../endpoints.js';
import type {
  TrainingPeaksWebhookEventType,
  TrainingPeaksWebhookSubscription,
} from '../schemas/webhook-subscription.js';
import type { TrainingPeaksContext } from './context.js';

/** A new subscription. */
export interface TrainingPeaksSubscriptionInput {
  /** The athlete to receive events for. */
  athleteId: string | number;
  /** The event type. */
  eventType: TrainingPeaksWebhookEventType;
  /** The URL TrainingPeaks posts to; add an unguessable token to it (see `verifyTrainingPeaksWebhook`). */
  webhookUrl: string;
}

/** A subscription change. */
export interface TrainingPeaksSubscriptionUpdate {
  /** The event type. */
  eventType: TrainingPeaksWebhookEventType;
  /** The URL. */
  webhookUrl: string;
  /** Whether events are sent. */
  active: boolean;
}

/** `client.webhookSubscriptions` (Early Access; scopes `webhook:read-subscriptions`, `webhook:write-subscriptions`). */
export interface TrainingPeaksWebhookSubscriptionsResource {
  /**
   * Lists the app's subscriptions.
   *
   * @example
   * ```ts
   * const subscriptions = await client.webhookSubscriptions.list();
   * ```
   */
  list(options?: CallOptions): Promise<TrainingPeaksWebhookSubscription[]>;
  /**
   * Subscribes a URL to one event type of one athlete.
   *
   * @example
   * ```ts
   * await client.webhookSubscriptions.create({ athleteId, eventType: 'workout-created', webhookUrl });
   * ```
   */
  create(
    input: TrainingPeaksSubscriptionInput,
    options?: CallOptions,
  ): Promise<TrainingPeaksWebhookSubscription>;
  /**
   * Changes a subscription's event type, URL or active flag.
   *
   * @example
   * ```ts
   * await client.webhookSubscriptions.update(id, { eventType: 'workout-updated', webhookUrl, active: false });
   * ```
   */
  update(
    id: string,
    input: TrainingPeaksSubscriptionUpdate,
    options?: CallOptions,
  ): Promise<TrainingPeaksWebhookSubscription>;
  /**
   * Deletes a subscription.
   *
   * @example
   * ```ts
   * await client.webhookSubscriptions.delete(id);
   * ```
   */
  delete(id: string, options?: CallOptions): Promise<void>;
}

/** Builds `client.webhookSubscriptions`. */
export function createWebhookSubscriptionsResource(
  context: TrainingPeaksContext,
): TrainingPeaksWebhookSubscriptionsResource {
  const { http } = context;
  const routes = TRAININGPEAKS_ROUTES;
  return {
    async list(options) {
      const route = routes.webhookSubscriptions;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async create(input, options) {
      const route = routes.createWebhookSubscription;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        json: {
          AthleteId: input.athleteId,
          EventType: input.eventType,
          WebhookUrl: input.webhookUrl,
        },
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async update(id, input, options) {
      const route = routes.updateWebhookSubscription;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { subscriptionId: id }),
        json: { EventType: input.eventType, WebhookUrl: input.webhookUrl, Active: input.active },
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async delete(id, options) {
      const route = routes.deleteWebhookSubscription;
      await http.request({
        method: route.method,
        path: routePath(route, { subscriptionId: id }),
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
  };
}
