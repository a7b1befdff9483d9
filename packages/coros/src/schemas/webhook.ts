import * as z from 'zod/mini';
import { corosActivitySchema } from './activity.js';

/**
 * The body COROS POSTs to the app's push URL: new workouts of any number of users, each with
 * its `openId`.
 */
export const corosWebhookBodySchema = z.looseObject({
  /** The pushed workouts; each names its user. */
  sportDataList: z.array(
    z.extend(corosActivitySchema, {
      /** The user the workout belongs to. */
      openId: z.string().check(z.minLength(1)),
    }),
  ),
});

/** The body of a COROS push. */
export type CorosWebhookBody = z.output<typeof corosWebhookBodySchema>;

/** The body of a COROS push as sent, before `labelId`s become strings. */
export type CorosWebhookBodyInput = z.input<typeof corosWebhookBodySchema>;
