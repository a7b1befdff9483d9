import * as z from 'zod/mini';

/** The event types WHOOP posts to an app's webhook URL. */
export const whoopWebhookEventTypes = [
  'workout.updated',
  'workout.deleted',
  'sleep.updated',
  'sleep.deleted',
  'recovery.updated',
  'recovery.deleted',
] as const;

/** A WHOOP webhook event type. */
export type WhoopWebhookEventType = (typeof whoopWebhookEventTypes)[number];

/**
 * A WHOOP webhook body: who, what changed, and a trace id. In v2, `id` is the UUID of the
 * sleep or workout; for recovery events it is the sleep's UUID, or the cycle's int64 id in the
 * older form, so both are accepted.
 *
 * @see https://developer.whoop.com/docs/developing/webhooks
 */
export const whoopWebhookEventSchema = z.looseObject({
  /** int64 WHOOP user id: find the connection with it. */
  user_id: z.number(),
  /** The changed record's id. */
  id: z.union([z.string().check(z.minLength(1)), z.number()]),
  /** What happened. */
  type: z.enum(whoopWebhookEventTypes),
  /** WHOOP's trace id, for support requests. */
  trace_id: z.optional(z.string()),
});

/** A WHOOP webhook body. */
export type WhoopWebhookEvent = z.infer<typeof whoopWebhookEventSchema>;
