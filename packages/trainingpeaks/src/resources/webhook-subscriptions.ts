import type { CallOptions } from '@fitlink/core';
import { pickCallOptions } from '@fitlink/core';
import { TRAININGPEAKS_ROUTES } from '../endpoints.js';
import {
  type TrainingPeaksWebhookEventType,
  type TrainingPeaksWebhookSubscription,
  trainingpeaksWebhookSubscriptionListSchema,
  trainingpeaksWebhookSubscriptionSchema,
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
  return {
    async list(options) {
      const { data } = await http.request({
        path: TRAININGPEAKS_ROUTES.webhookSubscriptions,
        schema: trainingpeaksWebhookSubscriptionListSchema,
        ...pickCallOptions(options),
      });
      return data;
    },
    async create(input, options) {
      const { data } = await http.request({
        method: 'POST',
        path: TRAININGPEAKS_ROUTES.webhookSubscriptions,
        json: {
          AthleteId: input.athleteId,
          EventType: input.eventType,
          WebhookUrl: input.webhookUrl,
        },
        schema: trainingpeaksWebhookSubscriptionSchema,
        ...pickCallOptions(options),
      });
      return data;
    },
    async update(id, input, options) {
      const { data } = await http.request({
        method: 'PUT',
        path: TRAININGPEAKS_ROUTES.webhookSubscription(id),
        json: { EventType: input.eventType, WebhookUrl: input.webhookUrl, Active: input.active },
        schema: trainingpeaksWebhookSubscriptionSchema,
        ...pickCallOptions(options),
      });
      return data;
    },
    async delete(id, options) {
      await http.request({
        method: 'DELETE',
        path: TRAININGPEAKS_ROUTES.webhookSubscription(id),
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
  };
}
