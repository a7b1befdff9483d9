import * as z from 'zod/mini';
import { idSchema, nullish } from './wire.js';

/** The workout events TrainingPeaks can post to a webhook. */
export const trainingpeaksWebhookEventTypes = [
  'workout-created',
  'workout-updated',
  'workout-deleted',
] as const;

/** A workout event type. */
export type TrainingPeaksWebhookEventType = (typeof trainingpeaksWebhookEventTypes)[number];

/**
 * A webhook subscription (Early Access): one athlete, one event type, one URL.
 *
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/Webhook-Create-Subscription
 */
export const trainingpeaksWebhookSubscriptionSchema = z.looseObject({
  /** Subscription id (UUID). */
  Id: z.string(),
  /** The athlete. */
  AthleteId: nullish(idSchema),
  /** The event type. */
  EventType: nullish(z.string()),
  /** Where events are posted. */
  WebhookUrl: nullish(z.string()),
  /** Whether events are sent. */
  Active: nullish(z.boolean()),
  /** Who created it. */
  CreatedBy: nullish(idSchema),
  /** When, UTC. */
  CreatedOn: nullish(z.string()),
});

/** A webhook subscription. */
export type TrainingPeaksWebhookSubscription = z.infer<
  typeof trainingpeaksWebhookSubscriptionSchema
>;

/** A list of webhook subscriptions. */
export const trainingpeaksWebhookSubscriptionListSchema = z.array(
  trainingpeaksWebhookSubscriptionSchema,
);
