import * as z from 'zod/mini';
import { idSchema } from './wire.js';

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
  AthleteId: z.nullish(idSchema),
  /** The event type. */
  EventType: z.nullish(z.string()),
  /** Where events are posted. */
  WebhookUrl: z.nullish(z.string()),
  /** Whether events are sent. */
  Active: z.nullish(z.boolean()),
  /** Who created it. */
  CreatedBy: z.nullish(idSchema),
  /** When, UTC. */
  CreatedOn: z.nullish(z.string()),
});

/** A webhook subscription. */
export type TrainingPeaksWebhookSubscription = z.infer<
  typeof trainingpeaksWebhookSubscriptionSchema
>;

/** A list of webhook subscriptions. */
export const trainingpeaksWebhookSubscriptionListSchema = z.array(
  trainingpeaksWebhookSubscriptionSchema,
);
