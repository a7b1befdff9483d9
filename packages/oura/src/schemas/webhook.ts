import * as z from 'zod/mini';

/** The data types a webhook subscription can name (`ExtApiV2DataType`). */
export const OURA_WEBHOOK_DATA_TYPES = [
  'tag',
  'enhanced_tag',
  'workout',
  'session',
  'sleep',
  'daily_sleep',
  'daily_readiness',
  'daily_activity',
  'daily_spo2',
  'sleep_time',
  'rest_mode_period',
  'ring_configuration',
  'daily_stress',
  'daily_cycle_phases',
  'activation_status',
  'daily_cardiovascular_age',
  'daily_resilience',
  'vo2_max',
  'period_start',
  'pregnancy',
  'fertile_window',
  'ovulation_confirmed',
  'blood_glucose',
] as const;

/** A data type of a webhook subscription. */
export type OuraWebhookDataType = (typeof OURA_WEBHOOK_DATA_TYPES)[number];

/** What happened to a document: `create`, `update` or `delete` (`WebhookOperation`). */
export type OuraWebhookOperation = 'create' | 'update' | 'delete';

/** What happened to a document (`WebhookOperation`): `create`, `update` or `delete`. */
export const ouraWebhookOperationSchema = z.union([
  z.literal('create'),
  z.literal('update'),
  z.literal('delete'),
]);

/**
 * A webhook subscription (`WebhookSubscriptionModel`). Subscriptions expire at
 * `expiration_time` and must be renewed before.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Webhook-Subscription-Routes
 */
export const ouraWebhookSubscriptionSchema = z.looseObject({
  /** Subscription id. */
  id: z.string(),
  /** Where Oura posts events. */
  callback_url: z.string(),
  /** The operation subscribed to. */
  event_type: ouraWebhookOperationSchema,
  /** The data type subscribed to (a string: Oura adds types). */
  data_type: z.string(),
  /** When the subscription expires, ISO 8601. */
  expiration_time: z.string(),
});

/** A webhook subscription. */
export type OuraWebhookSubscription = z.infer<typeof ouraWebhookSubscriptionSchema>;

/** The list of the app's webhook subscriptions (a bare JSON array). */
export const ouraWebhookSubscriptionListSchema = z.array(ouraWebhookSubscriptionSchema);

/**
 * A webhook event Oura posts about one document, about 30 s after the user's app synced.
 *
 * @see https://cloud.ouraring.com/v2/docs#tag/Webhook-Subscription-Routes
 */
export const ouraWebhookEventSchema = z.looseObject({
  /** `create`, `update` or `delete`. */
  event_type: ouraWebhookOperationSchema,
  /** The data type of the document. */
  data_type: z.string(),
  /** The document id: fetch it from the data type's collection. */
  object_id: z.string(),
  /** When the event happened, ISO 8601. */
  event_time: z.string(),
  /** The Oura user id (`personal_info.id`). */
  user_id: z.string(),
});

/** A webhook event. */
export type OuraWebhookEvent = z.infer<typeof ouraWebhookEventSchema>;
