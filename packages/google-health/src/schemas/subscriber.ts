import * as z from 'zod/mini';
import { googleHealthTimestampSchema } from './fields.js';

/** Which data types a subscriber is notified of, and how subscriptions are made. */
export const googleHealthSubscriberConfigSchema = z.looseObject({
  /** Kebab-case data types. */
  dataTypes: z.array(z.string()),
  /** `AUTOMATIC` (every consenting user) or `MANUAL` (one subscription per user). */
  subscriptionCreatePolicy: z.string(),
});

/** A subscriber's configuration. */
export type GoogleHealthSubscriberConfig = z.infer<typeof googleHealthSubscriberConfigSchema>;

/**
 * A webhook subscriber of a Cloud project (`projects.subscribers`).
 *
 * @see https://developers.google.com/health/reference/rest/v4/projects.subscribers
 */
export const googleHealthSubscriberSchema = z.looseObject({
  /** `projects/{project}/subscribers/{subscriber}`. */
  name: z.string(),
  /** The HTTPS endpoint notifications go to. */
  endpointUri: z.string(),
  /** `UNVERIFIED`, `ACTIVE` or `INACTIVE`. */
  state: z.optional(z.string()),
  /** Data types and subscription policy. */
  subscriberConfigs: z.optional(z.array(googleHealthSubscriberConfigSchema)),
  /** Whether the endpoint secret is set (the secret itself is never returned). */
  endpointAuthorization: z.optional(
    z.looseObject({
      /** Whether a secret is set. */
      secretSet: z.optional(z.boolean()),
    }),
  ),
  /** Created. */
  createTime: z.optional(googleHealthTimestampSchema),
  /** Updated. */
  updateTime: z.optional(googleHealthTimestampSchema),
});

/** A webhook subscriber. */
export type GoogleHealthSubscriber = z.infer<typeof googleHealthSubscriberSchema>;

/** A page of subscribers. */
export const googleHealthSubscriberPageSchema = z.looseObject({
  /** The subscribers. */
  subscribers: z._default(z.array(googleHealthSubscriberSchema), []),
  /** The next page's token. */
  nextPageToken: z.optional(z.string()),
});

/** A long-running operation (create, patch, delete of a subscriber). */
export const googleHealthOperationSchema = z.looseObject({
  /** The operation's name. */
  name: z.optional(z.string()),
  /** Whether it finished. */
  done: z.optional(z.boolean()),
  /** The error, when it failed (endpoint verification, say). */
  error: z.optional(
    z.looseObject({
      /** `google.rpc.Code`. */
      code: z.optional(z.number()),
      /** What went wrong. */
      message: z.optional(z.string()),
    }),
  ),
  /** The result (the subscriber) when done. */
  response: z.optional(z.record(z.string(), z.unknown())),
});

/** A long-running operation. */
export type GoogleHealthOperation = z.infer<typeof googleHealthOperationSchema>;

/** A per-user subscription of a `MANUAL` subscriber. */
export const googleHealthSubscriptionSchema = z.looseObject({
  /** `projects/{project}/subscribers/{subscriber}/subscriptions/{subscription}`. */
  name: z.string(),
  /** `users/{healthUserId}`. */
  user: z.optional(z.string()),
  /** `users/{healthUserId}/dataTypes/{type}`. */
  dataTypes: z.optional(z.array(z.string())),
});

/** A per-user subscription. */
export type GoogleHealthSubscription = z.infer<typeof googleHealthSubscriptionSchema>;

/** A page of subscriptions. */
export const googleHealthSubscriptionPageSchema = z.looseObject({
  /** The subscriptions. */
  subscriptions: z._default(z.array(googleHealthSubscriptionSchema), []),
  /** The next page's token. */
  nextPageToken: z.optional(z.string()),
});
