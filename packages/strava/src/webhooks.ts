import {
  timingSafeEqual,
  type ValidationMode,
  validatePayload,
  WebhookVerificationError,
} from '@fitlink/core';
import { parseStravaJson } from './json.js';
import { type StravaId, stravaIdString } from './schemas/common.js';
import { type StravaWebhookEvent, stravaWebhookEventSchema } from './schemas/webhook.js';

/**
 * Answers Strava's subscription handshake. When a subscription is created, Strava GETs the
 * callback with `hub.mode=subscribe`, `hub.challenge` and `hub.verify_token`; reply 200 within
 * two seconds with `{"hub.challenge": …}`. The verify token is compared in constant time.
 *
 * @param input - The handshake request, its URL or its query.
 * @param options - The verify token given when creating the subscription.
 * @returns The JSON body to answer with.
 * @throws {@link @fitlink/core!WebhookVerificationError} `bad_challenge` for a wrong verify token,
 * a mode other than `subscribe` or a missing challenge.
 * @see https://developers.strava.com/docs/webhooks/#subscriptions
 * @example
 * ```ts
 * const body = verifyStravaWebhookChallenge(request, { verifyToken: 'STRAVA' });
 * return Response.json(body);
 * ```
 */
export function verifyStravaWebhookChallenge(
  input: Request | URL | URLSearchParams | string,
  options: { verifyToken: string },
): {
  /** The `hub.challenge` value of the request, echoed back to Strava. */
  'hub.challenge': string;
} {
  const params =
    input instanceof URLSearchParams
      ? input
      : new URL(input instanceof Request ? input.url : input, 'http://callback.invalid/')
          .searchParams;
  const challenge = params.get('hub.challenge');
  const token = params.get('hub.verify_token') ?? '';
  if (params.get('hub.mode') !== 'subscribe' || !challenge) {
    throw new WebhookVerificationError('strava handshake is not a subscribe challenge', {
      provider: 'strava',
      reason: 'bad_challenge',
    });
  }
  if (!options.verifyToken || !timingSafeEqual(token, options.verifyToken)) {
    throw new WebhookVerificationError('strava handshake carries the wrong verify token', {
      provider: 'strava',
      reason: 'bad_challenge',
    });
  }
  return { 'hub.challenge': challenge };
}

/** Options of {@link parseStravaWebhookEvent}. */
export interface ParseStravaWebhookEventOptions {
  /**
   * The id of your subscription. Strava signs nothing: an event is only as trustworthy as its
   * `subscription_id` matching yours (and your callback URL staying unguessable).
   */
  subscriptionId: StravaId;
  /** Validation mode. @defaultValue 'strict' */
  validation?: ValidationMode;
}

/**
 * Parses a webhook event POSTed by Strava and checks that it belongs to your subscription.
 * Strava does not sign events, so there is no signature to check. Acknowledge with 200 within
 * two seconds and fetch the data afterwards (see {@link stravaWebhookEventAction}).
 *
 * @param input - The request, its raw body, or the already-decoded JSON.
 * @param options - Your subscription id.
 * @throws {@link @fitlink/core!WebhookVerificationError} `unknown_subscription` when
 * `subscription_id` differs, `malformed` when the body is not JSON.
 * @throws {@link @fitlink/core!ValidationError} when the JSON is not an event (with the issue
 * paths).
 * @see https://developers.strava.com/docs/webhooks/#event-data
 * @example
 * ```ts
 * const event = await parseStravaWebhookEvent(request, { subscriptionId: 120475 });
 * ```
 */
export async function parseStravaWebhookEvent(
  input: Request | string | unknown,
  options: ParseStravaWebhookEventOptions,
): Promise<StravaWebhookEvent> {
  let payload: unknown = input;
  if (typeof input === 'string' || input instanceof Request) {
    const text = typeof input === 'string' ? input : await input.text();
    try {
      payload = parseStravaJson(text);
    } catch (error) {
      throw new WebhookVerificationError('strava webhook body is not JSON', {
        provider: 'strava',
        reason: 'malformed',
        cause: error,
      });
    }
  }
  const event = validatePayload(stravaWebhookEventSchema, payload, {
    provider: 'strava',
    endpoint: 'webhook',
    mode: options.validation ?? 'strict',
  });
  if (
    !timingSafeEqual(stravaIdString(event.subscription_id), stravaIdString(options.subscriptionId))
  ) {
    throw new WebhookVerificationError('strava webhook event is for another subscription', {
      provider: 'strava',
      reason: 'unknown_subscription',
    });
  }
  return event;
}

/** What a webhook event asks the app to do. */
export type StravaWebhookEventAction =
  | {
      /** An activity was created or updated: fetch it with `GET /activities/{id}`. */
      type: 'fetch-activity';
      /** The activity's id, as a decimal string. */
      activityId: string;
      /** The id of the athlete who owns the activity, as a decimal string. */
      ownerId: string;
    }
  | {
      /** An activity was deleted: drop the stored copy. */
      type: 'delete-activity';
      /** The deleted activity's id, as a decimal string. */
      activityId: string;
      /** The id of the athlete who owned the activity, as a decimal string. */
      ownerId: string;
    }
  | {
      /** The athlete's profile changed: refetch it with `GET /athlete`. */
      type: 'fetch-athlete';
      /** The athlete's id, as a decimal string. */
      ownerId: string;
    }
  | {
      /** The athlete revoked the app's access: forget their tokens and data. */
      type: 'deauthorized';
      /** The athlete's id, as a decimal string. */
      ownerId: string;
    };

/**
 * Turns an event into what to do: fetch the created or updated activity (`GET
 * /activities/{id}`), drop a deleted one, refetch the athlete, or forget a deauthorized one
 * (`updates.authorized === "false"`: the string).
 *
 * @param event - A parsed event.
 * @example
 * ```ts
 * const action = stravaWebhookEventAction(event);
 * if (action.type === 'fetch-activity') await client.activities.get(action.activityId);
 * ```
 */
export function stravaWebhookEventAction(event: StravaWebhookEvent): StravaWebhookEventAction {
  const ownerId = stravaIdString(event.owner_id);
  const objectId = stravaIdString(event.object_id);
  if (event.object_type === 'athlete') {
    // Strava sends the string "false", never a boolean.
    return event.updates?.authorized === 'false'
      ? { type: 'deauthorized', ownerId }
      : { type: 'fetch-athlete', ownerId };
  }
  return event.aspect_type === 'delete'
    ? { type: 'delete-activity', activityId: objectId, ownerId }
    : { type: 'fetch-activity', activityId: objectId, ownerId };
}
