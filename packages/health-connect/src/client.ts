import {
  createIngestHandler,
  type IngestAuthenticator,
  type IngestContext,
  type IngestHandler,
  type IngestRejection,
} from '@fitlink/core';
import type { HealthConnectFormat } from './formats/format.js';
import { type HealthConnectFormatName, resolveHealthConnectFormat } from './formats/registry.js';
import { type HealthConnectBatch, readHealthConnectBatch } from './sources.js';

/** Settings of {@link createHealthConnectClient}. */
export interface HealthConnectClientSettings<P> {
  /**
   * The exporter app's format: `hc-webhook` (the HC Webhook app), `flat-records`, or a format
   * of your own from `defineHealthConnectFormat`.
   */
  format: HealthConnectFormatName | HealthConnectFormat<unknown>;
  /** Authenticates each request: usually `app.authenticate` (per-user keys). */
  authenticate: IngestAuthenticator<P>;
  /**
   * Receives each accepted batch. Enqueue or store quickly (the phone waits); once it resolves
   * the exporter gets its 2xx. A throw answers 503 so the exporter sends the batch again.
   */
  deliver(batch: HealthConnectBatch, context: IngestContext<P>): void | Promise<void>;
  /** Largest body accepted, in bytes. @defaultValue 1 MiB (core's `DEFAULT_WEBHOOK_MAX_BODY_BYTES`) */
  maxBodyBytes?: number;
  /** Keep exporter records in each normalized record's `raw`. @defaultValue false */
  includeRaw?: boolean;
  /** Told about every rejected request (status and error, never a secret), for logging. */
  onRejected?(rejection: IngestRejection): void;
}

/**
 * The per-app Health Connect client: the ingest endpoint the exporter app posts to, and the
 * same reading for bodies the app stored itself.
 */
export interface HealthConnectClient {
  /** Provider id. */
  readonly provider: 'health-connect';
  /** The selected format's name. */
  readonly format: string;
  /**
   * The endpoint: `(request: Request) => Promise<Response>`. 401 for a missing or wrong key, 413
   * for an oversized body, 400 for a malformed one, 405 for another method, 503 when `deliver`
   * throws, 200 only after `deliver` resolved.
   */
  readonly handler: IngestHandler;
  /**
   * Reads a parsed JSON body in the selected format (for bodies stored before reading).
   * @throws ValidationError naming the path of the first problem.
   */
  read(body: unknown): HealthConnectBatch;
}

/**
 * Creates the Health Connect ingest client: a Fetch-API handler for one exporter format.
 *
 * @param settings - Format, authenticator, the `deliver` callback, body limit.
 * @example
 * ```ts
 * import { createHealthConnectApp, createHealthConnectClient } from '@fitlink/health-connect';
 * const app = createHealthConnectApp({ lookup: async () => null });
 * const client = createHealthConnectClient({
 *   format: 'hc-webhook',
 *   authenticate: app.authenticate,
 *   deliver: async (batch, { principal }) => console.log(principal, batch.activities.length),
 * });
 * // Bun, Deno, Workers: export default { fetch: client.handler }
 * ```
 */
export function createHealthConnectClient<P>(
  settings: HealthConnectClientSettings<P>,
): HealthConnectClient {
  const format = resolveHealthConnectFormat(settings.format);
  const includeRaw = settings.includeRaw ?? false;
  const read = (body: unknown) => readHealthConnectBatch(body, format, { includeRaw });
  const handler = createIngestHandler<P, HealthConnectBatch>({
    authenticate: settings.authenticate,
    provider: 'health-connect',
    ...(settings.maxBodyBytes !== undefined ? { maxBodyBytes: settings.maxBodyBytes } : {}),
    parse: (body) => read(body),
    deliver: (batch, context) => settings.deliver(batch, context),
    ...(settings.onRejected ? { onRejected: settings.onRejected } : {}),
  });
  return { provider: 'health-connect', format: format.name, handler, read };
}
