import * as z from 'zod/mini';
import { idSchema } from './wire.js';

/**
 * The body TrainingPeaks posts to a subscription's `WebhookUrl`. TrainingPeaks documents the
 * subscription but not the delivered body, so every field is optional and the parser keeps
 * whatever else arrives; fitlink fetches the changed data from the API rather than trusting
 * the body.
 */
export const trainingpeaksWebhookEventSchema = z.looseObject({
  /** `workout-created`, `workout-updated` or `workout-deleted`. */
  EventType: z.nullish(z.string()),
  /** The athlete. */
  AthleteId: z.nullish(idSchema),
  /** The workout concerned. */
  WorkoutId: z.nullish(idSchema),
  /** The subscription that matched. */
  SubscriptionId: z.nullish(z.string()),
});

/** A webhook body as received. */
export type TrainingPeaksWebhookPayload = z.infer<typeof trainingpeaksWebhookEventSchema>;
