import { apiKeyAuthenticator, type StoredIngestKey, ValidationError } from '@fitlink/core';
import {
  type AppleHealthBatch,
  type ReadAppleHealthBatchOptions,
  readAppleHealthBatch,
} from './batch.js';
import { APPLE_HEALTH_AUTOMATION_HEADERS, APPLE_HEALTH_KEY_HEADER } from './endpoints.js';
import { appleHealthExportSchema } from './schemas/export.js';

/** The automation headers of a POST, as sent (informative only: see the README). */
export interface AppleHealthAutomation {
  /** `automation-name`. */
  readonly name: string | null;
  /** `automation-id`. */
  readonly id: string | null;
  /** `automation-aggregation`. */
  readonly aggregation: string | null;
  /** `automation-period`. */
  readonly period: string | null;
  /** `session-id`: the requests of one run share it. */
  readonly sessionId: string | null;
}

/** One POST, read: the batch plus the automation headers it came with. */
export interface AppleHealthWebhookEvent extends AppleHealthBatch {
  /** The automation that sent it. */
  readonly automation: AppleHealthAutomation;
}

/** Options of {@link verifyAppleHealthWebhookRequest}. */
export interface VerifyAppleHealthWebhookOptions<P> {
  /** The header carrying the key. @defaultValue `'authorization'` (`Bearer <key>` or bare) */
  header?: string;
  /** Finds the stored key (hash and owner) by the key's public id. */
  lookup(keyId: string): Promise<StoredIngestKey<P> | null | undefined>;
}

/**
 * Checks a POST's per-user key (hash compared in constant time) and gives the key's owner.
 * Health Auto Export signs nothing: the key the user put in the automation's headers is the
 * only proof of who sent it.
 *
 * @param request - The incoming request.
 * @param options - The key header and the key lookup.
 * @throws WebhookVerificationError when the key is missing, malformed, unknown or wrong.
 * @example
 * ```ts
 * const userId = await verifyAppleHealthWebhookRequest(request, { lookup: findKey });
 * ```
 */
export function verifyAppleHealthWebhookRequest<P>(
  request: Request,
  options: VerifyAppleHealthWebhookOptions<P>,
): Promise<P> {
  return apiKeyAuthenticator<P>({
    header: options.header ?? APPLE_HEALTH_KEY_HEADER,
    lookup: options.lookup,
    provider: 'apple-health',
  })(request);
}

/**
 * Reads the automation headers of a POST.
 *
 * @param headers - The request's headers.
 * @example
 * ```ts
 * readAppleHealthAutomation(request.headers).sessionId;
 * ```
 */
export function readAppleHealthAutomation(headers: Headers): AppleHealthAutomation {
  const read = (name: string) => headers.get(name);
  return {
    name: read(APPLE_HEALTH_AUTOMATION_HEADERS.name),
    id: read(APPLE_HEALTH_AUTOMATION_HEADERS.id),
    aggregation: read(APPLE_HEALTH_AUTOMATION_HEADERS.aggregation),
    period: read(APPLE_HEALTH_AUTOMATION_HEADERS.period),
    sessionId: read(APPLE_HEALTH_AUTOMATION_HEADERS.session),
  };
}

/** Options of {@link parseAppleHealthWebhookEvent}. */
export interface ParseAppleHealthWebhookEventOptions extends ReadAppleHealthBatchOptions {
  /** The request's headers, for the automation fields. @defaultValue none (all `null`) */
  headers?: Headers;
}

/**
 * Validates a parsed JSON body against {@link appleHealthExportSchema} and reads it into a
 * typed event (see {@link readAppleHealthBatch}).
 *
 * @param body - The JSON body.
 * @param options - The request's headers and whether to keep payloads.
 * @throws ValidationError with the path of each issue when the body is not an export.
 * @example
 * ```ts
 * const event = parseAppleHealthWebhookEvent(await request.json(), { headers: request.headers });
 * event.activities.length;
 * ```
 */
export function parseAppleHealthWebhookEvent(
  body: unknown,
  options: ParseAppleHealthWebhookEventOptions = {},
): AppleHealthWebhookEvent {
  const result = appleHealthExportSchema.safeParse(body);
  if (!result.success) {
    throw new ValidationError('Not a Health Auto Export body', {
      endpoint: 'apple-health ingest',
      provider: 'apple-health',
      issues: result.error.issues,
    });
  }
  const batch = readAppleHealthBatch(result.data, options);
  return { ...batch, automation: readAppleHealthAutomation(options.headers ?? new Headers()) };
}
