import * as z from 'zod/mini';
import { stravaIdSchema } from './common.js';

/**
 * A webhook event Strava POSTs to the callback URL. `updates` holds the changed fields as
 * strings (`title`, `type`, `private: "true"`); a deauthorization is an athlete update with
 * `authorized: "false"` (the string, not a boolean).
 *
 * @see https://developers.strava.com/docs/webhooks/
 */
export const stravaWebhookEventSchema = z.looseObject({
  /** `activity` or `athlete`. */
  object_type: z.enum(['activity', 'athlete']),
  /** The activity or athlete id. */
  object_id: stravaIdSchema,
  /** `create`, `update` or `delete`. */
  aspect_type: z.enum(['create', 'update', 'delete']),
  /** Changed fields, values as strings. */
  updates: z.optional(z.record(z.string(), z.unknown())),
  /** The athlete who owns the object. */
  owner_id: stravaIdSchema,
  /** The subscription the event belongs to. */
  subscription_id: stravaIdSchema,
  /** Epoch seconds. */
  event_time: z.number(),
});

/** A webhook event. */
export type StravaWebhookEvent = z.infer<typeof stravaWebhookEventSchema>;

/**
 * A push subscription, as `GET /push_subscriptions` lists it.
 *
 * @see https://developers.strava.com/docs/webhooks/#view-a-subscription
 */
export const stravaPushSubscriptionSchema = z.looseObject({
  /** Subscription id. */
  id: stravaIdSchema,
  /** The callback URL. */
  callback_url: z.optional(z.string()),
  /** The application's id. */
  application_id: z.optional(stravaIdSchema),
  /** ISO 8601. */
  created_at: z.optional(z.string()),
  /** ISO 8601. */
  updated_at: z.optional(z.string()),
});

/** A push subscription. */
export type StravaPushSubscription = z.infer<typeof stravaPushSubscriptionSchema>;

/** The answer of `POST /push_subscriptions`: the new subscription's id. */
export const stravaPushSubscriptionCreatedSchema = z.looseObject({
  /** The new subscription's id: compare it with each event's `subscription_id`. */
  id: stravaIdSchema,
});

/** The answer of `GET /push_subscriptions`: the application's subscriptions (zero or one). */
export const stravaPushSubscriptionListSchema = z.array(stravaPushSubscriptionSchema);
