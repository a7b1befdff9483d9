import {
  checkBodySize,
  ErrorCodes,
  FitlinkError,
  readRawBodyBytes,
  timingSafeEqual,
  WebhookVerificationError,
} from '@fitlink/core';
import * as z from 'zod/mini';
import {
  type TrainingPeaksWebhookPayload,
  trainingpeaksWebhookEventSchema,
} from './schemas/webhook-event.js';
import {
  type TrainingPeaksWebhookEventType,
  trainingpeaksWebhookEventTypes,
} from './schemas/webhook-subscription.js';

/**
 * A verified TrainingPeaks webhook event. TrainingPeaks documents the subscription API (Early
 * Access) but neither the delivered body nor any signature, so the fields are read when
 * present and `null` otherwise; `payload` keeps the whole body.
 */
export interface TrainingPeaksWebhookEvent {
  /** The event type, when the body names a known one. */
  type: TrainingPeaksWebhookEventType | null;
  /** The athlete, as a string id. */
  athleteId: string | null;
  /** The workout, as a string id. */
  workoutId: string | null;
  /** The subscription, when the body names it. */
  subscriptionId: string | null;
  /** The body as received. */
  payload: TrainingPeaksWebhookPayload;
}

/** A subscription the app created, as far as verification compares it. */
export interface TrainingPeaksKnownSubscription {
  /** Subscription id. */
  Id?: string;
  /** Athlete id. */
  AthleteId?: string | number | null;
  /** Event type. */
  EventType?: string | null;
  /** Whether it is active. */
  Active?: boolean | null;
}

/** Options of {@link verifyTrainingPeaksWebhookRequest}: what to check the post against. */
export interface VerifyTrainingPeaksWebhookRequestOptions {
  /**
   * A secret your app put in the `WebhookUrl` it subscribed (`…/hook?token=<secret>`).
   * TrainingPeaks signs nothing, so this is what proves the post came to the URL you gave
   * only TrainingPeaks. Required unless `allowUnauthenticated` is set; an empty (or blank)
   * token, such as an unset environment variable, is a `FitlinkError` with code
   * `invalid_argument`, never a token that matches `?token=`.
   */
  urlToken?: string;
  /** The query parameter holding it. @defaultValue 'token' */
  tokenParameter?: string;
  /** Accept posts without a URL token check (only behind your own network controls). @defaultValue false */
  allowUnauthenticated?: boolean;
  /** Subscriptions the app created; when given, the event's athlete and type must match an active one. */
  subscriptions?: readonly TrainingPeaksKnownSubscription[];
  /**
   * The largest body accepted, in bytes. A larger body fails with code `webhook_body_too_large`
   * (reason `malformed`) and a `Request` body is not read past the limit.
   * @defaultValue 1048576 (1 MiB, `DEFAULT_WEBHOOK_MAX_BODY_BYTES`)
   */
  maxBodyBytes?: number;
}

/** Options of {@link verifyTrainingPeaksWebhook}: the post's parts and what to check them against. */
export interface VerifyTrainingPeaksWebhookOptions
  extends VerifyTrainingPeaksWebhookRequestOptions {
  /** The URL the post was made to (it carries the token). */
  url: string | URL;
  /** The raw request body, exactly as received. */
  body: string | Uint8Array;
}

const reject = (reason: WebhookVerificationError['reason'], message: string) =>
  new WebhookVerificationError(`TrainingPeaks webhook: ${message}`, {
    reason,
    provider: 'trainingpeaks',
  });

const idString = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? null : String(value);

const bodyLimit = (options: Pick<VerifyTrainingPeaksWebhookRequestOptions, 'maxBodyBytes'>) => ({
  provider: 'trainingpeaks',
  ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
});

/**
 * Checks the configuration and the URL token, before the body is read: a missing or empty
 * `urlToken` without `allowUnauthenticated` is a configuration error, and an empty token never
 * verifies anything.
 */
function checkUrlToken(url: string | URL, options: VerifyTrainingPeaksWebhookRequestOptions): void {
  if (options.urlToken !== undefined && options.urlToken.trim() === '') {
    throw new FitlinkError(
      'trainingpeaks: urlToken is empty; pass the secret token of your webhook URL (or omit it with allowUnauthenticated: true)',
      { code: ErrorCodes.invalidArgument, provider: 'trainingpeaks' },
    );
  }
  if (options.urlToken === undefined && !options.allowUnauthenticated) {
    throw new FitlinkError('trainingpeaks: pass urlToken (or allowUnauthenticated: true)', {
      code: ErrorCodes.invalidArgument,
      provider: 'trainingpeaks',
    });
  }
  if (options.urlToken !== undefined) {
    const presented = new URL(url).searchParams.get(options.tokenParameter ?? 'token');
    if (presented === null || presented === '') {
      throw reject('bad_api_key', 'the URL token is missing');
    }
    if (!timingSafeEqual(presented, options.urlToken)) {
      throw reject('bad_api_key', 'the URL token does not match');
    }
  }
}

