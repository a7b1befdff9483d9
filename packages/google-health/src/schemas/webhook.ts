import * as z from 'zod/mini';

/**
 * A Google Health webhook body. The endpoint verification is `{"type":"verification"}`; Google's
 * reference does not publish the notification body field by field, so the schema is loose and
 * reads the fields a change notification is expected to name (the user, the data type and the
 * changed time range), all optional: `fetchGoogleHealthWebhookChange` falls back to re-reading
 * the last day of the type when a field is missing.
 *
 * @see https://developers.google.com/health/webhooks
 */
export const googleHealthWebhookEventSchema = z.looseObject({
  /** `verification` for the endpoint check; otherwise the kind of notification. */
  type: z.optional(z.string()),
  /** The Google Health user id (or `users/{id}`) whose data changed. */
  healthUserId: z.optional(z.string()),
  /** The user's resource name, `users/{id}`. */
  user: z.optional(z.string()),
  /** The kebab-case data type that changed (`steps`, `sleep` …). */
  dataType: z.optional(z.string()),
  /** What happened (`UPSERT`, `DELETE` …). */
  operation: z.optional(z.string()),
  /** The changed range. */
  interval: z.optional(
    z.looseObject({
      /** Start of the changed range. */
      startTime: z.optional(z.string()),
      /** End of the changed range. */
      endTime: z.optional(z.string()),
    }),
  ),
});

/** A Google Health webhook body. */
export type GoogleHealthWebhookEvent = z.infer<typeof googleHealthWebhookEventSchema>;
