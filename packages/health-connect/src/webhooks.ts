import { checkBodySize, type IngestAuthenticator, ValidationError } from '@fitlink/core';
import type { HealthConnectFormat } from './formats/format.js';
import { type HealthConnectFormatName, resolveHealthConnectFormat } from './formats/registry.js';
import { type HealthConnectBatch, readHealthConnectBatch } from './sources.js';

// The client's handler composes these steps; they are here for apps that bring their own server
// or framework (a raw body from Express, a body taken off a queue).

/**
 * Checks the exporter's key on a request: Health Connect exporters sign nothing, the per-user
 * key in a header is the authentication (checked by hash, in constant time).
 *
 * @param request - The exporter's request (its body is not read).
 * @param authenticate - Usually `app.authenticate` from `createHealthConnectApp`.
 * @returns Whom the key belongs to.
 * @throws WebhookVerificationError when the key is missing, unknown or wrong (answer 401).
 * @example
 * ```ts
 * const principal = await verifyHealthConnectWebhookRequest(request, app.authenticate);
 * ```
 */
export function verifyHealthConnectWebhookRequest<P>(
  request: Request,
  authenticate: IngestAuthenticator<P>,
): Promise<P> {
  return authenticate(request);
}

/** Options of {@link parseHealthConnectWebhookEvent}. */
export interface ParseHealthConnectWebhookOptions {
  /** The exporter's format: a shipped format's name or your own. */
  format: HealthConnectFormatName | HealthConnectFormat<unknown>;
  /** Largest body accepted, in bytes. @defaultValue 1 MiB */
  maxBodyBytes?: number;
  /** Keep exporter records in each normalized record's `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Reads a raw batch body (after the key was checked): size limit, JSON, the format's schema,
 * then the normalized records with their idempotency keys.
 *
 * @param rawBody - The body as received.
 * @param options - Format, size limit, `includeRaw`.
 * @throws WebhookVerificationError when the body is over the limit (answer 413).
 * @throws ValidationError when it is not JSON or not the format (answer 400).
 * @example
 * ```ts
 * const batch = parseHealthConnectWebhookEvent(rawBody, { format: 'hc-webhook' });
 * for (const { key, record } of batch.activities) console.log(key, record.sport);
 * ```
 */
export function parseHealthConnectWebhookEvent(
  rawBody: string | Uint8Array,
  options: ParseHealthConnectWebhookOptions,
): HealthConnectBatch {
  checkBodySize(rawBody, {
    provider: 'health-connect',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  let body: unknown;
  try {
    const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
    body = JSON.parse(text);
  } catch (error) {
    throw new ValidationError('The Health Connect batch is not JSON', {
      provider: 'health-connect',
      endpoint: 'webhook',
      issues: [{ path: [], code: 'invalid_json', message: 'expected a JSON body' }],
      cause: error,
    });
  }
  return readHealthConnectBatch(body, resolveHealthConnectFormat(options.format), {
    includeRaw: options.includeRaw ?? false,
  });
}