/**
 * Verifies and parses a TrainingPeaks webhook post from its URL and raw body. What is
 * verified, since TrainingPeaks publishes no signature scheme and fitlink does not invent one:
 * (1) the secret token your app placed in the subscribed `WebhookUrl`, compared in constant
 * time; (2) optionally, that the athlete and event type match an active subscription you
 * created; (3) that the body is a JSON object. There is no timestamp to bound replays: handle
 * events idempotently (the changed data is re-read from the API by
 * {@link fetchTrainingPeaksWebhookChange}).
 *
 * @param options - The post's URL and raw body, the URL token, known subscriptions and body size limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `bad_api_key` (token missing or wrong),
 * `unknown_subscription` or `malformed`, or code `webhook_body_too_large` (reason `malformed`)
 * for a body over `maxBodyBytes`.
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` without `urlToken` or
 * `allowUnauthenticated`, with an empty `urlToken`, or when `maxBodyBytes` is not a positive integer.
 * @example
 * ```ts
 * const event = await verifyTrainingPeaksWebhook({ url: request.url, body: rawBody, urlToken: process.env.TP_HOOK_TOKEN });
 * ```
 */
export async function verifyTrainingPeaksWebhook(
  options: VerifyTrainingPeaksWebhookOptions,
): Promise<TrainingPeaksWebhookEvent> {
  checkUrlToken(options.url, options);
  checkBodySize(options.body, bodyLimit(options));
  const body =
    typeof options.body === 'string' ? options.body : new TextDecoder().decode(options.body);
  // The raw body's size was checked; decoding can lengthen it (an invalid byte becomes U+FFFD).
  return parseEvent(body, options);
}

/**
 * Like {@link verifyTrainingPeaksWebhook}, reading the URL and the raw body from a standard
 * `Request` (a clone, so the request stays readable). The URL token is checked before the body
 * is read, and the body is read as a stream that stops at `maxBodyBytes`.
 *
 * @param request - The incoming request (its URL carries the token).
 * @param options - The URL token, known subscriptions and body size limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `bad_api_key` (token missing or wrong),
 * `unknown_subscription` or `malformed`, or code `webhook_body_too_large` (reason `malformed`).
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` without `urlToken` or
 * `allowUnauthenticated`, or with an empty `urlToken`.
 * @example
 * ```ts
 * const event = await verifyTrainingPeaksWebhookRequest(request, { urlToken: process.env.TP_HOOK_TOKEN });
 * ```
 */
export async function verifyTrainingPeaksWebhookRequest(
  request: Request,
  options: VerifyTrainingPeaksWebhookRequestOptions,
): Promise<TrainingPeaksWebhookEvent> {
  checkUrlToken(request.url, options);
  return verifyTrainingPeaksWebhook({
    ...options,
    url: request.url,
    body: await readRawBodyBytes(request, bodyLimit(options)),
  });
}

/**
 * Parses a webhook body already authenticated by other means (raw body plus the checks of
 * {@link verifyTrainingPeaksWebhook} other than the URL token).
 *
 * @param body - The raw body.
 * @param options - Known subscriptions to match against, and the body size limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `malformed` or
 * `unknown_subscription`, or code `webhook_body_too_large` (reason `malformed`) for a body over
 * `maxBodyBytes`.
 * @example
 * ```ts
 * const event = parseTrainingPeaksWebhookEvent(rawBody);
 * ```
 */
export function parseTrainingPeaksWebhookEvent(
  body: string,
  options: Pick<VerifyTrainingPeaksWebhookRequestOptions, 'subscriptions' | 'maxBodyBytes'> = {},
): TrainingPeaksWebhookEvent {
  checkBodySize(body, bodyLimit(options));
  return parseEvent(body, options);
}

function parseEvent(
  body: string,
  options: Pick<VerifyTrainingPeaksWebhookRequestOptions, 'subscriptions'>,
): TrainingPeaksWebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw reject('malformed', 'the body is not JSON');
  }
  const parsed = z.safeParse(trainingpeaksWebhookEventSchema, json);
  if (!parsed.success)
    throw reject('malformed', 'the body is not a JSON object of the expected shape');
  const payload = parsed.data;
  const type = (trainingpeaksWebhookEventTypes as readonly string[]).includes(
    payload.EventType ?? '',
  )
    ? (payload.EventType as TrainingPeaksWebhookEventType)
    : null;
  const event: TrainingPeaksWebhookEvent = {
    type,
    athleteId: idString(payload.AthleteId),
    workoutId: idString(payload.WorkoutId),
    subscriptionId: payload.SubscriptionId ?? null,
    payload,
  };
  if (options.subscriptions) {
    const match = options.subscriptions.some(
      (subscription) =>
        subscription.Active !== false &&
        idString(subscription.AthleteId) === event.athleteId &&
        (subscription.EventType ?? null) === event.type &&
        (event.subscriptionId === null || subscription.Id === event.subscriptionId),
    );
    if (!match) throw reject('unknown_subscription', 'no active subscription matches the event');
  }
  return event;
}
