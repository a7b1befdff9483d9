import * as z from 'zod/mini';

/** The event types a v3 webhook can subscribe to. */
export const POLAR_V3_WEBHOOK_EVENTS = [
  'EXERCISE',
  'SLEEP',
  'CONTINUOUS_HEART_RATE',
  'SLEEP_WISE_CIRCADIAN_BEDTIME',
  'SLEEP_WISE_ALERTNESS',
  'ACTIVITY_SUMMARY',
] as const;

/** A v3 webhook event type. */
export type PolarV3WebhookEventType = (typeof POLAR_V3_WEBHOOK_EVENTS)[number];

/** `POST /v3/webhooks` → 201: the webhook, with its signing key (shown only this once). */
export const polarV3CreatedWebhookSchema = z.looseObject({
  /** The created webhook. */
  data: z.looseObject({
    /** Webhook id. */
    id: z.string(),
    /** Subscribed event types. */
    events: z.array(z.string()),
    /** Where deliveries are posted. */
    url: z.string(),
    /** The key `Polar-Webhook-Signature` is computed with: store it, Polar never shows it again. */
    signature_secret_key: z.string(),
  }),
});

/** A created webhook. */
export type PolarV3CreatedWebhook = z.infer<typeof polarV3CreatedWebhookSchema>;

/** One webhook of `GET /v3/webhooks` or a `PATCH` answer. */
export const polarV3WebhookSchema = z.looseObject({
  /** Webhook id. */
  id: z.string(),
  /** Subscribed event types. */
  events: z.array(z.string()),
  /** Where deliveries are posted. */
  url: z.string(),
  /** Whether it is active (Polar deactivates it after 7 days of failed deliveries). */
  active: z.nullish(z.boolean()),
});

/** A v3 webhook. */
export type PolarV3Webhook = z.infer<typeof polarV3WebhookSchema>;

/** `GET /v3/webhooks` and `PATCH /v3/webhooks/{id}` → 200. */
export const polarV3WebhookInfoSchema = z.looseObject({
  /** The client's webhooks (at most one). */
  data: z._default(z.array(polarV3WebhookSchema), []),
});

/** The webhook listing. */
export type PolarV3WebhookInfo = z.infer<typeof polarV3WebhookInfoSchema>;
