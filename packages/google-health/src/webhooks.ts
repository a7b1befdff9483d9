import {
  checkBodySize,
  type HeadersLike,
  headerValue,
  readRawBodyBytes,
  timingSafeEqual,
  validatePayload,
  WebhookVerificationError,
} from '@fitlink/core';
import {
  type GoogleHealthWebhookEvent,
  googleHealthWebhookEventSchema,
} from './schemas/webhook.js';
import {
  type GoogleHealthWebhookPublicKey,
  importGoogleHealthPublicKey,
  isValidGoogleHealthSignature,
  ownBytes,
} from './webhook-signature.js';

/** The header carrying the ECDSA P-256 signature of the JSON payload. */
export const GOOGLE_HEALTH_SIGNATURE_HEADER = 'x-healthapi-signature';

/** Options of {@link verifyGoogleHealthWebhook}. */
export interface VerifyGoogleHealthWebhookOptions {
  /**
   * The subscriber's `endpointAuthorization.secret`, the whole `Authorization` value Google sends
   * (scheme included, `Bearer …`). Compared in constant time.
   */
  secret: string;
  /** The raw request body, exactly as received: the signature covers its bytes. */
  body: string | Uint8Array;
  /** The request headers. */
  headers: HeadersLike;
  /**
   * Google Health API's public key (P-256, PEM SPKI, JWK or `CryptoKey`). When given, every
   * notification must carry a valid `X-HEALTHAPI-SIGNATURE`; Google publishes the key in its
   * webhooks guide. @defaultValue none: only the `Authorization` secret is checked
   */
  publicKey?: GoogleHealthWebhookPublicKey;
  /** Largest body accepted. @defaultValue core's DEFAULT_WEBHOOK_MAX_BODY_BYTES (1 MiB) */
  maxBodyBytes?: number;
}

/**
 * What a verified webhook request is: the endpoint check (answer it `201 Created`) or a change
 * notification (answer `204`/`200`, then fetch the change with `fetchGoogleHealthWebhookChange`).
 */
export type GoogleHealthWebhookResult =
  | GoogleHealthWebhookVerification
  | GoogleHealthWebhookNotification;

/** The endpoint check (`{"type":"verification"}` with the right secret): answer `201 Created`. */
export interface GoogleHealthWebhookVerification {
  /** Always `'verification'`. */
  kind: 'verification';
}

/** A verified change notification: answer `204`, then fetch the change. */
export interface GoogleHealthWebhookNotification {
  /** Always `'notification'`. */
  kind: 'notification';
  /** The parsed body. */
  event: GoogleHealthWebhookEvent;
}

/**
 * Parses a Google Health webhook body (after verification).
 *
 * @param body - The raw body.
 * @returns The event.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `malformed` when it is not JSON.
 * @throws {@link @fitlink/core!ValidationError} when it does not match the schema.
 * @example
 * ```ts
 * const event = parseGoogleHealthWebhookEvent('{"dataType":"steps","healthUserId":"abc"}');
 * ```
 */
export function parseGoogleHealthWebhookEvent(body: string | Uint8Array): GoogleHealthWebhookEvent {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('google-health: the webhook body is not JSON', {
      reason: 'malformed',
      provider: 'google-health',
    });
  }
  return validatePayload(googleHealthWebhookEventSchema, payload, {
    provider: 'google-health',
    endpoint: 'webhook',
  });
}

/**
 * Verifies a Google Health webhook request exactly as the API specifies: the `Authorization`
 * header must equal the subscriber's secret (constant-time; Google's endpoint check sends the
 * request once without it and expects 401/403, which this rejection gives), and, with a
 * `publicKey`, the `X-HEALTHAPI-SIGNATURE` ECDSA P-256 signature must verify over the body's raw
 * bytes. The endpoint check itself (`{"type":"verification"}`) is recognised.
 *
 * @param options - Secret, raw body, headers and optional public key.
 * @returns The endpoint check or the notification.
 * @throws {@link @fitlink/core!WebhookVerificationError} with reason `bad_api_key` (wrong or missing
 *   `Authorization`), `missing_signature`, `bad_signature` or `malformed`: answer 401.
 * @example
 * ```ts
 * const result = await verifyGoogleHealthWebhook({ secret: 'Bearer s3cret', body, headers });
 * if (result.kind === 'verification') return new Response(null, { status: 201 });
 * ```
 * @see https://developers.google.com/health/webhooks
 */
export async function verifyGoogleHealthWebhook(
  options: VerifyGoogleHealthWebhookOptions,
): Promise<GoogleHealthWebhookResult> {
  checkBodySize(options.body, {
    provider: 'google-health',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  const secrets = [options.secret];
  const authorization = headerValue(options.headers, 'authorization');
  if (authorization === undefined || !timingSafeEqual(authorization, options.secret)) {
    throw new WebhookVerificationError(
      'google-health: the webhook Authorization header does not match the subscriber secret',
      { reason: 'bad_api_key', provider: 'google-health', secrets },
    );
  }
  const event = parseGoogleHealthWebhookEvent(options.body);
  if (event.type === 'verification') return { kind: 'verification' };
  if (options.publicKey !== undefined) {
    const signature = headerValue(options.headers, GOOGLE_HEALTH_SIGNATURE_HEADER);
    if (signature === undefined || signature === '') {
      throw new WebhookVerificationError(
        'google-health: the webhook has no X-HEALTHAPI-SIGNATURE',
        {
          reason: 'missing_signature',
          provider: 'google-health',
          secrets,
        },
      );
    }
    const key = await importGoogleHealthPublicKey(options.publicKey);
    if (!(await isValidGoogleHealthSignature(key, signature, ownBytes(options.body)))) {
      throw new WebhookVerificationError('google-health: the webhook signature does not verify', {
        reason: 'bad_signature',
        provider: 'google-health',
        secrets,
      });
    }
  }
  return { kind: 'notification', event };
}

/**
 * {@link verifyGoogleHealthWebhook} on a standard `Request`: reads the raw body (bounded by
 * `maxBodyBytes`) and verifies it.
 *
 * @param request - The incoming request.
 * @param options - Secret, optional public key and body limit.
 * @throws {@link @fitlink/core!WebhookVerificationError} as {@link verifyGoogleHealthWebhook} does.
 * @example
 * ```ts
 * const result = await verifyGoogleHealthWebhookRequest(request, { secret: process.env.GH_WEBHOOK_SECRET ?? '' });
 * ```
 */
export async function verifyGoogleHealthWebhookRequest(
  request: Request,
  options: Omit<VerifyGoogleHealthWebhookOptions, 'body' | 'headers'>,
): Promise<GoogleHealthWebhookResult> {
  const body = await readRawBodyBytes(request, {
    provider: 'google-health',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return verifyGoogleHealthWebhook({ ...options, body, headers: request.headers });
}
