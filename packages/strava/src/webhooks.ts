import {
  checkBodySize,
  ErrorCodes,
  FitlinkError,
  readRawBody,
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
   * The id of your subscription: a positive integer, as a number or a decimal string (such as
   * an environment variable); anything else is a `FitlinkError` with code `invalid_argument`.
   * Strava signs nothing: an event is only as trustworthy as its `subscription_id` matching
   * yours exactly (and your callback URL staying unguessable).
   */
  subscriptionId: StravaId;
  /** Validation mode. @defaultValue 'strict' */
  validation?: ValidationMode;
  /**
   * The largest raw body accepted, in bytes, when the event is given as a `Request`, a string
   * or bytes. A larger body fails with code `webhook_body_too_large` (reason `malformed`) and a
   * `Request` body is not read past the limit. Strava's events are a few hundred bytes.
   * @defaultValue 1048576 (1 MiB, `DEFAULT_WEBHOOK_MAX_BODY_BYTES`)
   */
  maxBodyBytes?: number;
}

/** Your subscription id as a canonical decimal string, or a configuration error. */
function configuredSubscriptionId(id: StravaId): string {
  const valid = typeof id === 'number' ? Number.isSafeInteger(id) && id > 0 : /^[1-9]\d*$/.test(id);
  if (!valid) {
    throw new FitlinkError(
      'strava: subscriptionId must be a positive integer (the id Strava returned for the subscription)',
      { code: ErrorCodes.invalidArgument, provider: 'strava' },
    );
  }
  return String(id);
}

/**
 * The event's `subscription_id` as a canonical decimal string, or `undefined` when it is not an
 * integer. Strava documents it as an integer (a JSON number); a string is only what
 * `parseStravaJson` makes of an integer beyond 2^53, so a string holding a smaller number was a
 * JSON string in the body, and a fraction (120475.9) or a rounded double is no integer id.
 */
function eventSubscriptionId(id: unknown): string | undefined {
  if (typeof id === 'number') return Number.isSafeInteger(id) ? String(id) : undefined;
  if (typeof id === 'string' && /^\d+$/.test(id) && !Number.isSafeInteger(Number(id))) return id;
  return undefined;
}

/**
 * Parses a webhook event POSTed by Strava and checks that it belongs to your subscription.
 * Strava does not sign events, so there is no signature to check. Acknowledge with 200 within
 * two seconds and fetch the data afterwards (see {@link stravaWebhookEventAction}).
 *
 * The event's `subscription_id` must equal yours exactly. Strava documents it as an integer,
 * so it must be a JSON number holding an integer: `120475.9` and the string `"120475"` are
 * refused even though yours is 120475.
 *
 * @param input - The request (read from a clone, as a stream capped at `maxBodyBytes`), its raw
 * body (a string or bytes), or the already-decoded JSON.
 * @param options - Your subscription id, validation mode and body size limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} `unknown_subscription` when
 * `subscription_id` is another integer; `malformed` when the body is not JSON or
 * `subscription_id` is not an integer; code `webhook_body_too_large` (reason `malformed`) when
 * the raw body exceeds `maxBodyBytes`.
 * @throws {@link @fitlink/core!ValidationError} when the JSON is not an event (with the issue
 * paths).
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `subscriptionId`
 * is not a positive integer or `maxBodyBytes` is not a positive integer.
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
  const expected = configuredSubscriptionId(options.subscriptionId);
  const limit = {
    provider: 'strava',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  };
  let payload: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof Request) {
    let text: string;
    if (input instanceof Request) text = await readRawBody(input, limit);
    else {
      checkBodySize(input, limit);
      text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    }
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
  const received = eventSubscriptionId(event.subscription_id);
  if (received === undefined) {
    throw new WebhookVerificationError('strava webhook subscription_id is not an integer', {
      provider: 'strava',
      reason: 'malformed',
    });
  }
  if (!timingSafeEqual(received, expected)) {
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
