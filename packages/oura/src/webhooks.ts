import {
  ErrorCodes,
  FitlinkError,
  type HeadersLike,
  readRawBodyBytes,
  timingSafeEqual,
  validatePayload,
  verifyTimestampedHmacWebhook,
  WebhookVerificationError,
} from '@fitlink/core';
import { type OuraWebhookEvent, ouraWebhookEventSchema } from './schemas/webhook.js';

/** The header carrying the hex HMAC-SHA256 signature (Oura sends it upper-case). */
export const OURA_SIGNATURE_HEADER = 'x-oura-signature';

/** The header carrying the signed timestamp. */
export const OURA_TIMESTAMP_HEADER = 'x-oura-timestamp';

/** Options of {@link verifyOuraWebhook}. */
export interface VerifyOuraWebhookOptions {
  /** The app's client secret: Oura signs webhooks with it. */
  clientSecret: string;
  /**
   * The raw request body, exactly as received. The signature covers these bytes: a body parsed
   * and serialized again (other spacing, key order or escapes) does not verify. A string is
   * encoded as UTF-8.
   */
  body: string | Uint8Array;
  /** The request headers. */
  headers: HeadersLike;
  /**
   * How far the signed timestamp may be from now, in seconds (seconds or milliseconds since the
   * epoch are both read: Oura's unit is not documented beyond an example in seconds).
   * @defaultValue 300
   */
  toleranceSeconds?: number;
  /** The current time, for tests. @defaultValue Date.now() */
  now?: number | Date;
  /** The largest body accepted, in bytes. @defaultValue 1048576 (1 MiB) */
  maxBodyBytes?: number;
}

/**
 * Verifies an Oura webhook and returns its typed event. Oura signs `x-oura-timestamp` followed
 * by the body with HMAC-SHA256 keyed by the client secret and sends the hex digest, upper-case,
 * in `x-oura-signature`. The MAC is computed over the raw body's bytes (Oura's sample code hashes
 * `JSON.stringify(body)`, which only matches the bytes it sent; the bytes are what was signed),
 * compared in constant time whatever the hex case; a timestamp outside the tolerance is refused
 * as a replay. Answer 2xx within 10 s and fetch the document later.
 *
 * @param options - Secret, raw body, headers, tolerance, clock and body size limit.
 * @returns The verified event.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `missing_timestamp`,
 * `stale_timestamp`, `missing_signature`, `bad_signature` or `malformed` (too large, not JSON).
 * @throws {@link @fitlink/core!ValidationError} when the JSON is not an Oura event.
 * @example
 * ```ts
 * import { verifyOuraWebhook } from '@fitlink/oura';
 *
 * export async function handle(rawBody: Uint8Array, headers: Headers): Promise<number> {
 *   const event = await verifyOuraWebhook({ clientSecret: 'your-client-secret', body: rawBody, headers });
 *   console.log(event.data_type, event.object_id);
 *   return 204;
 * }
 * ```
 * @see https://cloud.ouraring.com/v2/docs#tag/Webhook-Subscription-Routes
 */
export async function verifyOuraWebhook(
  options: VerifyOuraWebhookOptions,
): Promise<OuraWebhookEvent> {
  const json = await verifyTimestampedHmacWebhook({
    provider: 'oura',
    secret: options.clientSecret,
    body: options.body,
    headers: options.headers,
    signatureHeader: OURA_SIGNATURE_HEADER,
    timestampHeader: OURA_TIMESTAMP_HEADER,
    encoding: 'hex',
    timestampUnit: 'auto',
    toleranceSeconds: options.toleranceSeconds,
    now: options.now,
    maxBodyBytes: options.maxBodyBytes,
  });
  return parseOuraWebhookEvent(json);
}

/**
 * Like {@link verifyOuraWebhook}, reading the raw body from a standard `Request` (a clone).
 *
 * @param request - The incoming webhook request.
 * @param options - Secret, tolerance, clock and body size limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} when the signature or timestamp does not verify.
 * @throws {@link @fitlink/core!ValidationError} when the body is not an Oura event.
 * @example
 * ```ts
 * import { verifyOuraWebhookRequest } from '@fitlink/oura';
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const event = await verifyOuraWebhookRequest(request, { clientSecret: 'your-client-secret' });
 *   console.log(event.event_type);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export async function verifyOuraWebhookRequest(
  request: Request,
  options: Omit<VerifyOuraWebhookOptions, 'body' | 'headers'>,
): Promise<OuraWebhookEvent> {
  const body = await readRawBodyBytes(request, {
    provider: 'oura',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return verifyOuraWebhook({ ...options, body, headers: request.headers });
}

/** Options of {@link verifyOuraWebhookChallenge}. */
export interface VerifyOuraWebhookChallengeOptions {
  /** The callback request's URL (Oura sends `verification_token` and `challenge` in the query). */
  url: string | URL;
  /** The `verification_token` the subscription was created with. */
  verificationToken: string;
}

/**
 * Answers the verification call Oura makes when a subscription is created: checks the
 * `verification_token` (constant time) and returns the `{ "challenge": … }` answer to send.
 *
 * @param options - The callback URL and the expected verification token.
 * @returns The JSON response to send (status 200).
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `bad_signature` for a wrong
 * token, `malformed` without a challenge.
 * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` for an empty expected token.
 * @example
 * ```ts
 * import { verifyOuraWebhookChallenge } from '@fitlink/oura';
 *
 * export function GET(request: Request): Response {
 *   return verifyOuraWebhookChallenge({ url: request.url, verificationToken: 'your-verification-token' });
 * }
 * ```
 */
export function verifyOuraWebhookChallenge(options: VerifyOuraWebhookChallengeOptions): Response {
  if (options.verificationToken === '') {
    throw new FitlinkError('oura: the verification token is empty', {
      code: ErrorCodes.invalidArgument,
      provider: 'oura',
    });
  }
  const query = new URL(options.url).searchParams;
  const token = query.get('verification_token') ?? '';
  if (!timingSafeEqual(token, options.verificationToken)) {
    throw new WebhookVerificationError('Oura webhook challenge has a wrong verification token', {
      reason: 'bad_signature',
      provider: 'oura',
    });
  }
  const challenge = query.get('challenge');
  if (!challenge) {
    throw new WebhookVerificationError('Oura webhook challenge has no challenge', {
      reason: 'malformed',
      provider: 'oura',
    });
  }
  return Response.json({ challenge });
}

/**
 * Validates an already verified webhook body as a typed Oura event.
 *
 * @param payload - The decoded JSON body.
 * @throws {@link @fitlink/core!ValidationError} listing each issue with its path.
 * @example
 * ```ts
 * import { parseOuraWebhookEvent } from '@fitlink/oura';
 *
 * const event = parseOuraWebhookEvent({ event_type: 'update', data_type: 'sleep', object_id: 'a1', event_time: '2026-11-20T08:00:00+00:00', user_id: 'u1' });
 * ```
 */
export function parseOuraWebhookEvent(payload: unknown): OuraWebhookEvent {
  return validatePayload(ouraWebhookEventSchema, payload, {
    provider: 'oura',
    endpoint: 'webhook',
  });
}
